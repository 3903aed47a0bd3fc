// validators/rules/ln106_single_value_conflict.cpp
#include <map>

#include "validators/rules/rules.h"
#include "validators/rules/support.h"

namespace liner::validators::rules {
namespace {

constexpr RuleInfo info{
    "LN106", "single-value-conflict", Family::contradiction, Severity::error,
    "A fact that has one value is given two: birth or death date, birth place, release year, graduation year.",
    "## What it does\n"
    "Compares the statements of facts that can only have one value:\n"
    "\n"
    "- a person's birth date and death date (at the precision both give: `1958` agrees with "
    "`1958-03-03`);\n"
    "- a person's birth place (`Leeds` agrees with `Leeds, West Yorkshire`, `New York City` with "
    "`Manhattan, New York City`; `Leeds, West Yorkshire` and `Bradford, West Yorkshire` disagree);\n"
    "- a work's release year (two works of one title by different artists, or of different kinds, are "
    "not compared);\n"
    "- a person's graduation year from one institution.\n"
    "\n"
    "A release year and an award year are different facts and are never compared here.\n"
    "\n"
    "## Why is this bad?\n"
    "At most one of the values is right, and every later fact computed from it (an age, an order of "
    "events) inherits the doubt.\n"
    "\n"
    "## Example\n"
    "```text\n"
    "Born 3 March 1958 in Leeds,[1] ... Hartley (born 1959) ...\n"
    "```\n"};

using ingest::Claim;
using ingest::Predicate;

std::string value_of(const Claim& c) {
  if (c.value) return *c.value;
  return c.object ? c.object->name : std::string();
}

bool dates_agree(const std::string& a, const std::string& b) {
  const std::size_t n = std::min(a.size(), b.size());
  return a.compare(0, n, b, 0, n) == 0;
}

// The comma-separated parts of a place, as keys: `Manhattan, New York City`.
std::vector<std::string> place_parts(const std::string& place) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at <= place.size()) {
    const std::size_t comma = place.find(',', at);
    std::string part = key(place.substr(at, comma == std::string::npos ? std::string::npos : comma - at));
    if (!part.empty()) out.push_back(std::move(part));
    if (comma == std::string::npos) break;
    at = comma + 1;
  }
  return out;
}

// Two places agree when one names the other's town (or names it within a longer
// name): `Leeds` and `Leeds, West Yorkshire`; `New York City` and `Manhattan,
// New York City`. `Leeds, West Yorkshire` and `Bradford, West Yorkshire` do not.
bool places_agree(const Claim& a, const Claim& b) {
  const auto pa = place_parts(value_of(a)), pb = place_parts(value_of(b));
  if (pa.empty() || pb.empty()) return true;
  const auto among = [](const std::string& part, const std::vector<std::string>& parts) {
    for (const auto& p : parts)
      if (p == part || key_contains(p, part)) return true;
    return false;
  };
  return among(pa.front(), pb) || among(pb.front(), pa);
}

bool generic_type(const std::optional<std::string>& t) { return !t || key(*t) == "work"; }

// Whether two claims speak of the same thing (and so must agree).
bool same_thing(const Claim& a, const Claim& b) {
  if (a.subject.key != b.subject.key) return false;
  const auto& qa = a.qualifiers;
  const auto& qb = b.qualifiers;
  switch (a.predicate) {
    case Predicate::releaseYear:
      if (qa.artist && qb.artist && key(*qa.artist) != key(*qb.artist)) return false;
      return generic_type(qa.work_type) || generic_type(qb.work_type) || key(*qa.work_type) == key(*qb.work_type);
    case Predicate::graduationYear:
      return !(qa.institution && qb.institution && key(*qa.institution) != key(*qb.institution));
    default: return true;
  }
}

bool agree(const Claim& a, const Claim& b) {
  switch (a.predicate) {
    case Predicate::birthPlace: return places_agree(a, b);
    case Predicate::birthDate:
    case Predicate::deathDate: return dates_agree(value_of(a), value_of(b));
    default: return parse_year(value_of(a)) == parse_year(value_of(b));
  }
}

std::string_view what(const Claim& c) {
  switch (c.predicate) {
    case Predicate::birthDate: return "birth date";
    case Predicate::deathDate: return "death date";
    case Predicate::birthPlace: return "birth place";
    case Predicate::releaseYear: return "release year";
    default: return "graduation year";
  }
}

void check(const ClaimSet& set, FindingSink& out) {
  for (auto p : {Predicate::birthDate, Predicate::deathDate, Predicate::birthPlace, Predicate::releaseYear,
                 Predicate::graduationYear}) {
    const auto claims = with_predicate(set, p);
    std::vector<std::pair<const Claim*, const Claim*>> reported;
    for (std::size_t i = 0; i < claims.size(); ++i) {
      const Claim& a = *claims[i];
      if (value_of(a).empty() || (p != Predicate::birthPlace && !parse_years(value_of(a)))) continue;
      for (std::size_t j = i + 1; j < claims.size(); ++j) {
        const Claim& b = *claims[j];
        if (value_of(b).empty() || (p != Predicate::birthPlace && !parse_years(value_of(b)))) continue;
        if (!same_thing(a, b) || agree(a, b)) continue;
        // One finding per pair of values, not per pair of statements.
        bool seen = false;
        for (const auto& [x, y] : reported)
          seen |= (agree(*x, a) && agree(*y, b) && same_thing(*x, a)) || (agree(*x, b) && agree(*y, a) && same_thing(*x, b));
        if (seen) continue;
        reported.emplace_back(&a, &b);
        std::string subject = a.subject.name;
        out.report("the " + std::string(what(a)) + " of " + subject + " is given as " + value_of(a) + " and as " +
                       value_of(b),
                   {evidence(a), evidence(b)});
      }
    }
  }
}

}  // namespace

Rule ln106_single_value_conflict() { return {info, &check}; }

}  // namespace liner::validators::rules
