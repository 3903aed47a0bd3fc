// validators/rules/ln202_marker_without_reference.cpp
#include <set>

#include "validators/rules/rules.h"
#include "validators/rules/support.h"

namespace liner::validators::rules {
namespace {

constexpr RuleInfo info{
    "LN202", "marker-without-reference", Family::citation, Severity::warning,
    "Citation markers point to no reference entry, or the reference list is missing altogether.",
    "## What it does\n"
    "When the article has citation markers but no reference list at all, it reports once for the "
    "document, naming how many labels are cited. When a reference list exists, it reports each label "
    "cited in the text that the list does not define, at its first marker.\n"
    "\n"
    "## Why is this bad?\n"
    "A marker that leads nowhere looks like a citation but gives the reader no source; the RDF export "
    "cannot link the claim to a reference.\n"
    "\n"
    "## Example\n"
    "```text\n"
    "She was born in Porto in 1984.[1] Her debut album came out in 2006.[2]\n"
    "(and no References section)\n"
    "```\n"};

const ingest::Sentence* sentence_of(const ingest::Article& a, std::size_t marker) {
  for (const auto& s : a.sentences)
    for (int m : s.markers)
      if (static_cast<std::size_t>(m) == marker) return &s;
  return nullptr;
}

Evidence at_marker(const ClaimSet& set, std::size_t marker) {
  if (const auto* s = sentence_of(set.article, marker)) return evidence(set, *s);
  const auto& m = set.article.markers[marker];
  return evidence(set, m.span, {m.label});
}

void check(const ClaimSet& set, FindingSink& out) {
  const auto& a = set.article;
  if (a.markers.empty()) return;
  std::set<std::string> labels;
  for (const auto& m : a.markers) labels.insert(m.label);
  if (a.references.empty()) {
    out.report("citation markers use " + std::to_string(labels.size()) + " labels, but the article has no reference list",
               {at_marker(set, 0)});
    return;
  }
  std::set<std::string> defined, reported;
  for (const auto& r : a.references) defined.insert(r.label);
  for (std::size_t i = 0; i < a.markers.size(); ++i) {
    const auto& label = a.markers[i].label;
    if (defined.contains(label) || !reported.insert(label).second) continue;
    out.report("citation [" + label + "] has no entry in the reference list", {at_marker(set, i)});
  }
}

}  // namespace

Rule ln202_marker_without_reference() { return {info, &check}; }

}  // namespace liner::validators::rules
