// The registry as a whole: IDs, names, docs, fixtures, tests, and docs/rules.md.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "fixture.h"
#include "validators/docs.h"
#include "validators/rule.h"

namespace liner::validators {
namespace {

namespace fs = std::filesystem;

std::string repo(const std::string& relative) { return std::string(LINER_FIXTURES) + "/../" + relative; }

bool kebab(std::string_view s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return s.find("--") == std::string_view::npos;
}

std::string snake(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = c == '-' ? '_' : c;
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

TEST(registry, ids_are_unique_sorted_and_well_formed) {
  const auto& all = registry();
  ASSERT_GE(all.size(), 12u);
  std::set<std::string_view> ids, names;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const auto& r = all[i].info;
    EXPECT_TRUE(ids.insert(r.id).second) << r.id;
    EXPECT_TRUE(names.insert(r.name).second) << r.name;
    EXPECT_EQ(r.id.size(), 5u) << r.id;
    EXPECT_TRUE(r.id.starts_with("LN")) << r.id;
    EXPECT_TRUE(kebab(r.name)) << r.name;
    EXPECT_NE(all[i].check, nullptr) << r.id;
    if (i > 0) {
      EXPECT_LT(all[i - 1].info.id, r.id) << "registry not sorted at " << r.id;
    }
    // Families by hundreds: 1xx contradiction, 2xx citation, 3xx structure.
    const char hundred = r.id[2];
    EXPECT_EQ(hundred == '1' ? Family::contradiction : hundred == '2' ? Family::citation : Family::structure, r.family)
        << r.id;
  }
}

TEST(registry, every_rule_has_a_doc_in_three_parts) {
  for (const auto& r : registry()) {
    EXPECT_FALSE(r.info.summary.empty()) << r.info.id;
    EXPECT_TRUE(r.info.summary.ends_with(".")) << r.info.id;
    for (std::string_view part : {"## What it does\n", "## Why is this bad?\n", "## Example\n"})
      EXPECT_NE(r.info.doc.find(part), std::string_view::npos) << r.info.id << " lacks " << part;
    for (const auto& o : r.info.options) {
      EXPECT_TRUE(kebab(o.name)) << r.info.id << " " << o.name;
      EXPECT_NE(r.info.doc.find("`" + std::string(o.name) + "`"), std::string_view::npos)
          << r.info.id << " does not document option " << o.name;
    }
  }
}

TEST(registry, every_rule_has_its_file_test_and_fixtures) {
  for (const auto& r : registry()) {
    const std::string stem = lower(r.info.id) + "_" + snake(r.info.name);
    EXPECT_TRUE(fs::exists(repo("validators/rules/" + stem + ".cpp"))) << stem;
    EXPECT_TRUE(fs::exists(repo("tests/validators/rules/" + stem + "_test.cpp"))) << stem;
    EXPECT_TRUE(fs::exists(liner::testing::fixture("rules/" + std::string(r.info.id) + "/trigger.expected")))
        << r.info.id;
  }
}

TEST(registry, find_rule_by_id) {
  ASSERT_NE(find_rule("LN101"), nullptr);
  EXPECT_EQ(find_rule("LN101")->info.name, "award-category-conflict");
  EXPECT_EQ(find_rule("LN999"), nullptr);
}

TEST(registry, docs_rules_md_is_generated_from_the_rule_docs) {
  std::ifstream in(repo("docs/rules.md"), std::ios::binary);
  ASSERT_TRUE(in) << "docs/rules.md is missing: run 'liner rules --markdown > docs/rules.md'";
  std::ostringstream s;
  s << in.rdbuf();
  EXPECT_EQ(s.str(), rules_markdown()) << "docs/rules.md is stale: run 'liner rules --markdown > docs/rules.md'";
}

TEST(registry, rule_page_and_list) {
  const auto page = rule_page(find_rule("LN110")->info);
  EXPECT_TRUE(page.starts_with("# LN110 implausible-degree-age\n\nFamily: contradiction. Default severity: warning.\n"));
  const auto list = rules_list();
  EXPECT_EQ(std::count(list.begin(), list.end(), '\n'), static_cast<long>(registry().size()));
  EXPECT_TRUE(list.starts_with("LN101  error    contradiction  award-category-conflict"));
}

}  // namespace
}  // namespace liner::validators
