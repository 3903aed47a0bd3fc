#include "validators/rule_test_util.h"

namespace liner::testing {
using ingest::Predicate;
using Msgs = std::vector<std::string>;

TEST(ln201_uncited_claim, fact_without_citation_in_an_uncited_paragraph) {
  Built b;
  const int s = b.sentence("He produced Night Ferry (2009).");
  b.sentence("He later moved to Lisbon.", {}, true);
  b.claim(s, Predicate::credit, "Night Ferry", {{"role", "producer"}});
  b.claim(s, Predicate::releaseYear, "2009", {}, "Night Ferry");
  const auto found = b.run("LN201");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].message, "a sentence that states facts (credit, releaseYear) cites no source");
  EXPECT_EQ(found[0].evidence[0].quote, "He produced Night Ferry (2009).");
}

TEST(ln201_uncited_claim, own_marker_or_closing_marker_or_no_claim) {
  Built b;
  const int s = b.sentence("He produced Night Ferry (2009).");
  b.sentence("He later moved to Lisbon.", {"2"}, true);  // closes the paragraph
  const int t = b.sentence("She won a Juno in 2010.", {"3"});
  b.sentence("It was a fine evening.");  // no claim
  const int f = b.sentence("Born: 1958-03-03, Tulsa, Oklahoma");
  const int l = b.sentence("- Hattie Crane – bass (1989–present)");
  b.claim(f, Predicate::birthDate, "1958-03-03");
  b.claim(l, Predicate::memberOf, "The Band", {{"startYear", "1989"}}, "Hattie Crane");
  b.claim(s, Predicate::credit, "Night Ferry", {{"role", "producer"}});
  b.claim(t, Predicate::awardWon, "Juno", {{"year", "2010"}});
  EXPECT_EQ(b.messages("LN201"), Msgs{});
}

}  // namespace liner::testing
