// The membership dimension: its corpus (fixtures/claims/membership/) and cases checked by hand.

#include "ingest/extract/corpus_test.h"

namespace liner::ingest {
TEST(membership, corpus) { liner::testing::expect_corpus("membership"); }

TEST(membership, band_members) {
  const auto e = extract_text(
      "The Lanterns\nThe Lanterns are a Ghanaian rock band.[1] Drummer Kofi Mensah joined in 1994 and left in 2001.[2]\n");
  EXPECT_EQ(lines(e, Predicate::memberOf),
            V{"memberOf|Kofi Mensah|The Lanterns|startYear=1994;endYear=2001;"});
  EXPECT_EQ(article_subject(e.article, extractor()).type, EntityType::Group);
}

}  // namespace liner::ingest
