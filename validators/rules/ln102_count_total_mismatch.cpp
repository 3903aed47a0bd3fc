// validators/rules/ln102_count_total_mismatch.cpp
#include <map>
#include <tuple>

#include "validators/rules/rules.h"
#include "validators/rules/support.h"

namespace liner::validators::rules {
namespace {

constexpr RuleInfo info{
    "LN102", "count-total-mismatch", Family::contradiction, Severity::error,
    "A stated total differs from the sum of its stated parts, or two counts of the same thing differ.",
    "## What it does\n"
    "Looks at award counts (`awardCount` claims). In a sentence that states a total (`a total of`, `in all`, "
    "`six in total`) and two or more parts, it adds the parts up and compares them with the total; when "
    "the sentence names only some of the total (`including`, `among them`, `of which`), the parts may "
    "add up to less, never to more. Across "
    "the article it compares counts of the same award with the same scope and category (`three Grammys` "
    "here, `four Grammys` there).\n"
    "\n"
    "Counts that are bounds (`at least`, `more than`) are not compared. A count of Latin Grammys and a "
    "count of Grammys are different counts.\n"
    "\n"
    "## Why is this bad?\n"
    "A total that is not the sum of its parts, or a number that changes between sections, means at least "
    "one number is wrong.\n"
    "\n"
    "## Example\n"
    "```text\n"
    "She has won seven Juno Awards in total: four for Songwriter of the Year and two for Album of the Year.\n"
    "```\n"};

bool is_total(const ingest::Claim& c) { return c.qualifiers.scope && key(*c.qualifiers.scope) == "total"; }

// `a total of 11, including three for ...`: the parts are some of the total, not all of it.
bool names_a_subset(std::string_view quote) {
  const std::string k = key(quote);
  for (std::string_view w : {"including", "include", "includes", "among them", "among which", "of which", "such as"})
    if (key_contains(k, w)) return true;
  return false;
}

void sums(const ClaimSet& set, FindingSink& out) {
  std::map<std::size_t, std::vector<const ingest::Claim*>> by_sentence;
  for (const auto* c : with_predicate(set, ingest::Predicate::awardCount))
    if (c->value && parse_int(*c->value) && !is_bound(*c)) by_sentence[c->span.start].push_back(c);
  for (const auto& [start, counts] : by_sentence) {
    for (const auto* total : counts) {
      if (!is_total(*total)) continue;
      int sum = 0, parts = 0;
      std::string terms;
      for (const auto* part : counts) {
        if (part == total || is_total(*part) || part->subject.key != total->subject.key) continue;
        sum += *parse_int(*part->value);
        terms += (parts++ ? " + " : "") + *part->value;
      }
      const int stated = *parse_int(*total->value);
      if (parts < 2) continue;
      if (names_a_subset(total->quote)) {
        if (sum > stated)
          out.report("the parts of the total of " + *total->value + " add up to more: " + terms + " = " +
                         std::to_string(sum),
                     {evidence(*total)});
      } else if (sum != stated) {
        out.report("the total of " + *total->value + " is not the sum of its parts: " + terms + " = " +
                       std::to_string(sum),
                   {evidence(*total)});
      }
    }
  }
}

void repeats(const ClaimSet& set, FindingSink& out) {
  using Key = std::tuple<std::string, std::string, std::string, std::string>;
  std::map<Key, std::vector<const ingest::Claim*>> groups;
  for (const auto* c : with_predicate(set, ingest::Predicate::awardCount)) {
    if (!c->value || !parse_int(*c->value) || is_bound(*c)) continue;
    const auto& q = c->qualifiers;
    groups[{c->subject.key, award_key(*c), q.scope ? key(*q.scope) : "", q.category ? key(*q.category) : ""}]
        .push_back(c);
  }
  for (const auto& [k, counts] : groups) {
    const ingest::Claim* first = counts.front();
    for (const auto* other : counts) {
      if (*parse_int(*other->value) == *parse_int(*first->value)) continue;
      const std::string what = first->qualifiers.award ? *first->qualifiers.award : std::string("award");
      const std::string scope = first->qualifiers.scope ? " (" + *first->qualifiers.scope + ")" : "";
      out.report("the count of " + what + " wins" + scope + " is given as " + *first->value + " and as " +
                     *other->value,
                 {evidence(*first), evidence(*other)});
      break;
    }
  }
}

void check(const ClaimSet& set, FindingSink& out) {
  sums(set, out);
  repeats(set, out);
}

}  // namespace

Rule ln102_count_total_mismatch() { return {info, &check}; }

}  // namespace liner::validators::rules
