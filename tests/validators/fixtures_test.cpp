// Every rule on its own fixtures: fixtures/rules/<ID>/trigger.* gives exactly the
// lines of trigger.expected, clean.* gives nothing. The fixtures go through the
// real reader and extractor.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "fixture.h"
#include "ingest/extractor.h"
#include "validators/check.h"

namespace liner::validators {
namespace {

namespace fs = std::filesystem;

std::string rule_dir(std::string_view id) { return liner::testing::fixture("rules/" + std::string(id)); }

// The file named `stem.*` (not .expected) in the rule's folder, or empty.
std::string find(std::string_view id, std::string_view stem) {
  if (!fs::is_directory(rule_dir(id))) return {};
  for (const auto& e : fs::directory_iterator(rule_dir(id)))
    if (e.path().stem() == stem && e.path().extension() != ".expected") return e.path().filename().string();
  return {};
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// `name:line:col: severity: message [ID]` for one rule's findings on one fixture.
std::string lines(const Rule& rule, const std::string& name) {
  static const ingest::ExtractorContext extractor;
  const auto loaded = liner::testing::load("rules/" + std::string(rule.info.id) + "/" + name);
  const auto claims = ingest::extract_claims(loaded.document, loaded.article, extractor);
  std::string out;
  for (const auto& f : run_rule(rule, loaded.document, loaded.article, claims)) {
    const auto at = location(f);
    out += name + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
           std::string(to_string(f.severity)) + ": " + f.message + " [" + f.rule + "]\n";
  }
  return out;
}

class rule_fixtures : public ::testing::TestWithParam<std::string_view> {};

TEST_P(rule_fixtures, trigger_gives_the_expected_findings) {
  const Rule* rule = find_rule(GetParam());
  ASSERT_NE(rule, nullptr);
  const std::string trigger = find(rule->info.id, "trigger");
  ASSERT_FALSE(trigger.empty()) << "no trigger fixture for " << rule->info.id;
  const std::string expected = read(rule_dir(rule->info.id) + "/trigger.expected");
  ASSERT_FALSE(expected.empty()) << "no trigger.expected for " << rule->info.id;
  EXPECT_EQ(lines(*rule, trigger), expected);
}

TEST_P(rule_fixtures, clean_gives_nothing) {
  const Rule* rule = find_rule(GetParam());
  ASSERT_NE(rule, nullptr);
  const std::string clean = find(rule->info.id, "clean");
  ASSERT_FALSE(clean.empty()) << "no clean fixture for " << rule->info.id;
  EXPECT_EQ(lines(*rule, clean), "");
}

std::vector<std::string_view> ids() {
  std::vector<std::string_view> out;
  for (const auto& r : registry()) out.push_back(r.info.id);
  return out;
}

INSTANTIATE_TEST_SUITE_P(all, rule_fixtures, ::testing::ValuesIn(ids()),
                         [](const auto& p) { return std::string(p.param); });

}  // namespace
}  // namespace liner::validators
