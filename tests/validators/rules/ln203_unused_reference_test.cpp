#include "validators/rule_test_util.h"

namespace liner::testing {
using Msgs = std::vector<std::string>;

TEST(ln203_unused_reference, reference_never_cited) {
  Built b;
  b.sentence("Born in Porto.", {"1"});
  b.reference("1", "Porto Daily.");
  b.reference("2", "Music Weekly.");
  const auto found = b.run("LN203");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].message, "reference [2] is never cited");
  EXPECT_EQ(found[0].evidence[0].quote, "[2] Music Weekly.");
}

TEST(ln203_unused_reference, bibliography_without_markers_is_not_checked) {
  Built b;
  b.sentence("Born in Porto.");
  b.reference("1", "Porto Daily.");
  EXPECT_EQ(b.messages("LN203"), Msgs{});
}

}  // namespace liner::testing
