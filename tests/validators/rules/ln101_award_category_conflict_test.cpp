#include "validators/rule_test_util.h"

namespace liner::testing {
using ingest::Predicate;
using Msgs = std::vector<std::string>;

TEST(ln101_award_category_conflict, two_statements_give_disjoint_categories) {
  Built b;
  const int s1 = b.sentence("Her album won the 2014 Juno for Roots Album of the Year.", {"1"});
  const int s2 = b.sentence("2014 | Adult Alternative Album of the Year | Salt Roads");
  b.claim(s1, Predicate::awardWon, "Juno", {{"year", "2014"}, {"category", "Roots Album of the Year"}, {"work", "Salt Roads"}});
  b.claim(s2, Predicate::awardWon, "Juno", {{"year", "2014"}, {"category", "Adult Alternative Album of the Year"}, {"work", "Salt roads"}});
  const auto found = b.run("LN101");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].message, "the 2014 Juno for \"Salt Roads\" is given two categories: \"Roots Album of the Year\" and "
                              "\"Adult Alternative Album of the Year\"");
  ASSERT_EQ(found[0].evidence.size(), 2u);
  EXPECT_EQ(found[0].evidence[0].citations, std::vector<std::string>{"1"});
  EXPECT_EQ(found[0].evidence[1].span.line, 3u);
  EXPECT_EQ(found[0].severity, validators::Severity::error);
}

TEST(ln101_award_category_conflict, keeps_apart_what_only_looks_alike) {
  Built b;
  const int s1 = b.sentence("It won the 2011 Latin Grammy for Best Rock Album.");
  const int s2 = b.sentence("It won the 2011 Grammy for Best Latin Rock Album.");
  const int s3 = b.sentence("It won the 2012 Grammy for Best Pop Album.");
  const int s4 = b.sentence("In 2011 it won the Grammy for Best Latin Rock Album (Urban).");
  b.claim(s1, Predicate::awardWon, "Latin Grammy", {{"year", "2011"}, {"category", "Best Rock Album"}, {"work", "W"}});
  b.claim(s2, Predicate::awardWon, "Grammy", {{"year", "2011"}, {"category", "Best Latin Rock Album"}, {"work", "W"}});
  b.claim(s3, Predicate::awardWon, "Grammy", {{"year", "2012"}, {"category", "Best Pop Album"}, {"work", "W"}});
  // A category that contains the other agrees with it.
  b.claim(s4, Predicate::awardWon, "Grammy", {{"year", "2011"}, {"category", "Best Latin Rock Album (Urban)"}, {"work", "W"}});
  EXPECT_EQ(b.messages("LN101"), Msgs{});
}

TEST(ln101_award_category_conflict, two_categories_in_one_sentence_are_two_wins) {
  Built b;
  const int s1 = b.sentence("In 2012 the album won Album of the Year and Best Pop Vocal Album.");
  const int s2 = b.sentence("The album won Album of the Year in 2012.");
  b.claim(s1, Predicate::awardWon, "Grammy", {{"year", "2012"}, {"category", "Album of the Year"}, {"work", "W"}});
  b.claim(s1, Predicate::awardWon, "Grammy", {{"year", "2012"}, {"category", "Best Pop Vocal Album"}, {"work", "W"}});
  b.claim(s2, Predicate::awardWon, "Grammy", {{"year", "2012"}, {"category", "Album of the Year"}, {"work", "W"}});
  EXPECT_EQ(b.messages("LN101"), Msgs{});
}

}  // namespace liner::testing
