// validators/rules/ln111_age_birth_mismatch.cpp
#include "validators/rules/rules.h"
#include "validators/rules/support.h"

namespace liner::validators::rules {
namespace {

constexpr RuleInfo info{
    "LN111", "age-birth-mismatch", Family::contradiction, Severity::error,
    "A stated age in a given year is impossible for the stated birth year.",
    "## What it does\n"
    "For every stated age with a year (`in 1992, at the age of 17`), it checks that the age is the year "
    "minus the birth year, or one less (before the birthday).\n"
    "\n"
    "## Why is this bad?\n"
    "The age, the year or the birth date is wrong.\n"
    "\n"
    "## Example\n"
    "```text\n"
    "Born in 1975,[1] ... In 1990, aged 19, he moved to Berlin.[2]\n"
    "```\n"};

void check(const ClaimSet& set, FindingSink& out) {
  for (const auto* c : with_predicate(set, ingest::Predicate::ageAt)) {
    if (!c->value || !c->qualifiers.year) continue;
    const auto age = parse_int(*c->value);
    const auto year = parse_year(*c->qualifiers.year);
    const auto birth = birth_of(set, c->subject.key);
    if (!age || !year || !birth) continue;
    const int oldest = *year - birth->year;
    if (*age == oldest || *age == oldest - 1) continue;
    const std::string expected = oldest <= 0 ? std::string("not yet born")
                                             : std::to_string(oldest - 1) + " or " + std::to_string(oldest);
    out.report(c->subject.name + " is said to be " + *c->value + " in " + *c->qualifiers.year + ", but born in " +
                   std::to_string(birth->year) + " they were " + expected,
               {evidence(*c), evidence(*birth->claim)});
  }
}

}  // namespace

Rule ln111_age_birth_mismatch() { return {info, &check}; }

}  // namespace liner::validators::rules
