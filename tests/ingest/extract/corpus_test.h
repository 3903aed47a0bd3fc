#pragma once
// Helpers of the dimension tests (tests/ingest/extract/<dimension>_test.cpp):
// extracting a small flat article, claims as comparable lines, and a
// dimension's corpus (fixtures/claims/<dimension>/), Duckling style: every
// gold line of every case is found, no trap line is.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "fixture.h"
#include "ingest/gold.h"
#include "ingest/extractor.h"
#include "ingest/reader.h"

namespace liner::testing {

inline const ingest::ExtractorContext& extractor() {
  static const ingest::ExtractorContext ctx;
  return ctx;
}

struct Extracted {
  ingest::Document doc;
  ingest::Article article;
  std::vector<ingest::Claim> claims;
};

/// Reads `text` as a flat article (title on the first line) and extracts it.
inline Extracted extract_text(const std::string& text, const ingest::ExtractorContext& ctx = extractor()) {
  auto doc = ingest::make_document("test.txt", text, ingest::Format::flat);
  EXPECT_TRUE(doc.ok());
  auto article = ingest::read_flat(*doc, context());
  EXPECT_TRUE(article.ok());
  Extracted out{std::move(*doc), std::move(*article), {}};
  out.claims = ingest::extract_claims(out.doc, out.article, ctx);
  return out;
}

/// One line per claim: "predicate|subject|object-or-value|k=v;k=v" (qualifiers in a fixed order).
inline std::string line(const ingest::Claim& c) {
  std::string s = std::string(ingest::to_string(c.predicate)) + "|" + c.subject.name + "|" +
                  (c.object ? c.object->name : c.value.value_or("")) + "|";
  for (const auto& [key, value] : ingest::qualifier_list(c.qualifiers))
    if (key != "precision" && key != "workType" && key != "degree") s += std::string(key) + "=" + value + ";";
  return s;
}

inline std::vector<std::string> lines(const Extracted& e, ingest::Predicate p) {
  std::vector<std::string> out;
  for (const auto& c : e.claims)
    if (c.predicate == p) out.push_back(line(c));
  return out;
}

/// Every case of fixtures/claims/<dimension>/ (NAME.txt with NAME.expected):
/// each gold line is found and no trap line (`!`) is. A dimension's corpus
/// holds at least one case with a gold line and one with a trap.
inline void expect_corpus(const std::string& dimension) {
  const std::string folder = "claims/" + dimension;
  std::size_t cases = 0, golds = 0, traps = 0;
  for (const auto& file : fixture_files({folder})) {
    const auto loaded = load(file);
    const auto claims = ingest::extract_claims(loaded.document, loaded.article, extractor());
    const std::string expected = fixture(file.substr(0, file.rfind('.')) + ".expected");
    ASSERT_TRUE(std::filesystem::exists(expected)) << file << ": no .expected beside it";
    ++cases;
    for (const auto& g : read_gold(expected)) {
      bool hit = false;
      for (const auto& c : claims) hit = hit || matches(c, g);
      (g.trap ? traps : golds) += 1;
      if (g.trap) EXPECT_FALSE(hit) << file << ": trap extracted: " << g.raw;
      else EXPECT_TRUE(hit) << file << ": missed: " << g.raw;
    }
  }
  EXPECT_GT(cases, 0u) << folder << ": no cases";
  EXPECT_GT(golds, 0u) << folder << ": no positive example";
  EXPECT_GT(traps, 0u) << folder << ": no trap";
}

}  // namespace liner::testing

// The names every dimension test (namespace liner::ingest) reads claims with.
namespace liner::ingest {
using liner::testing::extract_text;
using liner::testing::extractor;
using liner::testing::lines;
using V = std::vector<std::string>;
}  // namespace liner::ingest
