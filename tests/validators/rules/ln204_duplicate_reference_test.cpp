#include "validators/rule_test_util.h"

namespace liner::testing {
using Msgs = std::vector<std::string>;

TEST(ln204_duplicate_reference, same_url_or_same_text) {
  Built b;
  b.sentence("Born in Porto.", {"1"});
  b.reference("1", "Profile.", "https://Example.org/reyes");
  b.reference("2", "Music Weekly, 2006.");
  b.reference("3", "Profile again.", "http://www.example.org/reyes/");
  b.reference("4", "music weekly 2006");
  EXPECT_EQ(b.messages("LN204"), (Msgs{"reference [3] repeats reference [1]", "reference [4] repeats reference [2]"}));
}

TEST(ln204_duplicate_reference, different_paths_are_different_sources) {
  Built b;
  b.reference("1", "Profile.", "https://example.org/reyes");
  b.reference("2", "Profile.", "https://example.org/reyes/2");
  b.reference("3", "Interview.", "https://example.org/Reyes");  // paths keep their case
  EXPECT_EQ(b.messages("LN204"), Msgs{});
}

}  // namespace liner::testing
