#include "validators/rule_test_util.h"

namespace liner::testing {
using Msgs = std::vector<std::string>;

TEST(ln109_relative_date_conflict, relative_and_absolute_disagree) {
  Built b;
  b.sentence("She left the band in 2004.", {"3"});
  b.sentence("Two years later, in 2008, she released Cais.", {"4"}, true);
  b.sentence("In 2010 she moved to Rio.");
  b.sentence("The following year, in 2013, she toured.", {}, true);
  b.sentence("Her debut came out in 1982; in 1985, two years later, she followed it with a second.");
  const auto found = b.run("LN109");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].message,
            "a relative date (2 years later) puts this in 2008, which does not follow from the year(s) before it: 2004");
  EXPECT_EQ(found[1].message,
            "a relative date (1 year later) puts this in 2013, which does not follow from the year(s) before it: 2010");
  EXPECT_EQ(found[0].evidence[1].citations, std::vector<std::string>{"3"});
  EXPECT_EQ(found[2].message,
            "a relative date (2 years later) puts this in 1985, which does not follow from the year(s) before it: 1982");
  EXPECT_EQ(found[2].evidence.size(), 1u);  // the anchor is in the same sentence
}

TEST(ln109_relative_date_conflict, consistent_unanchored_or_in_another_paragraph) {
  Built b;
  b.sentence("She left the band in 2004 and released Salt (2003).");
  b.sentence("Two years later, in 2006, she released Cais.", {}, true);
  b.sentence("Three years earlier, in 2003, she had met him.", {}, true);
  b.sentence("She moved to Rio.", {}, true);
  b.sentence("A year later, in 2011, she toured.", {}, true);  // no year to anchor it
  b.sentence("In 2015 she retired.");
  b.sentence("A year later, in 2019, she returned.");  // another paragraph
  b.sentence("She left in 2001.");
  b.sentence("Two years later she moved to Paris, where in 2008 she met him.", {}, true);  // two events
  b.sentence("Her debut came out in 1982; two years later, in 1984, a second.", {}, true);
  EXPECT_EQ(b.messages("LN109"), Msgs{});
}

}  // namespace liner::testing
