// validators/rules/ln110_implausible_degree_age.cpp
#include <array>
#include <set>

#include "validators/rules/rules.h"
#include "validators/rules/support.h"

namespace liner::validators::rules {
namespace {

constexpr std::array<RuleOption, 1> options{{
    {"min-age", 20, "The youngest age at which a university degree is plausible."},
}};

constexpr RuleInfo info{
    "LN110", "implausible-degree-age", Family::contradiction, Severity::warning,
    "A person graduates from a university younger than is plausible.",
    "## What it does\n"
    "Computes the oldest a person can have been in their graduation year (graduation year minus birth "
    "year) and reports a graduation from a college, university or conservatory when that age is below "
    "`min-age` (20 unless configured). Graduations from secondary schools (`high school`, `secondary`, "
    "`gymnasium`, `lycée`, ...), and graduations whose institution is not named, are not checked.\n"
    "\n"
    "## Why is this bad?\n"
    "A degree at 18 is possible but rare: far more often the birth year or the graduation year is "
    "wrong, and an editor should look.\n"
    "\n"
    "## Example\n"
    "```text\n"
    "Born in 1981 in Leeds,[1] ... she graduated from the Royal Northern College of Music in 1998.[2]\n"
    "```\n"
    "\n"
    "## Options\n"
    "`min-age` (default 20).\n",
    options};

bool secondary_school(std::string_view institution) {
  const std::string k = key(institution);
  for (std::string_view w : {"high school", "secondary", "grammar school", "gymnasium", "lycee", "middle school",
                             "prep school", "preparatory", "junior high", "sixth form"})
    if (k.find(w) != std::string::npos) return true;
  return false;
}

void check(const ClaimSet& set, FindingSink& out) {
  const int min_age = set.option("min-age");
  std::set<std::pair<std::string, int>> seen;
  for (const auto& c : set.claims) {
    std::optional<std::string> when, institution;
    if (c.predicate == ingest::Predicate::graduationYear) {
      when = c.value;
      institution = c.qualifiers.institution;
    } else if (c.predicate == ingest::Predicate::educatedAt && c.qualifiers.degree && c.qualifiers.end_year) {
      when = c.qualifiers.end_year;
      if (c.object) institution = c.object->name;
    }
    // Without an institution the graduation may be from a school: not judged.
    if (!when || !institution || secondary_school(*institution)) continue;
    const auto year = parse_year(*when);
    const auto birth = birth_of(set, c.subject.key);
    if (!year || !birth) continue;
    const int oldest = *year - birth->year;
    if (oldest >= min_age || oldest < 0 || !seen.insert({c.subject.key, *year}).second) continue;
    const std::string born = birth->claim->value ? *birth->claim->value : std::to_string(birth->year);
    out.report(c.subject.name + " graduates in " + *when + " at age " + std::to_string(oldest - 1) + " or " +
                   std::to_string(oldest) + " (born " + born + "), younger than " + std::to_string(min_age),
               {evidence(c), evidence(*birth->claim)});
  }
}

}  // namespace

Rule ln110_implausible_degree_age() { return {info, &check}; }

}  // namespace liner::validators::rules
