// validators/rules/ln201_uncited_claim.cpp
#include <algorithm>
#include <map>
#include <set>

#include "validators/rules/rules.h"
#include "validators/rules/support.h"

namespace liner::validators::rules {
namespace {

constexpr RuleInfo info{
    "LN201", "uncited-claim", Family::citation, Severity::warning,
    "A sentence states a fact but cites no source, and neither does the end of its paragraph.",
    "## What it does\n"
    "Reports each sentence that carries at least one claim (a date, a credit, an award, ...) and has no "
    "citation marker of its own, when the paragraph it belongs to does not close with a marker either. "
    "A marker at the end of a paragraph is read as covering the paragraph, the way many editors cite.\n"
    "\n"
    "Sentences without claims (opinion, transitions) are not reported, nor are table rows, list items "
    "(`- 1998 – Ocean Hours`) and infobox-like fields (`Born: 1958, Tulsa`).\n"
    "\n"
    "## Why is this bad?\n"
    "An uncited fact cannot be checked, and an exported claim without provenance cannot be traced to "
    "a source.\n"
    "\n"
    "## Example\n"
    "```text\n"
    "He produced the album Night Ferry (2009) for the band Holloway. He later moved to Lisbon.\n"
    "```\n"};

// A list item (`- 1998 – Work`) or an infobox-like field (`Born: 1958, Tulsa`):
// these are sourced by the prose, the way encyclopedias present them.
bool list_or_field(const ClaimSet& set, const ingest::Sentence& s) {
  const std::string_view src = std::string_view(set.document.text).substr(s.span.start, s.span.end - s.span.start);
  if (src.starts_with("- ") || src.starts_with("* ") || src.starts_with("\u2022 ")) return true;
  std::size_t k = 0;
  while (k < src.size() && src[k] >= '0' && src[k] <= '9') ++k;
  if (k > 0 && k + 1 < src.size() && (src[k] == '.' || src[k] == ')') && src[k + 1] == ' ') return true;
  // `Label: value`, in the source or in the readable text (a wikitext infobox
  // parameter `| birth_date = ...` reads as `Born: ...`).
  auto field = [](std::string_view x) {
    const std::size_t colon = x.find(": ");
    if (colon == std::string_view::npos || colon == 0 || colon > 30) return false;
    for (std::size_t i = 0; i < colon; ++i) {
      const char c = x[i];
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ')) return false;
    }
    return x[0] >= 'A' && x[0] <= 'Z';
  };
  return field(src) || field(s.text);
}

void check(const ClaimSet& set, FindingSink& out) {
  const auto& a = set.article;
  // Whether each paragraph's last sentence carries a citation.
  std::map<int, bool> closed;
  for (const auto& s : a.sentences) closed[s.paragraph] = !s.citations.empty();
  std::size_t next = 0;  // claims are in source order; walk them with the sentences
  std::vector<const ingest::Claim*> sorted;
  for (const auto& c : set.claims) sorted.push_back(&c);
  std::sort(sorted.begin(), sorted.end(), [](const auto* x, const auto* y) { return x->span.start < y->span.start; });
  for (const auto& s : a.sentences) {
    std::set<std::string_view> predicates;
    while (next < sorted.size() && sorted[next]->span.start < s.span.start) ++next;
    for (std::size_t k = next; k < sorted.size() && sorted[k]->span.start < s.span.end; ++k)
      if (table_of(a, sorted[k]->span) == ingest::none)
        predicates.insert(ingest::to_string(sorted[k]->predicate));
    if (predicates.empty() || !s.citations.empty() || closed[s.paragraph] || list_or_field(set, s)) continue;
    std::string list;
    for (auto p : predicates) list += (list.empty() ? "" : ", ") + std::string(p);
    out.report("a sentence that states facts (" + list + ") cites no source", {evidence(set, s)});
  }
}

}  // namespace

Rule ln201_uncited_claim() { return {info, &check}; }

}  // namespace liner::validators::rules
