#include "validators/rule_test_util.h"

namespace liner::testing {
using ingest::Predicate;
using Msgs = std::vector<std::string>;

TEST(ln105_first_event_conflict, an_earlier_win_exists) {
  Built b;
  const int f = b.sentence("Her first Mercury Prize came in 2006.", {"1"});
  const int e = b.sentence("She won the Mercury Prize in 2004 for Tidewater.", {"3"});
  b.claim(f, Predicate::firstEvent, "awardWon", {{"year", "2006"}, {"award", "Mercury Prize"}});
  b.claim(f, Predicate::awardWon, "Mercury Prize", {{"year", "2006"}});
  b.claim(e, Predicate::awardWon, "Mercury Prize", {{"year", "2004"}, {"work", "Tidewater"}});
  EXPECT_EQ(b.messages("LN105"), Msgs{"the first Mercury Prize win is dated 2006, but another is dated 2004"});
}

TEST(ln105_first_event_conflict, the_year_is_missing_from_a_counted_enumeration) {
  Built b;
  const int f = b.sentence("His first Grammy came in 1995 for the song \"Blue Hour\".", {"1"});
  const int c = b.sentence("He has won two Grammy Awards.");
  const int w = b.sentence("He won in 2003 for Stone Fields and in 2006 for Salt.", {"7"});
  b.claim(f, Predicate::firstEvent, "awardWon", {{"year", "1995"}, {"award", "Grammy"}, {"work", "Blue Hour"}});
  b.claim(f, Predicate::awardWon, "Grammy", {{"year", "1995"}, {"work", "Blue Hour"}});
  b.claim(c, Predicate::awardCount, "2", {{"award", "Grammy"}});
  b.claim(w, Predicate::awardWon, "Grammy", {{"year", "2003"}, {"work", "Stone Fields"}});
  b.claim(w, Predicate::awardWon, "Grammy", {{"year", "2006"}, {"work", "Salt"}});
  const auto found = b.run("LN105");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].message, "the first Grammy win is dated 1995, but the 2 Grammy wins the article lists are 2003 "
                              "(\"Stone Fields\"), 2006 (\"Salt\")");
  ASSERT_EQ(found[0].evidence.size(), 3u);  // the first event, the count, the enumeration (one sentence)
  EXPECT_EQ(found[0].evidence[2].citations, std::vector<std::string>{"7"});
}

TEST(ln105_first_event_conflict, consistent_or_uncounted_or_another_body) {
  Built b;
  const int f = b.sentence("Her first Grammy came in 2001.");
  const int c = b.sentence("She has won three Grammy Awards, and a Latin Grammy in 1999.");
  const int w = b.sentence("She won Grammys in 2003 and 2006.");
  b.claim(f, Predicate::firstEvent, "awardWon", {{"year", "2001"}, {"award", "Grammy"}});
  b.claim(c, Predicate::awardCount, "3", {{"award", "Grammy"}});
  b.claim(c, Predicate::awardWon, "Latin Grammy", {{"year", "1999"}});
  b.claim(w, Predicate::awardWon, "Grammy", {{"year", "2003"}});
  b.claim(w, Predicate::awardWon, "Grammy", {{"year", "2006"}});
  // Two enumerated, three counted: the enumeration is not complete, so 2001 may be the third.
  EXPECT_EQ(b.messages("LN105"), Msgs{});
}

}  // namespace liner::testing
