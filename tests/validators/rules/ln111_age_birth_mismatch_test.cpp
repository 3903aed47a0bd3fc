#include "validators/rule_test_util.h"

namespace liner::testing {
using ingest::Predicate;
using Msgs = std::vector<std::string>;

TEST(ln111_age_birth_mismatch, stated_age_impossible) {
  Built b;
  const int s = b.sentence("Born in 1975.");
  const int t = b.sentence("In 1990, aged 19, he moved to Berlin.");
  b.claim(s, Predicate::birthDate, "1975");
  b.claim(t, Predicate::ageAt, "19", {{"year", "1990"}});
  EXPECT_EQ(b.messages("LN111"), Msgs{"Ada Example is said to be 19 in 1990, but born in 1975 they were 14 or 15"});
}

TEST(ln111_age_birth_mismatch, either_side_of_the_birthday) {
  Built b;
  const int s = b.sentence("Born in 1975.");
  const int t = b.sentence("In 1990, aged 15; in 1992, aged 16; at 30 (no year).");
  b.claim(s, Predicate::birthDate, "1975-06-01");
  b.claim(t, Predicate::ageAt, "15", {{"year", "1990"}});
  b.claim(t, Predicate::ageAt, "16", {{"year", "1992"}});
  b.claim(t, Predicate::ageAt, "30");
  EXPECT_EQ(b.messages("LN111"), Msgs{});
}

}  // namespace liner::testing
