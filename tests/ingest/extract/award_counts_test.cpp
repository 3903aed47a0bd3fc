// The award counts dimension: its corpus (fixtures/claims/award_counts/) and cases checked by hand.

#include "ingest/extract/corpus_test.h"

namespace liner::ingest {
TEST(award_counts, corpus) { liner::testing::expect_corpus("award_counts"); }

TEST(award_counts, counts_with_scope_and_qualifier) {
  const auto e = extract_text(
      "Ana Vidal\nVidal has won a total of six Grammy Awards—four for Anglo music and two Latin Grammy Awards.[1] She holds a record 11 Juno Awards.[2]\n");
  EXPECT_EQ(lines(e, Predicate::awardCount),
            (V{"awardCount|Ana Vidal|6|award=Grammy;scope=total;", "awardCount|Ana Vidal|4|award=Grammy;scope=Anglo;",
               "awardCount|Ana Vidal|2|award=Latin Grammy;", "awardCount|Ana Vidal|11|award=Juno;qualifier=record;"}));
}

TEST(award_counts, won_a_grammy_is_not_a_count) {
  const auto e = extract_text("Ana Vidal\nIn 2004 Vidal won a Grammy for Sea Glass.[1]\n");
  EXPECT_TRUE(lines(e, Predicate::awardCount).empty());
  EXPECT_EQ(lines(e, Predicate::awardWon), V{"awardWon|Ana Vidal|Grammy|year=2004;work=Sea Glass;"});
}

// A total after the counts it sums; a scope after "for"; a category after
// "<award> for" that ends in a head noun; a place after the birth year.
TEST(award_counts, totals_scopes_categories_and_place_after_date) {
  const auto e = extract_text(
      "Ana Vidal\nVidal was born in 1961 in Porto.[1] She has won three Grammy Awards and five Latin Grammy Awards, "
      "eight in total.[2] She has won two Grammy Awards for Latin music.[3] Vidal won the Brit Award for "
      "International Female Solo Artist in 2009 for Mar Aberto.[4]\n");
  EXPECT_EQ(lines(e, Predicate::birthPlace), V{"birthPlace|Ana Vidal|Porto|"});
  EXPECT_EQ(lines(e, Predicate::awardCount),
            (V{"awardCount|Ana Vidal|3|award=Grammy;", "awardCount|Ana Vidal|5|award=Latin Grammy;",
               "awardCount|Ana Vidal|8|scope=total;", "awardCount|Ana Vidal|2|award=Grammy;scope=Latin;"}));
  EXPECT_EQ(lines(e, Predicate::awardWon),
            V{"awardWon|Ana Vidal|Brit Award|year=2009;category=International Female Solo Artist;work=Mar Aberto;"});
}

}  // namespace liner::ingest
