// validators/rules/ln104_award_scope_conflict.cpp
#include <set>
#include <tuple>

#include "validators/rules/rules.h"
#include "validators/rules/support.h"

namespace liner::validators::rules {
namespace {

constexpr RuleInfo info{
    "LN104", "award-scope-conflict", Family::contradiction, Severity::warning,
    "The same wins are given two different scopes (Anglo in one place, Latin in another).",
    "## What it does\n"
    "Compares counts of one award body for one person that carry a scope (`Anglo`, `Latin`, ...; not "
    "`total`). Two counts in different sentences with the same number and the same award but different "
    "scopes describe the same wins in two incompatible ways, and are reported.\n"
    "\n"
    "Counts in one sentence (`three for Anglo music and three for Latin music`) are separate sets and "
    "are not compared. Bounds (`at least`) are skipped.\n"
    "\n"
    "## Why is this bad?\n"
    "A reader cannot tell which market or language the wins belong to; one description is wrong.\n"
    "\n"
    "## Example\n"
    "```text\n"
    "She has two Grammy wins in Spanish-language categories.[1]\n"
    "...\n"
    "Her two Grammy victories came in English-language categories.[5]\n"
    "```\n"};

void check(const ClaimSet& set, FindingSink& out) {
  const auto counts = with_predicate(set, ingest::Predicate::awardCount);
  std::set<std::tuple<std::string, std::string, std::string, std::string>> seen;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const auto& a = *counts[i];
    if (!a.qualifiers.scope || !a.value || is_bound(a) || key(*a.qualifiers.scope) == "total") continue;
    for (std::size_t j = i + 1; j < counts.size(); ++j) {
      const auto& b = *counts[j];
      if (!b.qualifiers.scope || !b.value || is_bound(b) || key(*b.qualifiers.scope) == "total") continue;
      if (a.span.start == b.span.start || a.subject.key != b.subject.key || award_key(a) != award_key(b) ||
          *a.value != *b.value || a.qualifiers.category != b.qualifiers.category)
        continue;
      const std::string sa = key(*a.qualifiers.scope), sb = key(*b.qualifiers.scope);
      if (sa == sb || !seen.insert({award_key(a), *a.value, std::min(sa, sb), std::max(sa, sb)}).second) continue;
      const std::string award = a.qualifiers.award ? *a.qualifiers.award : std::string("award");
      out.report("the same " + *a.value + " " + award + " wins are called " + *a.qualifiers.scope + " here and " +
                     *b.qualifiers.scope + " elsewhere",
                 {evidence(a), evidence(b)});
    }
  }
}

}  // namespace

Rule ln104_award_scope_conflict() { return {info, &check}; }

}  // namespace liner::validators::rules
