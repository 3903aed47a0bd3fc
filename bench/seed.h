#pragma once
// The seed article, loaded once for every benchmark (they measure the
// pipeline, not the file system).

#include <cstdlib>
#include <iostream>
#include <sstream>

#include "ingest/source.h"

namespace liner::bench {

inline const ingest::Document& seed() {
  static const ingest::Document doc = [] {
    std::istringstream no_stdin;
    auto loaded = ingest::load_document(LINER_SEED_PATH, ingest::Format::automatic, no_stdin);
    if (!loaded) {
      std::cerr << loaded.error().to_string() << "\n";
      std::exit(2);
    }
    return std::move(*loaded);
  }();
  return doc;
}

}  // namespace liner::bench
