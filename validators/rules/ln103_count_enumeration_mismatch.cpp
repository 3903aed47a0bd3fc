// validators/rules/ln103_count_enumeration_mismatch.cpp
#include <map>
#include <set>

#include "validators/rules/rules.h"
#include "validators/rules/support.h"

namespace liner::validators::rules {
namespace {

constexpr RuleInfo info{
    "LN103", "count-enumeration-mismatch", Family::contradiction, Severity::warning,
    "A stated count of wins differs from the number of wins the article enumerates.",
    "## What it does\n"
    "For each plain count of an award (`three Grammy Awards`, `a total of five Brit Awards`, not `at "
    "least`, not limited to a scope or a category), it counts the distinct wins of that award the article "
    "names for the same person: an award, a year and a work, however many times each is repeated. It "
    "reports when more wins are named than the count allows, and when a table in the count's own section "
    "lists a different number of wins.\n"
    "\n"
    "A win stated by a `first ... win` sentence is left to LN105, which explains that case better.\n"
    "\n"
    "## Why is this bad?\n"
    "Either the count is out of date or one of the enumerated wins is wrong.\n"
    "\n"
    "## Example\n"
    "```text\n"
    "Okafor has won two Brit Awards.[1] ... She won Brit Awards in 2009, 2012 and 2015.[4]\n"
    "```\n"};

// Left to LN105: wins stated in the same sentence as a firstEvent of their award.
std::set<std::pair<std::size_t, std::string>> first_events(const ClaimSet& set) {
  std::set<std::pair<std::size_t, std::string>> out;
  for (const auto* c : with_predicate(set, ingest::Predicate::firstEvent)) out.emplace(c->span.start, award_key(*c));
  return out;
}

int section_of(const ClaimSet& set, const ingest::SourceSpan& span) {
  for (const auto& s : set.article.sentences)
    if (span.start >= s.span.start && span.start < s.span.end) return s.section;
  return ingest::none;
}

void check(const ClaimSet& set, FindingSink& out) {
  std::set<std::pair<std::string, std::string>> reported;  // (subject, award)
  const auto firsts = first_events(set);
  const auto stated_as_first = [&](const ingest::Claim& c) { return firsts.contains({c.span.start, award_key(c)}); };
  std::map<std::pair<std::string, std::string>, std::vector<Win>> cache;
  for (const auto* count : with_predicate(set, ingest::Predicate::awardCount)) {
    const auto& q = count->qualifiers;
    if (!count->value || !parse_int(*count->value) || is_bound(*count) || q.category || !q.award) continue;
    if (q.scope && key(*q.scope) != "total") continue;
    const std::string award = award_key(*count);
    const int stated = *parse_int(*count->value);
    if (reported.contains({count->subject.key, award})) continue;
    auto [slot, fresh] = cache.try_emplace({count->subject.key, award});
    if (fresh) slot->second = distinct_wins(set, award, count->subject.key, stated_as_first);
    const auto& wins = slot->second;

    // Wins in a table of the count's section.
    const int section = section_of(set, count->span);
    int table = ingest::none;
    std::size_t rows = 0;
    for (const auto& w : wins)
      for (const auto* c : w.claims) {
        const int t = table_of(set.article, c->span);
        if (t == ingest::none || set.article.tables[static_cast<std::size_t>(t)].section != section) continue;
        if (table == ingest::none) table = t;
        if (t == table) {
          ++rows;
          break;
        }
      }
    if (static_cast<int>(wins.size()) <= stated && (table == ingest::none || static_cast<int>(rows) == stated))
      continue;
    if (!reported.insert({count->subject.key, award}).second) continue;

    std::vector<Evidence> ev{evidence(*count)};
    std::string named;
    for (const auto& w : wins) {
      named += (named.empty() ? "" : ", ") + describe(w);
      ev.push_back(evidence(*w.claims.front()));
    }
    if (static_cast<int>(wins.size()) > stated)
      out.report("the count of " + *q.award + " wins is " + *count->value + ", but the article names " +
                     std::to_string(wins.size()) + ": " + named,
                 unique_spans(std::move(ev)));
    else
      out.report("the count of " + *q.award + " wins is " + *count->value + ", but the table in its section lists " +
                     std::to_string(rows),
                 unique_spans(std::move(ev)));
  }
}

}  // namespace

Rule ln103_count_enumeration_mismatch() { return {info, &check}; }

}  // namespace liner::validators::rules
