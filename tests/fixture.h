#pragma once
// Test helpers: fixture paths and reading them through the real pipeline.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "ingest/source.h"

namespace liner::testing {

inline std::string fixture(const std::string& relative) { return std::string(LINER_FIXTURES) + "/" + relative; }

/// One splitter for the whole test binary (ICU iterators are costly to build).
inline ingest::ReaderContext& context() {
  static ingest::ReaderContext ctx;
  return ctx;
}

struct Loaded {
  ingest::Document document;
  ingest::Article article;
};

/// Loads and reads a fixture; fails the test on any error.
inline Loaded load(const std::string& relative) {
  auto doc = ingest::load_document(fixture(relative), ingest::Format::automatic, std::cin);
  EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error().to_string());
  if (!doc.ok()) return {};
  auto article = ingest::read_article(*doc, context());
  EXPECT_TRUE(article.ok()) << (article.ok() ? "" : article.error().to_string());
  if (!article.ok()) return {std::move(*doc), {}};
  return {std::move(*doc), std::move(*article)};
}

/// Every article file (.txt, .md, .wiki) directly in the given fixture folders.
inline std::vector<std::string> fixture_files(const std::vector<std::string>& folders) {
  std::vector<std::string> out;
  for (const auto& folder : folders)
    for (const auto& e : std::filesystem::directory_iterator(fixture(folder)))
      if ((e.path().extension() == ".txt" || e.path().extension() == ".md" || e.path().extension() == ".wiki") &&
          e.path().filename() != "README.md" && e.path().filename() != "SOURCES.md")
        out.push_back(folder + "/" + e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

/// The sentence texts of an article.
inline std::vector<std::string> sentence_texts(const ingest::Article& a) {
  std::vector<std::string> out;
  for (const auto& s : a.sentences) out.push_back(s.text);
  return out;
}

}  // namespace liner::testing
