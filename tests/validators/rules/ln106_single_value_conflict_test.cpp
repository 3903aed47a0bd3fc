#include "validators/rule_test_util.h"

namespace liner::testing {
using ingest::Predicate;
using Msgs = std::vector<std::string>;

TEST(ln106_single_value_conflict, two_values_of_one_fact) {
  Built b;
  const int s = b.sentence("Born 3 March 1958 in Leeds.", {"1"});
  const int t = b.sentence("Born in 1959 in York.", {"2"});
  const int u = b.sentence("Iron Meadow (1986) and Iron Meadow (1987).");
  const int v = b.sentence("Graduated from the Academy in 1980, and from the Academy in 1982.");
  b.claim(s, Predicate::birthDate, "1958-03-03");
  b.claim(s, Predicate::birthPlace, "Leeds");
  b.claim(t, Predicate::birthDate, "1959");
  b.claim(t, Predicate::birthPlace, "York");
  b.claim(u, Predicate::releaseYear, "1986", {}, "Iron Meadow");
  b.claim(u, Predicate::releaseYear, "1987", {}, "Iron Meadow");
  b.claim(v, Predicate::graduationYear, "1980", {{"institution", "Academy"}});
  b.claim(v, Predicate::graduationYear, "1982", {{"institution", "Academy"}});
  const int w = b.sentence("Born in Bradford, West Yorkshire.");
  b.claim(w, Predicate::birthPlace, "Bradford, West Yorkshire", {}, "Other Person");
  b.claim(s, Predicate::birthPlace, "Leeds, West Yorkshire", {}, "Other Person");
  EXPECT_EQ(b.messages("LN106"), (Msgs{"the birth date of Ada Example is given as 1958-03-03 and as 1959",
                                       "the birth place of Ada Example is given as Leeds and as York",
                                       "the birth place of Other Person is given as Leeds, West Yorkshire and as Bradford, West Yorkshire",
                                       "the release year of Iron Meadow is given as 1986 and as 1987",
                                       "the graduation year of Ada Example is given as 1980 and as 1982"}));
}

TEST(ln106_single_value_conflict, compatible_values_and_different_things) {
  Built b;
  const int s = b.sentence("Born 3 March 1958 in Leeds, West Yorkshire.");
  const int t = b.sentence("Born in 1958 in Leeds; the Academy (1980) and the Conservatory (1984).");
  const int u = b.sentence("Greatest Hits (1992) by one band and Greatest Hits (1995) by another; the film Fire (2004), the album Fire (2001).");
  b.claim(s, Predicate::birthDate, "1958-03-03");
  b.claim(s, Predicate::birthPlace, "Leeds, West Yorkshire");
  b.claim(t, Predicate::birthDate, "1958");
  b.claim(t, Predicate::birthPlace, "Leeds");
  b.claim(t, Predicate::birthPlace, "Kirkstall, Leeds");
  b.claim(t, Predicate::graduationYear, "1980", {{"institution", "Academy"}});
  b.claim(t, Predicate::graduationYear, "1984", {{"institution", "Conservatory"}});
  b.claim(u, Predicate::releaseYear, "1992", {{"artist", "One"}}, "Greatest Hits");
  b.claim(u, Predicate::releaseYear, "1995", {{"artist", "Another"}}, "Greatest Hits");
  b.claim(u, Predicate::releaseYear, "2004", {{"workType", "film"}}, "Fire");
  b.claim(u, Predicate::releaseYear, "2001", {{"workType", "album"}}, "Fire");
  EXPECT_EQ(b.messages("LN106"), Msgs{});
}

}  // namespace liner::testing
