// The credits dimension: its corpus (fixtures/claims/credits/) and cases checked by hand.

#include "ingest/extract/corpus_test.h"

namespace liner::ingest {
TEST(credits, corpus) { liner::testing::expect_corpus("credits"); }

TEST(credits, credits_roles_and_release_year) {
  const auto e = extract_text(
      "Ana Vidal\nVidal produced and mixed Lúa Brava's album Canción de Águas (2009), including the single \"Mar Aberto\".[1]\n");
  EXPECT_EQ(lines(e, Predicate::releaseYear), V{"releaseYear|Canción de Águas|2009|artist=Lúa Brava;"});
  EXPECT_EQ(lines(e, Predicate::credit),
            (V{"credit|Ana Vidal|Canción de Águas|year=2009;role=producer;artist=Lúa Brava;",
               "credit|Ana Vidal|Mar Aberto|role=producer;artist=Lúa Brava;",
               "credit|Ana Vidal|Canción de Águas|year=2009;role=mixer;artist=Lúa Brava;",
               "credit|Ana Vidal|Mar Aberto|role=mixer;artist=Lúa Brava;"}));  // the single shares the album's artist
}

TEST(credits, another_persons_credit_is_theirs) {
  const auto e = extract_text("Ana Vidal\nVidal engineered Tomo's Sea Glass (2001), produced by Iris Lund.[1]\n");
  EXPECT_EQ(lines(e, Predicate::credit),
            (V{"credit|Ana Vidal|Sea Glass|year=2001;role=engineer;artist=Tomo;",
               "credit|Iris Lund|Sea Glass|year=2001;role=producer;artist=Tomo;"}));
}

TEST(credits, generic_role_nouns_are_no_credit) {
  const auto e = extract_text("Ana Vidal\nVidal's work on Sea Glass (2001) shaped her reputation in pop production.[1]\n");
  // "work on" states a credit, but "pop production" names no role.
  EXPECT_EQ(lines(e, Predicate::credit), V{"credit|Ana Vidal|Sea Glass|year=2001;"});
}

// An artist after "by" may hold lowercase joining words; a place after "to" is no part of it.
TEST(credits, artist_names_with_joining_words) {
  const auto e = extract_text(
      "Ana Vidal\nVidal produced Paper Moon (2010) by Death Cab for Cutie and mastered Salt Lines (2012) by "
      "Ode to Winter.[1] She moved to Lisbon in 2013.[2]\n");
  EXPECT_EQ(lines(e, Predicate::credit),
            (V{"credit|Ana Vidal|Paper Moon|year=2010;role=producer;artist=Death Cab for Cutie;",
               "credit|Ana Vidal|Salt Lines|year=2012;role=mastering engineer;artist=Ode to Winter;"}));
}

}  // namespace liner::ingest
