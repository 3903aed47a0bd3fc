// The wikitext reader's case corpus: every fixtures/ingest/wikitext/<production>/<case>.wiki
// is read, and its diagnostics, written `line:col: message`, must equal the lines of
// <case>.expected (an empty file when the case reads cleanly). The expected lines were
// worked out by hand from the fixture bytes (see the folder's README).

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "fixture.h"

namespace {

namespace fs = std::filesystem;

// Case paths relative to fixtures/, sorted.
std::vector<std::string> wikitext_cases() {
  const fs::path root = liner::testing::fixture("ingest/wikitext");
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file() && e.path().extension() == ".wiki")
      out.push_back("ingest/wikitext/" + fs::relative(e.path(), root).generic_string());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> expected_lines(const std::string& wiki) {
  const std::string path = liner::testing::fixture(wiki.substr(0, wiki.size() - 5) + ".expected");
  std::ifstream in(path);
  EXPECT_TRUE(in) << "no expected file: " << path;
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

class wikitext_case : public ::testing::TestWithParam<std::string> {};

TEST_P(wikitext_case, diagnostics_as_expected) {
  const auto [doc, a] = liner::testing::load(GetParam());
  EXPECT_EQ(a.format, liner::ingest::Format::wikitext);
  std::vector<std::string> actual;
  for (const auto& d : a.diagnostics)
    actual.push_back(std::to_string(d.span.line) + ":" + std::to_string(d.span.column) + ": " + d.message);
  EXPECT_EQ(actual, expected_lines(GetParam()));
}

INSTANTIATE_TEST_SUITE_P(fixtures, wikitext_case, ::testing::ValuesIn(wikitext_cases()), [](const auto& param_info) {
  std::string name = param_info.param.substr(std::string("ingest/wikitext/").size());
  name = name.substr(0, name.size() - 5);
  for (char& c : name)
    if (!isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
});

// One case per message the reader can give (the fixed part of each message,
// as written in ingest/wikitext/*.cpp).
TEST(wikitext_cases, every_diagnostic_has_a_case) {
  const std::vector<std::string> messages = {
      "markup nested too deeply",
      "template not closed: ",
      "comment not closed",
      "> not closed",
      "> not read as prose",
      "ref not closed: ",
      "unknown template {{",
      "infobox inside a paragraph not read: ",
      "template {{",  // ... on its own line dropped
      "infobox argument without a field name not read",
      "table not closed: missing |}",
      "nested table not read",
      "text outside table cells not read",
      "table row has ",
      "<references> not closed",
      "\" is used but never defined",
      "too many problems: the rest are not reported",
  };
  std::string all;
  for (const auto& c : wikitext_cases())
    for (const auto& line : expected_lines(c)) all += line + "\n";
  for (const auto& m : messages) EXPECT_NE(all.find(m), std::string::npos) << "no case gives: " << m;
  EXPECT_NE(all.find("} on its own line dropped"), std::string::npos);
  EXPECT_NE(all.find("}} removed"), std::string::npos);
  EXPECT_NE(all.find("}} read as its last argument"), std::string::npos);
}

}  // namespace
