#include "validators/rule_test_util.h"

namespace liner::testing {
using ingest::Predicate;
using Msgs = std::vector<std::string>;

TEST(ln103_count_enumeration_mismatch, more_wins_named_than_counted) {
  Built b;
  const int c = b.sentence("She has won two Brit Awards.", {"1"});
  const int w1 = b.sentence("She won a Brit Award in 2009 for Harmattan.");
  const int w2 = b.sentence("In 2012 she won a Brit Award for Lagos Lines.");
  const int w3 = b.sentence("Her 2015 Brit Award was for Ember State.");
  const int again = b.sentence("Harmattan won her a Brit Award in 2009.");
  b.claim(c, Predicate::awardCount, "2", {{"award", "Brit Award"}});
  b.claim(w1, Predicate::awardWon, "Brit Award", {{"year", "2009"}, {"work", "Harmattan"}});
  b.claim(w2, Predicate::awardWon, "Brit Award", {{"year", "2012"}, {"work", "Lagos Lines"}});
  b.claim(w3, Predicate::awardWon, "Brit Award", {{"year", "2015"}, {"work", "Ember State"}});
  b.claim(again, Predicate::awardWon, "Brit Award", {{"year", "2009"}});  // the same win again
  const auto found = b.run("LN103");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].message, "the count of Brit Award wins is 2, but the article names 3: 2009 (\"Harmattan\"), "
                              "2012 (\"Lagos Lines\"), 2015 (\"Ember State\")");
  EXPECT_EQ(found[0].evidence.size(), 4u);
}

TEST(ln103_count_enumeration_mismatch, fewer_named_bounds_scopes_and_other_bodies_are_fine) {
  Built b;
  const int c = b.sentence("She has won five Brit Awards, at least two Juno Awards and one Grammy for Anglo music.");
  const int w = b.sentence("She won Brit Awards in 2009 and 2012, Juno Awards in 2010, 2011 and 2013, and Grammys in 2001 and 2004.");
  b.claim(c, Predicate::awardCount, "5", {{"award", "Brit Award"}});
  b.claim(c, Predicate::awardCount, "2", {{"award", "Juno"}, {"qualifier", "at least"}});
  b.claim(c, Predicate::awardCount, "1", {{"award", "Grammy"}, {"scope", "Anglo"}});
  for (auto y : {"2009", "2012"}) b.claim(w, Predicate::awardWon, "Brit Award", {{"year", y}});
  for (auto y : {"2010", "2011", "2013"}) b.claim(w, Predicate::awardWon, "Juno", {{"year", y}});
  for (auto y : {"2001", "2004"}) b.claim(w, Predicate::awardWon, "Grammy", {{"year", y}});
  EXPECT_EQ(b.messages("LN103"), Msgs{});
}

}  // namespace liner::testing
