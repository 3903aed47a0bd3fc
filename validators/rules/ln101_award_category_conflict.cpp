// validators/rules/ln101_award_category_conflict.cpp
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "validators/rules/rules.h"
#include "validators/rules/support.h"

namespace liner::validators::rules {
namespace {

constexpr RuleInfo info{
    "LN101", "award-category-conflict", Family::contradiction, Severity::error,
    "The same award, year and work are given two different categories.",
    "## What it does\n"
    "Groups the awards won by award body, year and work. When two statements (a sentence, or a table taken "
    "as a whole) name categories for the same win and share none of them, it reports the pair.\n"
    "\n"
    "A Latin Grammy and a Grammy for the same album are two awards, never compared. A table that lists "
    "two categories for one album in one year is read as two wins; a sentence naming one of them agrees "
    "with it. Categories agree when one contains the other (`Best Rock Album` and `Best Rock Album "
    "(Spanish)`).\n"
    "\n"
    "## Why is this bad?\n"
    "One of the two categories is wrong, and readers (and the RDF export) cannot tell which.\n"
    "\n"
    "## Example\n"
    "```text\n"
    "Her album Salt Roads won the 2014 Juno Award for Roots Album of the Year.[2]\n"
    "...\n"
    "| 2014 | Juno Award | Adult Alternative Album of the Year | Salt Roads |\n"
    "```\n"};

void check(const ClaimSet& set, FindingSink& out) {
  // (award, year, work) -> source -> category keys, with the first claim per category
  using Group = std::tuple<std::string, std::string, std::string>;
  std::map<Group, std::map<std::size_t, std::map<std::string, const ingest::Claim*>>> groups;
  for (const auto& c : set.claims) {
    if (c.predicate != ingest::Predicate::awardWon) continue;
    const auto& q = c.qualifiers;
    if (!q.year || !q.work || !q.category || !parse_year(*q.year)) continue;
    auto& cats = groups[{award_key(c), *q.year, key(*q.work)}][source_of(set.article, c.span)];
    cats.emplace(key(*q.category), &c);
  }
  for (const auto& [group, sources] : groups) {
    bool reported = false;
    for (auto a = sources.begin(); a != sources.end() && !reported; ++a) {
      for (auto b = std::next(a); b != sources.end() && !reported; ++b) {
        const bool shared = std::any_of(a->second.begin(), a->second.end(), [&](const auto& x) {
          return std::any_of(b->second.begin(), b->second.end(), [&](const auto& y) {
            return key_contains(x.first, y.first) || key_contains(y.first, x.first);
          });
        });
        if (shared) continue;
        const ingest::Claim& first = *a->second.begin()->second;
        const ingest::Claim& second = *b->second.begin()->second;
        out.report("the " + *first.qualifiers.year + " " + (first.object ? first.object->name : std::string("award")) + " for " +
                       quoted(*first.qualifiers.work) + " is given two categories: " +
                       quoted(*first.qualifiers.category) + " and " + quoted(*second.qualifiers.category),
                   {evidence(first), evidence(second)});
        reported = true;
      }
    }
  }
}

}  // namespace

Rule ln101_award_category_conflict() { return {info, &check}; }

}  // namespace liner::validators::rules
