#include "validators/rule_test_util.h"

namespace liner::testing {
using ingest::Predicate;
using Msgs = std::vector<std::string>;

TEST(ln104_award_scope_conflict, same_wins_given_two_scopes) {
  Built b;
  const int s = b.sentence("He has two Grammy wins in English-language categories.", {"1"});
  const int t = b.sentence("His two Grammy victories came in Spanish-language categories.", {"4"});
  b.claim(s, Predicate::awardCount, "2", {{"award", "Grammy"}, {"scope", "Anglo"}});
  b.claim(t, Predicate::awardCount, "2", {{"award", "Grammy"}, {"scope", "Latin"}});
  const auto found = b.run("LN104");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].message, "the same 2 Grammy wins are called Anglo here and Latin elsewhere");
  EXPECT_EQ(found[0].evidence[1].citations, std::vector<std::string>{"4"});
}

TEST(ln104_award_scope_conflict, one_sentence_other_numbers_totals_and_bodies_are_apart) {
  Built b;
  const int s = b.sentence("Three for Anglo music and three for Latin music.");
  const int t = b.sentence("Four Grammys in Latin categories.");
  const int u = b.sentence("Three Latin Grammys in Anglo categories, three Grammys in total.");
  b.claim(s, Predicate::awardCount, "3", {{"award", "Grammy"}, {"scope", "Anglo"}});
  b.claim(s, Predicate::awardCount, "3", {{"award", "Grammy"}, {"scope", "Latin"}});
  b.claim(t, Predicate::awardCount, "4", {{"award", "Grammy"}, {"scope", "Latin"}});
  b.claim(u, Predicate::awardCount, "3", {{"award", "Latin Grammy"}, {"scope", "Anglo"}});
  b.claim(u, Predicate::awardCount, "3", {{"award", "Grammy"}, {"scope", "total"}});
  EXPECT_EQ(b.messages("LN104"), Msgs{});
}

}  // namespace liner::testing
