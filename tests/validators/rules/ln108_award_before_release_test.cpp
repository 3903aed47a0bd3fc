#include "validators/rule_test_util.h"

namespace liner::testing {
using ingest::Predicate;
using Msgs = std::vector<std::string>;

TEST(ln108_award_before_release, award_before_release) {
  Built b;
  const int s = b.sentence("Her album Copper Sky (2012).", {"1"});
  const int t = b.sentence("She won the 2010 Juno for Copper Sky.", {"2"});
  b.claim(s, Predicate::releaseYear, "2012", {}, "Copper Sky");
  b.claim(t, Predicate::awardWon, "Juno", {{"year", "2010"}, {"work", "Copper Sky"}});
  EXPECT_EQ(b.messages("LN108"), Msgs{"\"Copper Sky\" is given a 2010 award but a release year of 2012"});
}

TEST(ln108_award_before_release, same_year_later_year_and_other_works) {
  Built b;
  const int s = b.sentence("Copper Sky (2012) and Salt (2014).");
  const int t = b.sentence("A 2012 Juno and a 2013 Grammy for Copper Sky, a 2013 Juno for another album.");
  b.claim(s, Predicate::releaseYear, "2012", {}, "Copper Sky");
  b.claim(s, Predicate::releaseYear, "2014", {}, "Salt");
  b.claim(t, Predicate::awardWon, "Juno", {{"year", "2012"}, {"work", "Copper Sky"}});
  b.claim(t, Predicate::awardWon, "Grammy", {{"year", "2013"}, {"work", "Copper Sky"}});
  b.claim(t, Predicate::awardWon, "Juno", {{"year", "2013"}, {"work", "Pepper"}});
  EXPECT_EQ(b.messages("LN108"), Msgs{});
}

}  // namespace liner::testing
