// The reports on the seed, compared with golden files checked by hand
// (tests/report/golden/). LINER_UPDATE_GOLDEN=1 rewrites them; read the
// diff line by line before accepting it.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "fixture.h"
#include "ingest/extractor.h"
#include "validators/check.h"
#include "report/json.h"
#include "report/junit.h"
#include "report/sarif.h"
#include "report/text.h"

namespace liner::report {
namespace {

using validators::Config;
using validators::DocumentResult;
using validators::registry;
using validators::run_rules;

std::string golden_path(const std::string& name) { return std::string(LINER_FIXTURES) + "/../tests/report/golden/" + name; }

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void compare(const std::string& name, const std::string& actual) {
  if (std::getenv("LINER_UPDATE_GOLDEN")) {
    std::ofstream(golden_path(name), std::ios::binary) << actual;
    return;
  }
  EXPECT_EQ(actual, read(golden_path(name))) << "golden " << name << " differs";
}

// The seed through the whole pipeline, named as the command line names it.
struct Seed {
  liner::testing::Loaded loaded;
  std::vector<DocumentResult> results;
  Seed() : loaded(liner::testing::load("articles/thom_russo.txt")) {
    loaded.document.uri = "fixtures/articles/thom_russo.txt";
    const ingest::ExtractorContext extractor;
    auto claims = ingest::extract_claims(loaded.document, loaded.article, extractor);
    auto findings = run_rules(loaded.document, loaded.article, claims, {});
    results.push_back({&loaded.document, loaded.article, std::move(claims), std::move(findings)});
  }
};

const Seed& seed() {
  static const Seed s;
  return s;
}

TEST(reports, text_golden) { compare("thom_russo.txt", render_text(seed().results, {})); }

TEST(reports, json_golden) {
  JsonOptions o;
  o.structure = false;
  o.claims = false;
  compare("thom_russo.json", render_json(seed().results, o, "test"));
}

TEST(reports, sarif_golden) { compare("thom_russo.sarif", render_sarif(seed().results, "test")); }

TEST(reports, junit_golden) { compare("thom_russo.xml", render_junit(seed().results, {})); }

TEST(reports, sarif_is_2_1_0_with_regions_and_fingerprints) {
  const auto log = nlohmann::json::parse(render_sarif(seed().results, "test"));
  EXPECT_EQ(log["version"], "2.1.0");
  const auto& run = log["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["rules"].size(), registry().size());
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  const std::string& text = seed().loaded.document.text;
  std::set<std::string> prints;
  for (const auto& r : run["results"]) {
    const auto& rule = run["tool"]["driver"]["rules"][r["ruleIndex"].get<std::size_t>()];
    EXPECT_EQ(rule["id"], r["ruleId"]);
    const auto& region = r["locations"][0]["physicalLocation"]["region"];
    const std::size_t start = region["byteOffset"], length = region["byteLength"];
    EXPECT_EQ(region["snippet"]["text"], text.substr(start, length));
    EXPECT_GE(region["endLine"].get<int>(), region["startLine"].get<int>());
    EXPECT_EQ(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "fixtures/articles/thom_russo.txt");
    EXPECT_TRUE(prints.insert(r["partialFingerprints"]["linerFinding/v1"]).second) << "fingerprints must be distinct";
  }
  EXPECT_EQ(prints.size(), seed().results[0].findings.size());
}

TEST(reports, junit_has_a_suite_per_document_a_case_per_rule_a_failure_per_finding) {
  Config config;
  config.rules["LN112"].enabled = false;
  const std::string xml = render_junit(seed().results, config);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(xml.c_str()));
  const auto suite = doc.child("testsuites").child("testsuite");
  EXPECT_STREQ(suite.attribute("name").value(), "fixtures/articles/thom_russo.txt");
  std::size_t cases = 0, failures = 0;
  for (auto t : suite.children("testcase")) {
    ++cases;
    const std::string id = std::string(t.attribute("name").value()).substr(0, 5);
    EXPECT_NE(id, "LN112");
    for (auto f : t.children("failure")) {
      ++failures;
      EXPECT_NE(std::string(f.child_value()).find("[" + id + "]\n"), std::string::npos) << f.child_value();
    }
  }
  EXPECT_EQ(cases, registry().size() - 1);
  std::size_t expected = 0;  // the seed's findings of enabled rules
  for (const auto& f : seed().results[0].findings) expected += f.rule != "LN112";
  EXPECT_EQ(failures, expected);
  EXPECT_EQ(suite.attribute("failures").as_ullong(), failures);
  EXPECT_EQ(doc.child("testsuites").attribute("failures").as_ullong(), failures);
}

TEST(reports, text_colours_only_when_asked) {
  const std::string plain = render_text(seed().results, {});
  EXPECT_EQ(plain.find('\033'), std::string::npos);
  TextOptions color;
  color.color = true;
  EXPECT_NE(render_text(seed().results, color).find("\033[1;31merror:\033[0m"), std::string::npos);
}

TEST(reports, every_evidence_quote_is_the_source_text) {
  const std::string& text = seed().loaded.document.text;
  for (const auto& f : seed().results[0].findings)
    for (const auto& e : f.evidence) EXPECT_EQ(e.quote, text.substr(e.span.start, e.span.end - e.span.start)) << f.rule;
}

}  // namespace
}  // namespace liner::report
