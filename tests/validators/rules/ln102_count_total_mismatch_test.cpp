#include "validators/rule_test_util.h"

namespace liner::testing {
using ingest::Predicate;
using Msgs = std::vector<std::string>;

TEST(ln102_count_total_mismatch, total_is_not_the_sum_of_its_parts) {
  Built b;
  const int s = b.sentence("She has won six awards in total: four Brit Awards and three Ivor Novello Awards.", {"1"});
  b.claim(s, Predicate::awardCount, "6", {{"award", "Brit Award"}, {"scope", "total"}});
  b.claim(s, Predicate::awardCount, "4", {{"award", "Brit Award"}});
  b.claim(s, Predicate::awardCount, "3", {{"award", "Ivor Novello Award"}});
  EXPECT_EQ(b.messages("LN102"), Msgs{"the total of 6 is not the sum of its parts: 4 + 3 = 7"});
}

TEST(ln102_count_total_mismatch, total_equal_to_its_parts_and_words_equal_to_digits) {
  Built b;
  const int s = b.sentence("A total of 16 awards: three Grammys and thirteen Latin Grammys.");
  const int t = b.sentence("She holds a record 13 Latin Grammys.");
  b.claim(s, Predicate::awardCount, "16", {{"award", "Grammy"}, {"scope", "total"}});
  b.claim(s, Predicate::awardCount, "3", {{"award", "Grammy"}, {"scope", "Anglo"}});
  b.claim(s, Predicate::awardCount, "13", {{"award", "Latin Grammy"}});
  b.claim(t, Predicate::awardCount, "13", {{"award", "Latin Grammy"}, {"qualifier", "record"}});
  EXPECT_EQ(b.messages("LN102"), Msgs{});
}

TEST(ln102_count_total_mismatch, parts_named_as_a_subset_may_add_up_to_less_but_not_more) {
  Built b;
  const int s = b.sentence("A total of 11 awards, including three for Producer of the Year and two for Album.");
  const int t = b.sentence("A total of 4 awards, among them three Brit Awards and two Juno Awards.");
  b.claim(s, Predicate::awardCount, "11", {{"award", "Brit Award"}, {"scope", "total"}});
  b.claim(s, Predicate::awardCount, "3", {{"award", "Brit Award"}, {"category", "Producer of the Year"}});
  b.claim(s, Predicate::awardCount, "2", {{"award", "Brit Award"}, {"category", "Album"}});
  b.claim(t, Predicate::awardCount, "4", {{"award", "Juno"}, {"scope", "total"}});
  b.claim(t, Predicate::awardCount, "3", {{"award", "Brit Award"}});
  b.claim(t, Predicate::awardCount, "2", {{"award", "Juno"}});
  EXPECT_EQ(b.messages("LN102"), Msgs{"the parts of the total of 4 add up to more: 3 + 2 = 5"});
}

TEST(ln102_count_total_mismatch, two_counts_of_the_same_thing_differ) {
  Built b;
  const int s = b.sentence("She has won three Grammy Awards.");
  const int t = b.sentence("She has won four Grammy Awards.");
  const int u = b.sentence("She has won at least five Grammy Awards.");
  b.claim(s, Predicate::awardCount, "3", {{"award", "Grammy"}});
  b.claim(t, Predicate::awardCount, "4", {{"award", "Grammy"}});
  b.claim(u, Predicate::awardCount, "5", {{"award", "Grammy"}, {"qualifier", "at least"}});
  EXPECT_EQ(b.messages("LN102"), Msgs{"the count of Grammy wins is given as 3 and as 4"});
}

}  // namespace liner::testing
