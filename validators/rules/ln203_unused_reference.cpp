// validators/rules/ln203_unused_reference.cpp
#include <set>

#include "validators/rules/rules.h"
#include "validators/rules/support.h"

namespace liner::validators::rules {
namespace {

constexpr RuleInfo info{
    "LN203", "unused-reference", Family::citation, Severity::warning,
    "A reference list entry is never cited in the text.",
    "## What it does\n"
    "Reports each entry of the reference list whose label no citation marker uses. An article without "
    "any markers (a plain bibliography) is not checked.\n"
    "\n"
    "## Why is this bad?\n"
    "An uncited reference supports nothing a reader can find; often a marker was lost in an edit and a "
    "fact lost its source with it.\n"
    "\n"
    "## Example\n"
    "```text\n"
    "She was born in Porto.[1]\n"
    "References\n"
    "[1] Porto Daily, profile.\n"
    "[2] Music Weekly, interview.\n"
    "```\n"};

void check(const ClaimSet& set, FindingSink& out) {
  const auto& a = set.article;
  if (a.markers.empty()) return;
  std::set<std::string> cited;
  for (const auto& m : a.markers) cited.insert(m.label);
  for (const auto& r : a.references)
    if (!cited.contains(r.label))
      out.report("reference [" + r.label + "] is never cited", {evidence(set, r.span, {r.label})});
}

}  // namespace

Rule ln203_unused_reference() { return {info, &check}; }

}  // namespace liner::validators::rules
