// The award firsts dimension: its corpus (fixtures/claims/award_firsts/) and cases checked by hand.

#include "ingest/extract/corpus_test.h"

namespace liner::ingest {
TEST(award_firsts, corpus) { liner::testing::expect_corpus("award_firsts"); }

TEST(award_firsts, first_event) {
  const auto e = extract_text("Ana Vidal\nHer first Grammy win came in 1999 for the song \"Paper Moons\".[1]\n");
  EXPECT_EQ(lines(e, Predicate::firstEvent), V{"firstEvent|Ana Vidal|awardWon|year=1999;work=Paper Moons;award=Grammy;"});
}

}  // namespace liner::ingest
