#include "validators/rule_test_util.h"

namespace liner::testing {
using ingest::Predicate;
using Msgs = std::vector<std::string>;

TEST(ln112_many_fields_of_study, three_fields_at_one_school) {
  Built b;
  const int s = b.sentence("Violin at the Academy.");
  const int t = b.sentence("Composition and music at the Academy.");
  b.claim(s, Predicate::educatedAt, "Academy", {{"field", "violin"}});
  b.claim(t, Predicate::educatedAt, "Academy", {{"field", "music composition"}});
  b.claim(t, Predicate::educatedAt, "Academy", {{"field", "music"}});  // inside "music composition"
  b.claim(t, Predicate::educatedAt, "Academy", {{"field", "conducting"}});
  const auto found = b.run("LN112");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].message, "3 different fields of study at Academy: \"violin\", \"music composition\", \"conducting\"");
  EXPECT_EQ(found[0].severity, validators::Severity::info);
  EXPECT_EQ(found[0].evidence.size(), 2u);  // one per sentence
}

TEST(ln112_many_fields_of_study, contained_fields_and_other_schools) {
  Built b;
  const int s = b.sentence("Music theory at the Academy, music at the Academy, composition at the College.");
  b.claim(s, Predicate::educatedAt, "Academy", {{"field", "music theory"}});
  b.claim(s, Predicate::educatedAt, "Academy", {{"field", "music"}});
  b.claim(s, Predicate::educatedAt, "Academy", {{"field", "theory"}});
  b.claim(s, Predicate::educatedAt, "College", {{"field", "composition"}});
  EXPECT_EQ(b.messages("LN112"), Msgs{});
}

}  // namespace liner::testing
