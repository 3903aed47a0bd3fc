// The acceptance items on the seed, stated one by one (the golden files
// show the whole report; these say what must and must not be in it).

#include <gtest/gtest.h>

#include "fixture.h"
#include "ingest/extractor.h"
#include "validators/check.h"

namespace liner::validators {
namespace {

struct Seed {
  liner::testing::Loaded loaded = liner::testing::load("articles/thom_russo.txt");
  std::vector<Finding> findings;
  Seed() {
    const ingest::ExtractorContext extractor;
    const auto claims = ingest::extract_claims(loaded.document, loaded.article, extractor);
    findings = run_rules(loaded.document, loaded.article, claims, {});
  }
};

const std::vector<Finding>& seed() {
  static const Seed s;
  return s.findings;
}

// The one finding of a rule, checked to be at warning or error.
const Finding& only(std::string_view rule) {
  const Finding* found = nullptr;
  int n = 0;
  for (const auto& f : seed())
    if (f.rule == rule) found = &f, ++n;
  EXPECT_EQ(n, 1) << rule;
  static const Finding none;
  if (!found) return none;
  EXPECT_NE(found->severity, Severity::info) << rule;
  return *found;
}

bool quotes(const Finding& f, std::string_view part, std::vector<std::string> citations) {
  for (const auto& e : f.evidence)
    if (e.quote.find(part) != std::string::npos && e.citations == citations) return true;
  return false;
}

TEST(seed_acceptance, first_grammy_against_the_three_listed) {
  const auto& f = only("LN105");
  EXPECT_TRUE(quotes(f, "His first Grammy wins came in 1997", {"1"}));
  EXPECT_TRUE(quotes(f, "has earned three Grammy Awards", {}));
  EXPECT_TRUE(quotes(f, "In 2007, he won", {}));
  EXPECT_TRUE(quotes(f, "In 2008, he won", {"32"}));
  EXPECT_TRUE(quotes(f, "in 2012, he secured his third win", {"31"}));
}

TEST(seed_acceptance, one_grammy_two_categories) {
  const auto& f = only("LN101");
  EXPECT_TRUE(quotes(f, "(2007 Grammy for Best Latin Rock, Alternative or Pop Album)", {"3", "4", "1"}));
  EXPECT_TRUE(quotes(f, "2007 | Best Latin Pop Album | Amar es Combatir", {}));
}

TEST(seed_acceptance, anglo_in_the_lead_latin_in_the_awards) {
  const auto& f = only("LN104");
  EXPECT_TRUE(quotes(f, "three for Anglo music", {"1"}));
  EXPECT_TRUE(quotes(f, "three victories in Latin album categories", {}));
}

TEST(seed_acceptance, degree_at_eighteen) {
  const auto& f = only("LN110");
  EXPECT_TRUE(quotes(f, "graduating in 1988", {"5"}));
  EXPECT_TRUE(quotes(f, "Born December 31, 1969", {"2", "1"}));
}

TEST(seed_acceptance, look_alikes_are_not_reported) {
  for (const auto& f : seed()) {
    // 16 = 3 + 13 and thirteen = 13; release years against award years; the
    // years inside a title; the birth date stated twice alike; a film inside a series.
    EXPECT_NE(f.rule, "LN102") << f.message;
    EXPECT_NE(f.rule, "LN103") << f.message;
    EXPECT_NE(f.rule, "LN106") << f.message;
    EXPECT_NE(f.rule, "LN107") << f.message;
    EXPECT_NE(f.rule, "LN108") << f.message;
    EXPECT_NE(f.rule, "LN109") << f.message;
    for (const auto& e : f.evidence) {
      EXPECT_EQ(e.quote.find("Greatest Hits"), std::string::npos) << f.rule;
      EXPECT_EQ(e.quote.find("Free Willy"), std::string::npos) << f.rule;
    }
  }
}

}  // namespace
}  // namespace liner::validators
