#include "validators/rule_test_util.h"

namespace liner::testing {
using ingest::Predicate;
using Msgs = std::vector<std::string>;

TEST(ln107_event_before_birth, events_and_death_before_birth) {
  Built b;
  const int s = b.sentence("Born in 1974.", {"1"});
  const int t = b.sentence("He joined the band in 1969 and won a Grammy in 1971; he died in 1970.");
  b.claim(s, Predicate::birthDate, "1974");
  b.claim(t, Predicate::memberOf, "The Band", {{"startYear", "1969"}});
  b.claim(t, Predicate::awardWon, "Grammy", {{"year", "1971"}});
  b.claim(t, Predicate::deathDate, "1970");
  // One sentence: sorted by message.
  EXPECT_EQ(b.messages("LN107"), (Msgs{"Ada Example's award is dated 1971, before their birth in 1974",
                                       "Ada Example's death is dated 1970, before their birth in 1974",
                                       "Ada Example's membership is dated 1969, before their birth in 1974"}));
}

TEST(ln107_event_before_birth, credits_ranges_reaching_birth_and_other_people) {
  Built b;
  const int s = b.sentence("Born in 1974.");
  const int t = b.sentence("He remastered an album (1969), worked there in the 1970s, and his mentor won a Grammy in 1960.");
  b.claim(s, Predicate::birthDate, "1974");
  b.claim(t, Predicate::credit, "Old Album", {{"year", "1969"}, {"role", "mastering engineer"}});
  b.claim(t, Predicate::workedAt, "Studio", {{"startYear", "1970s"}});
  b.claim(t, Predicate::awardWon, "Grammy", {{"year", "1960"}}, "Mentor Person");
  EXPECT_EQ(b.messages("LN107"), Msgs{});
}

}  // namespace liner::testing
