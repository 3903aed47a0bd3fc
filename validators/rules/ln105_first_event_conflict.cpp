// validators/rules/ln105_first_event_conflict.cpp
#include "validators/rules/rules.h"
#include "validators/rules/support.h"

namespace liner::validators::rules {
namespace {

constexpr RuleInfo info{
    "LN105", "first-event-conflict", Family::contradiction, Severity::warning,
    "\"The first X in year Y\" contradicts the X the article enumerates.",
    "## What it does\n"
    "Takes each `first ...` statement (`firstEvent` claims: her first Grammy in 2003, his first credit "
    "in 1986) and checks it against the events of that kind the article names for the same person:\n"
    "\n"
    "- an earlier one exists (a Grammy in 2001 when the first was in 2003), or\n"
    "- the article states how many there are (`three Grammy Awards`), enumerates exactly that many, "
    "and year Y is not among them.\n"
    "\n"
    "Only events of the same award body are compared (a Latin Grammy is not a Grammy).\n"
    "\n"
    "## Why is this bad?\n"
    "The first event sets the start of a career in readers' minds and in the data; when it disagrees "
    "with the list, one of them is wrong.\n"
    "\n"
    "## Example\n"
    "```text\n"
    "Her first Mercury Prize nomination came in 2006.[1] ... She was nominated for the Mercury Prize in "
    "2004 for Tidewater.[3]\n"
    "```\n"};

bool same_statement(const ingest::Claim& a, const ingest::Claim& b) { return a.span == b.span; }

// The claim of a win stated nearest to `near`: the one a reader sees next to the count.
const ingest::Claim& nearest(const Win& w, const ingest::SourceSpan& near) {
  const ingest::Claim* best = w.claims.front();
  auto distance = [&](const ingest::Claim* c) {
    return c->span.start > near.start ? c->span.start - near.start : near.start - c->span.start;
  };
  for (const auto* c : w.claims)
    if (distance(c) < distance(best)) best = c;
  return *best;
}

void check(const ClaimSet& set, FindingSink& out) {
  for (const auto* first : with_predicate(set, ingest::Predicate::firstEvent)) {
    if (!first->value || !first->qualifiers.year) continue;
    const auto year = parse_year(*first->qualifiers.year);
    const auto kind = ingest::predicate_from_string(*first->value);
    if (!year || !kind) continue;
    const std::string award = award_key(*first);
    const std::string noun = *kind == ingest::Predicate::awardWon         ? "win"
                             : *kind == ingest::Predicate::awardNominated ? "nomination"
                                                                          : std::string(*first->value);
    const std::string what = first->qualifiers.award ? *first->qualifiers.award + " " + noun : noun;

    // An earlier event of the same kind.
    const ingest::Claim* earlier = nullptr;
    for (const auto& c : set.claims) {
      if (c.predicate != *kind || c.subject.key != first->subject.key || same_statement(c, *first)) continue;
      if (!award.empty() && award_key(c) != award) continue;
      const auto y = c.qualifiers.year ? parse_year(*c.qualifiers.year) : std::nullopt;
      if (y && *y < *year && (!earlier || *y < *parse_year(*earlier->qualifiers.year))) earlier = &c;
    }
    if (earlier) {
      out.report("the first " + what + " is dated " + *first->qualifiers.year + ", but another is dated " +
                     *earlier->qualifiers.year,
                 {evidence(*first), evidence(*earlier)});
      continue;
    }

    // A stated count, matched by the enumeration, that leaves year Y out.
    if (*kind != ingest::Predicate::awardWon || award.empty()) continue;
    const auto wins = distinct_wins(set, award, first->subject.key);
    std::vector<Win> others;
    bool listed = false;
    for (const auto& w : wins) {
      bool from_first = false;
      for (const auto* c : w.claims) from_first |= same_statement(*c, *first);
      if (from_first) continue;
      listed |= w.year == year;
      others.push_back(w);
    }
    if (listed || others.empty()) continue;
    for (const auto* count : with_predicate(set, ingest::Predicate::awardCount)) {
      const auto& q = count->qualifiers;
      if (count->subject.key != first->subject.key || award_key(*count) != award || is_bound(*count) ||
          q.category || (q.scope && key(*q.scope) != "total") || !count->value ||
          parse_int(*count->value) != static_cast<int>(others.size()))
        continue;
      std::vector<Evidence> ev{evidence(*first), evidence(*count)};
      std::string named;
      for (const auto& w : others) {
        named += (named.empty() ? "" : ", ") + describe(w);
        ev.push_back(evidence(nearest(w, count->span)));
      }
      out.report("the first " + what + " is dated " + *first->qualifiers.year + ", but the " + *count->value +
                     " " + what + "s the article lists are " + named,
                 unique_spans(std::move(ev)));
      break;
    }
  }
}

}  // namespace

Rule ln105_first_event_conflict() { return {info, &check}; }

}  // namespace liner::validators::rules
