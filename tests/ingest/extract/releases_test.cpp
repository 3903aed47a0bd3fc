// The releases dimension: its corpus (fixtures/claims/releases/) and cases checked by hand.

#include "ingest/extract/corpus_test.h"

namespace liner::ingest {
TEST(releases, corpus) { liner::testing::expect_corpus("releases"); }

TEST(releases, award_parenthetical_is_an_award_year_not_a_release_year) {
  const auto e = extract_text(
      "Ana Vidal\nHer credits include Tomo's Sea Glass (2003 Latin Grammy for Best Pop Vocal Album).[1]\n");
  EXPECT_TRUE(lines(e, Predicate::releaseYear).empty());
  EXPECT_EQ(lines(e, Predicate::awardWon),
            V{"awardWon|Ana Vidal|Latin Grammy|year=2003;category=Best Pop Vocal Album;work=Sea Glass;"});
}

TEST(releases, year_inside_a_title_is_no_date) {
  const auto e = extract_text("Ana Vidal\nShe mixed the compilation Live: 1979–1985 (1986) for Tomo.[1]\n");
  EXPECT_EQ(lines(e, Predicate::releaseYear), V{"releaseYear|Live: 1979–1985|1986|artist=Tomo;"});
}

}  // namespace liner::ingest
