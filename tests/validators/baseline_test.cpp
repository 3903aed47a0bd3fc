#include "validators/baseline.h"

#include <gtest/gtest.h>

#include "validators/check.h"
#include "validators/rule_test_util.h"

namespace liner::validators {
namespace {

Finding finding(std::string rule, std::string quote, std::size_t line) {
  Finding f;
  f.rule = std::move(rule);
  f.message = "a message\twith a tab";
  Evidence e;
  e.quote = std::move(quote);
  e.span.line = line;
  f.evidence.push_back(e);
  return f;
}

TEST(baseline, fingerprints_ignore_lines_and_rewrapping_but_not_text_rule_or_source) {
  const auto a = finding("LN101", "Born in  1958\nin Leeds.", 3);
  const auto moved = finding("LN101", "Born in 1958 in Leeds.", 40);
  EXPECT_EQ(fingerprint("a.txt", a), fingerprint("a.txt", moved));
  EXPECT_NE(fingerprint("a.txt", a), fingerprint("b.txt", a));
  EXPECT_NE(fingerprint("a.txt", a), fingerprint("a.txt", finding("LN102", "Born in 1958 in Leeds.", 3)));
  EXPECT_NE(fingerprint("a.txt", a), fingerprint("a.txt", finding("LN101", "Born in 1959 in Leeds.", 3)));
  EXPECT_EQ(fingerprint("a.txt", a).size(), 16u);
}

TEST(baseline, round_trip_hides_known_findings_only) {
  ingest::Document doc;
  doc.uri = "a.txt";
  std::vector<DocumentResult> results(1);
  results[0].document = &doc;
  results[0].findings = {finding("LN101", "one", 1), finding("LN106", "two", 2)};
  const std::string text = render_baseline(results);
  EXPECT_TRUE(text.starts_with("# liner baseline 1\n"));
  EXPECT_NE(text.find("\tLN101\ta.txt\ta message with a tab\n"), std::string::npos) << text;
  auto parsed = parse_baseline(text, "b.txt");
  ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
  EXPECT_EQ(parsed->fingerprints.size(), 2u);

  results[0].findings.push_back(finding("LN106", "three, new", 9));
  EXPECT_EQ(apply_baseline(*parsed, results), 2u);
  ASSERT_EQ(results[0].findings.size(), 1u);
  EXPECT_EQ(results[0].findings[0].evidence[0].quote, "three, new");
}

struct Bad {
  std::string text;
  std::string message;
};

class baseline_errors : public ::testing::TestWithParam<Bad> {};

TEST_P(baseline_errors, are_located) {
  const auto b = parse_baseline(GetParam().text, "base.txt");
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().to_string(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    all, baseline_errors,
    ::testing::Values(
        Bad{"", "base.txt:1:1: error: empty baseline (the first line must be '# liner baseline 1')"},
        Bad{"{\"findings\": []}\n", "base.txt:1:1: error: not a liner baseline (the first line must be '# liner baseline 1')"},
        Bad{"# liner baseline 1\n\n0123456789abcdeg\tLN101\n",
            "base.txt:3:1: error: expected a fingerprint of 16 hex digits, found '0123456789abcdeg'"},
        Bad{"# liner baseline 1\n0123456789abcdef\n", "base.txt:2:17: error: expected a tab and the rule ID after the fingerprint"},
        Bad{"# liner baseline 1\n0123456789abcdef\tLN999\tx.txt\tm\n", "base.txt:2:18: error: unknown rule 'LN999'"}));

}  // namespace
}  // namespace liner::validators
