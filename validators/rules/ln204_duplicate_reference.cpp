// validators/rules/ln204_duplicate_reference.cpp
#include <map>

#include "validators/rules/rules.h"
#include "validators/rules/support.h"

namespace liner::validators::rules {
namespace {

constexpr RuleInfo info{
    "LN204", "duplicate-reference", Family::citation, Severity::warning,
    "The same source is listed twice in the reference list.",
    "## What it does\n"
    "Compares the entries of the reference list by URL (scheme, `www.`, case of the host and a trailing "
    "slash ignored) and, for entries without a URL, by their text (case and punctuation ignored). Each "
    "repeated entry is reported with the first one.\n"
    "\n"
    "## Why is this bad?\n"
    "Two labels for one source split its citations, and a reader counting sources is misled.\n"
    "\n"
    "## Example\n"
    "```text\n"
    "[3] https://example.org/interview-2011\n"
    "[7] http://www.example.org/interview-2011/\n"
    "```\n"};

std::string normal_url(std::string url) {
  for (std::string_view scheme : {"https://", "http://"})
    if (url.starts_with(scheme)) url.erase(0, scheme.size());
  if (url.starts_with("www.")) url.erase(0, 4);
  const std::size_t slash = url.find('/');
  for (std::size_t i = 0; i < std::min(slash, url.size()); ++i)
    url[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(url[i])));
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

void check(const ClaimSet& set, FindingSink& out) {
  std::map<std::string, const ingest::Reference*> first;
  for (const auto& r : set.article.references) {
    const std::string k = r.url.empty() ? "text:" + key(r.text) : "url:" + normal_url(r.url);
    if (k == "text:" || k == "url:") continue;
    auto [it, inserted] = first.emplace(k, &r);
    if (inserted) continue;
    out.report("reference [" + r.label + "] repeats reference [" + it->second->label + "]",
               {evidence(set, r.span, {r.label}), evidence(set, it->second->span, {it->second->label})});
  }
}

}  // namespace

Rule ln204_duplicate_reference() { return {info, &check}; }

}  // namespace liner::validators::rules
