// The employment dimension: its corpus (fixtures/claims/employment/) and cases checked by hand.

#include "ingest/extract/corpus_test.h"

namespace liner::ingest {
TEST(employment, corpus) { liner::testing::expect_corpus("employment"); }

// Several roles at one place, each with its own period.
TEST(employment, two_roles_at_one_studio) {
  const auto e = extract_text(
      "Ana Vidal\nVidal worked at Casa Azul Studios as an assistant engineer from 1988 to 1991 and as chief "
      "engineer from 1991 to 1999.[1]\n");
  EXPECT_EQ(lines(e, Predicate::workedAt),
            (V{"workedAt|Ana Vidal|Casa Azul Studios|role=assistant engineer;startYear=1988;endYear=1991;",
               "workedAt|Ana Vidal|Casa Azul Studios|role=chief engineer;startYear=1991;endYear=1999;"}));
}

TEST(employment, studio_job_with_role_and_year) {
  const auto e = extract_text("Ana Vidal\nIn 1985 Vidal joined Estúdio Norte Sound Studios as a staff engineer.[1]\n");
  EXPECT_EQ(lines(e, Predicate::workedAt),
            V{"workedAt|Ana Vidal|Estúdio Norte Sound Studios|role=staff engineer;startYear=1985;"});
}

// An employer lead found inside a longer word ("rejoined") and before two spaces.
TEST(employment, lead_inside_a_word_before_two_spaces) {
  const auto e = extract_text("Ana Vidal\nIn 1990 Vidal rejoined  Estúdio Farol as a staff engineer.[1]\n");
  EXPECT_EQ(lines(e, Predicate::workedAt), V{"workedAt|Ana Vidal|Estúdio Farol|role=staff engineer;startYear=1990;"});
}

// An employer lead after em dashes, which split tokens as spaces do.
TEST(employment, lead_after_em_dashes) {
  const auto e = extract_text("Ana Vidal\nIn 1990—after years abroad—Vidal joined Estúdio Farol as a staff engineer.[1]\n");
  EXPECT_EQ(lines(e, Predicate::workedAt), V{"workedAt|Ana Vidal|Estúdio Farol|role=staff engineer;startYear=1990;"});
}

}  // namespace liner::ingest
