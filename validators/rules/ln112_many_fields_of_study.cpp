// validators/rules/ln112_many_fields_of_study.cpp
#include <algorithm>
#include <array>
#include <map>

#include "validators/rules/rules.h"
#include "validators/rules/support.h"

namespace liner::validators::rules {
namespace {

constexpr std::array<RuleOption, 1> options{{
    {"min-fields", 3, "How many different fields at one institution make a finding."},
}};

constexpr RuleInfo info{
    "LN112", "many-fields-of-study", Family::contradiction, Severity::info,
    "One person's studies at one institution are given several different fields.",
    "## What it does\n"
    "Collects the fields of study stated for a person at one institution. A field contained in another "
    "(`music` in `music theory`) is not counted separately. When `min-fields` (3 unless configured) or "
    "more remain, it reports them for an editor's look.\n"
    "\n"
    "## Why is this bad?\n"
    "Double majors exist, but three different descriptions of one course of study usually mean the "
    "sources disagree and the article copied each of them.\n"
    "\n"
    "## Example\n"
    "```text\n"
    "She studied violin at the Sibelius Academy.[1] ... majoring in composition at the Sibelius Academy "
    "...[2] ... her degree in conducting from the Sibelius Academy.[4]\n"
    "```\n"
    "\n"
    "## Options\n"
    "`min-fields` (default 3).\n",
    options};

void check(const ClaimSet& set, FindingSink& out) {
  // (subject, institution) -> field key -> first claim
  std::map<std::pair<std::string, std::string>, std::map<std::string, const ingest::Claim*>> studies;
  std::vector<std::pair<std::string, std::string>> order;
  for (const auto* c : with_predicate(set, ingest::Predicate::educatedAt)) {
    if (!c->qualifiers.field || !c->object) continue;
    const std::pair<std::string, std::string> k{c->subject.key, c->object->key.empty() ? key(c->object->name) : c->object->key};
    if (!studies.contains(k)) order.push_back(k);
    studies[k].emplace(key(*c->qualifiers.field), c);
  }
  for (const auto& k : order) {
    const auto& fields = studies[k];
    std::vector<const ingest::Claim*> distinct;
    for (const auto& [f, c] : fields) {
      bool inside = false;
      for (const auto& [g, d] : fields) inside |= g != f && key_contains(g, f);
      if (!inside) distinct.push_back(c);
    }
    if (static_cast<int>(distinct.size()) < set.option("min-fields")) continue;
    // In the order the article states them (claims are in source order).
    std::sort(distinct.begin(), distinct.end(), [](const auto* a, const auto* b) { return a < b; });
    std::string list;
    std::vector<Evidence> ev;
    for (const auto* c : distinct) {
      list += (list.empty() ? "" : ", ") + quoted(*c->qualifiers.field);
      ev.push_back(evidence(*c));
    }
    out.report(std::to_string(distinct.size()) + " different fields of study at " + distinct.front()->object->name +
                   ": " + list,
               unique_spans(std::move(ev)));
  }
}

}  // namespace

Rule ln112_many_fields_of_study() { return {info, &check}; }

}  // namespace liner::validators::rules
