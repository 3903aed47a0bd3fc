// validators/rules/ln108_award_before_release.cpp
#include "validators/rules/rules.h"
#include "validators/rules/support.h"

namespace liner::validators::rules {
namespace {

constexpr RuleInfo info{
    "LN108", "award-before-release", Family::contradiction, Severity::warning,
    "A work wins or is nominated for an award before the year it was released.",
    "## What it does\n"
    "Compares the year of each award won or nominated for a work with the release years stated for that "
    "work. An award in the release year or later is fine (awards usually follow a release by a year); an "
    "award before it is reported.\n"
    "\n"
    "## Why is this bad?\n"
    "A work cannot be honoured before it exists: the award year or the release year is wrong, or the "
    "award belongs to another work.\n"
    "\n"
    "## Example\n"
    "```text\n"
    "Her album Copper Sky (2012) ... won the 2010 Juno Award for Copper Sky.\n"
    "```\n"};

using ingest::Predicate;

void check(const ClaimSet& set, FindingSink& out) {
  const auto releases = with_predicate(set, Predicate::releaseYear);
  for (const auto& c : set.claims) {
    if (c.predicate != Predicate::awardWon && c.predicate != Predicate::awardNominated) continue;
    if (!c.qualifiers.year) continue;
    const auto year = parse_year(*c.qualifiers.year);
    // The work is the qualifier, or the subject when the award went to the work itself.
    const std::string work = c.qualifiers.work ? key(*c.qualifiers.work) : c.subject.key;
    if (!year) continue;
    for (const auto* r : releases) {
      const auto released = r->value ? parse_year(*r->value) : std::nullopt;
      if (r->subject.key != work || !released || *released <= *year) continue;
      out.report(quoted(r->subject.name) + " is given a " + *c.qualifiers.year + " award but a release year of " +
                     *r->value,
                 {evidence(c), evidence(*r)});
      break;
    }
  }
}

}  // namespace

Rule ln108_award_before_release() { return {info, &check}; }

}  // namespace liner::validators::rules
