// The tables dimension: its corpus (fixtures/claims/tables/) and cases checked by hand.

#include "ingest/extract/corpus_test.h"

namespace liner::ingest {
TEST(tables, corpus) { liner::testing::expect_corpus("tables"); }

TEST(tables, award_table_with_columns_in_any_order) {
  const auto e = extract_text(
      "Ana Vidal\nAwards\nVidal's awards are listed below.[1]\n| Category | Year | Result | Work |\n|---|---|---|---|\n"
      "| Best Pop Album | 2004 | Won | Sea Glass |\n| Best Engineered Album | 2006 | Nominated | Salt (Tomo) |\n");
  // The heading names no award and there is no award column: nothing to attach rows to.
  EXPECT_TRUE(lines(e, Predicate::awardWon).empty());
  const auto g = extract_text(
      "Ana Vidal\nGrammy Awards\nVidal's Grammy record is listed below.[1]\n| Category | Year | Result | Work |\n|---|---|---|---|\n"
      "| Best Pop Album | 2004 | Won | Sea Glass |\n| Best Engineered Album | 2006 | Nominated | Salt (Tomo) |\n");
  EXPECT_EQ(lines(g, Predicate::awardWon), V{"awardWon|Ana Vidal|Grammy|year=2004;category=Best Pop Album;work=Sea Glass;"});
  EXPECT_EQ(lines(g, Predicate::awardNominated),
            V{"awardNominated|Ana Vidal|Grammy|year=2006;category=Best Engineered Album;work=Salt;"});
}

}  // namespace liner::ingest
