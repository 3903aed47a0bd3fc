#include "validators/rule_test_util.h"

namespace liner::testing {
using ingest::Predicate;
using Msgs = std::vector<std::string>;

TEST(ln110_implausible_degree_age, degree_before_twenty) {
  Built b;
  const int s = b.sentence("Born December 31, 1969.", {"2"});
  const int t = b.sentence("She graduated from the Conservatory in 1988.", {"5"});
  b.claim(s, Predicate::birthDate, "1969-12-31");
  b.claim(t, Predicate::graduationYear, "1988", {{"institution", "Conservatory"}});
  const auto found = b.run("LN110");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].message, "Ada Example graduates in 1988 at age 18 or 19 (born 1969-12-31), younger than 20");
  EXPECT_EQ(found[0].evidence[1].citations, std::vector<std::string>{"2"});
}

TEST(ln110_implausible_degree_age, high_school_plausible_age_and_configured_threshold) {
  Built b;
  const int s = b.sentence("Born in 1969.");
  const int t = b.sentence("High school in 1987, a degree from the University in 1991.");
  b.claim(s, Predicate::birthDate, "1969");
  b.claim(t, Predicate::graduationYear, "1987", {{"institution", "Lakeside High School"}});
  b.claim(t, Predicate::graduationYear, "1986");  // no institution: may be a school
  b.claim(t, Predicate::educatedAt, "University", {{"degree", "BMus"}, {"endYear", "1991"}});
  EXPECT_EQ(b.messages("LN110"), Msgs{});
  validators::Config strict;
  strict.rules["LN110"].options["min-age"] = 23;
  EXPECT_EQ(b.messages("LN110", strict),
            Msgs{"Ada Example graduates in 1991 at age 21 or 22 (born 1969), younger than 23"});
}

}  // namespace liner::testing
