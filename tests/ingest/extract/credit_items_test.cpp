// The credit items dimension: its corpus (fixtures/claims/credit_items/) and cases checked by hand.

#include "ingest/extract/corpus_test.h"

namespace liner::ingest {
TEST(credit_items, corpus) { liner::testing::expect_corpus("credit_items"); }

}  // namespace liner::ingest
