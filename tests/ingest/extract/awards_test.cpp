// The awards dimension: its corpus (fixtures/claims/awards/) and cases checked by hand.

#include "ingest/extract/corpus_test.h"

namespace liner::ingest {
TEST(awards, corpus) { liner::testing::expect_corpus("awards"); }

// A year between a category and "for" is the award's year, not part of the title.
TEST(awards, award_list_item_with_its_own_year) {
  const auto e = extract_text(
      "Ana Vidal\nVidal has won two Grammy Awards, Best Tropical Latin Album in 2003 for Mar Aberto and Best "
      "Latin Pop Album in 2009 for Vento Sul.[1]\n");
  EXPECT_EQ(lines(e, Predicate::awardWon),
            (V{"awardWon|Ana Vidal|Grammy|year=2003;category=Best Tropical Latin Album;work=Mar Aberto;",
               "awardWon|Ana Vidal|Grammy|year=2009;category=Best Latin Pop Album;work=Vento Sul;"}));
}

// "with" after a category's head noun starts the work; a category that goes
// on to another head noun keeps it ("... Collaboration with Vocals").
TEST(awards, category_ends_before_with_and_a_work) {
  const auto e = extract_text(
      "Ana Vidal\nVidal won the Grammy for Best Tropical Latin Album with Mar Aberto in 2003.[1] She won the Grammy "
      "for Best Pop Collaboration with Vocals in 2006.[2]\n");
  EXPECT_EQ(lines(e, Predicate::awardWon),
            (V{"awardWon|Ana Vidal|Grammy|year=2003;category=Best Tropical Latin Album;work=Mar Aberto;",
               "awardWon|Ana Vidal|Grammy|year=2006;category=Best Pop Collaboration with Vocals;"}));
}

// A list of years after a category gives one award a year, in parentheses
// or after "in"; a category followed by years is no title.
TEST(awards, year_lists_after_a_category) {
  const auto e = extract_text(
      "Ana Vidal\nHer eleven Juno Awards include three for Producer of the Year (1995, 1999 and 2004).[1] She won "
      "the Juno Award for Recording Engineer of the Year in 2001, 2003, and 2007.[2]\n");
  EXPECT_EQ(lines(e, Predicate::awardWon),
            (V{"awardWon|Ana Vidal|Juno|year=1995;category=Producer of the Year;",
               "awardWon|Ana Vidal|Juno|year=1999;category=Producer of the Year;",
               "awardWon|Ana Vidal|Juno|year=2004;category=Producer of the Year;",
               "awardWon|Ana Vidal|Juno|year=2001;category=Recording Engineer of the Year;",
               "awardWon|Ana Vidal|Juno|year=2003;category=Recording Engineer of the Year;",
               "awardWon|Ana Vidal|Juno|year=2007;category=Recording Engineer of the Year;"}));
  EXPECT_TRUE(lines(e, Predicate::releaseYear).empty());
}

TEST(awards, nomination) {
  const auto e = extract_text("Ana Vidal\nShe was nominated for the 2010 Emmy for Outstanding Music for the series Blue Harbor.[1]\n");
  EXPECT_EQ(lines(e, Predicate::awardNominated),
            V{"awardNominated|Ana Vidal|Emmy|year=2010;category=Outstanding Music;work=Blue Harbor;"});
  EXPECT_TRUE(lines(e, Predicate::awardWon).empty());
}

}  // namespace liner::ingest
