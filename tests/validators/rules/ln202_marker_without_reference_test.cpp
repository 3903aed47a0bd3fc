#include "validators/rule_test_util.h"

namespace liner::testing {
using Msgs = std::vector<std::string>;

TEST(ln202_marker_without_reference, one_finding_when_the_list_is_missing) {
  Built b;
  b.sentence("Born in Porto.", {"1"});
  b.sentence("Debut in 2006.", {"2", "1"});
  b.sentence("Moved in 2010.", {"3"});
  const auto found = b.run("LN202");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].message, "citation markers use 3 labels, but the article has no reference list");
  EXPECT_EQ(found[0].evidence[0].quote, "Born in Porto.");
}

TEST(ln202_marker_without_reference, one_finding_per_undefined_label) {
  Built b;
  b.sentence("Born in Porto.", {"1"});
  b.sentence("Debut in 2006.", {"2"});
  b.sentence("Moved in 2010.", {"2"});
  b.reference("1", "Porto Daily.");
  EXPECT_EQ(b.messages("LN202"), Msgs{"citation [2] has no entry in the reference list"});
  Built none;
  none.sentence("No markers at all.");
  EXPECT_EQ(none.messages("LN202"), Msgs{});
}

}  // namespace liner::testing
