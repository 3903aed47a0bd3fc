// validators/rules/ln107_event_before_birth.cpp
#include "validators/rules/rules.h"
#include "validators/rules/support.h"

namespace liner::validators::rules {
namespace {

constexpr RuleInfo info{
    "LN107", "event-before-birth", Family::contradiction, Severity::error,
    "An event in a person's life is dated before their birth, or their death before their birth.",
    "## What it does\n"
    "Takes the person's earliest stated birth year and compares it with the years of what the person "
    "did: awards won or nominated, studies and graduation, jobs, band memberships, stated ages and "
    "`first ...` events, and with the death date. A range (`the early 1990s`, `1990/1993`) is reported "
    "only when all of it lies before the birth year.\n"
    "\n"
    "Credits are left out: a credit's year is often the original release of a work the person remixed "
    "or remastered much later.\n"
    "\n"
    "## Why is this bad?\n"
    "Either the birth date or the event's year is wrong.\n"
    "\n"
    "## Example\n"
    "```text\n"
    "Marlow (born 1974) ... joined the band in 1969.\n"
    "```\n"};

using ingest::Predicate;

void check(const ClaimSet& set, FindingSink& out) {
  const auto born = births(set);
  for (const auto& c : set.claims) {
    const auto found = born.find(c.subject.key);
    if (found == born.end()) continue;
    const Birth* birth = &found->second;
    std::optional<std::string> when;
    switch (c.predicate) {
      case Predicate::awardWon:
      case Predicate::awardNominated:
      case Predicate::ageAt:
      case Predicate::firstEvent: when = c.qualifiers.year; break;
      case Predicate::educatedAt:
      case Predicate::workedAt:
      case Predicate::memberOf: when = c.qualifiers.start_year ? c.qualifiers.start_year : c.qualifiers.end_year; break;
      case Predicate::graduationYear:
      case Predicate::deathDate: when = c.value; break;
      default: break;
    }
    if (!when) continue;
    const auto years = parse_years(*when);
    if (!years || years->last >= birth->year) continue;
    std::string what;
    switch (c.predicate) {
      case Predicate::awardWon: what = "award"; break;
      case Predicate::awardNominated: what = "nomination"; break;
      case Predicate::ageAt: what = "stated age"; break;
      case Predicate::firstEvent: what = "first " + c.qualifiers.award.value_or("event"); break;
      case Predicate::educatedAt: what = "studies"; break;
      case Predicate::workedAt: what = "job"; break;
      case Predicate::memberOf: what = "membership"; break;
      case Predicate::graduationYear: what = "graduation"; break;
      default: what = "death"; break;
    }
    out.report(c.subject.name + "'s " + what + " is dated " + *when + ", before their birth in " +
                   std::to_string(birth->year),
               {evidence(c), evidence(*birth->claim)});
  }
}

}  // namespace

Rule ln107_event_before_birth() { return {info, &check}; }

}  // namespace liner::validators::rules
