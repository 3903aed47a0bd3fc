#include "report/json.h"

#include <gtest/gtest.h>

#include "fixture.h"
#include "ingest/extractor.h"

namespace liner::report {
namespace {

using nlohmann::json;

using validators::DocumentResult;

json render(const std::string& fixture) {
  const auto loaded = liner::testing::load(fixture);  // outlives the results, which point to its document
  std::vector<DocumentResult> results{{&loaded.document, loaded.article, {}, {}}};
  return json::parse(render_json(results, {}, "test"));
}

std::size_t count_sections(const json& tree) {
  std::size_t n = 0;
  for (const auto& s : tree) n += 1 + count_sections(s["sections"]);
  return n;
}

}  // namespace

TEST(json_report, follows_the_design_contract) {
  const json out = render("articles/thom_russo.txt");
  EXPECT_EQ(out["tool"]["name"], "liner");
  EXPECT_EQ(out["tool"]["version"], "test");
  ASSERT_EQ(out["documents"].size(), 1u);
  const json& d = out["documents"][0];
  EXPECT_EQ(d["title"], "Thom Russo");
  EXPECT_EQ(d["format"], "flat");
  EXPECT_TRUE(d["claims"].is_array());
  EXPECT_TRUE(d["findings"].is_array());
  EXPECT_EQ(out["summary"]["documents"], 1);
  EXPECT_EQ(count_sections(d["sections"]), 12u);
  EXPECT_EQ(d["sections"].size(), 4u);  // four top-level sections under the title
  EXPECT_EQ(d["tables"][0]["rows"].size(), 3u);
}

TEST(json_report, every_quote_is_the_source_text) {
  const auto loaded = liner::testing::load("articles/thom_russo.txt");
  const json out = render("articles/thom_russo.txt");
  const std::string& text = loaded.document.text;
  for (const auto& s : out["documents"][0]["sentences"]) {
    const std::size_t start = s["span"]["start"], end = s["span"]["end"];
    EXPECT_EQ(s["quote"].get<std::string>(), text.substr(start, end - start));
  }
}

TEST(json_report, output_is_byte_identical_across_runs) {
  const auto loaded = liner::testing::load("ingest/good/table_glued.txt");
  std::vector<DocumentResult> results{{&loaded.document, loaded.article, {}, {}}};
  EXPECT_EQ(render_json(results, {}, "v"), render_json(results, {}, "v"));
}

TEST(json_report, claims_follow_the_contract) {
  const auto loaded = liner::testing::load("articles/thom_russo.txt");
  static const ingest::ExtractorContext ctx;
  std::vector<DocumentResult> results{{&loaded.document, loaded.article,
                                       ingest::extract_claims(loaded.document, loaded.article, ctx), {}}};
  const json out = json::parse(render_json(results, {}, "v"));
  const json& claims = out["documents"][0]["claims"];
  ASSERT_GT(claims.size(), 100u);
  EXPECT_EQ(out["summary"]["claims"], claims.size());
  const std::string& text = loaded.document.text;
  auto valid_iri = [](const std::string& iri) {
    const std::string base = "https://w3id.org/liner/id/";
    if (!iri.starts_with(base)) return false;
    for (char c : iri.substr(base.size()))
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '/' || c == '%' ||
            (c >= 'A' && c <= 'F')))
        return false;
    return true;
  };
  std::set<std::string> ids;
  for (const auto& c : claims) {
    const std::size_t start = c["span"]["start"], end = c["span"]["end"];
    EXPECT_EQ(c["quote"].get<std::string>(), text.substr(start, end - start));
    EXPECT_TRUE(valid_iri(c["subject"]["iri"])) << c["subject"]["iri"];
    if (!c["object"].is_null()) {
      EXPECT_TRUE(valid_iri(c["object"]["iri"])) << c["object"]["iri"];
    }
    EXPECT_TRUE(c["object"].is_null() != c["value"].is_null()) << c["id"];
    EXPECT_TRUE(ids.insert(c["id"].get<std::string>()).second) << "duplicate id " << c["id"];
  }
}

}  // namespace liner::report
