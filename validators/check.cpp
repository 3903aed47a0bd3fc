#include "validators/check.h"

#include <algorithm>
#include <cstdint>
#include <tuple>

namespace liner::validators {

namespace {

std::uint64_t fnv1a(std::string_view s, std::uint64_t h) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// White space runs count as one space: re-wrapping a paragraph keeps the fingerprint.
std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

ingest::SourceSpan location(const Finding& f) { return f.evidence.empty() ? ingest::SourceSpan{} : f.evidence.front().span; }

void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    const auto la = location(a), lb = location(b);
    return std::tie(la.line, la.column, a.rule, a.message) < std::tie(lb.line, lb.column, b.rule, b.message);
  });
}

std::vector<Finding> run_rule(const Rule& rule, const ingest::Document& document, const ingest::Article& article,
                              const std::vector<ingest::Claim>& claims, const Config& config) {
  const auto it = config.rules.find(std::string(rule.info.id));
  const RuleSettings settings = it == config.rules.end() ? RuleSettings{} : it->second;
  ClaimSet set{document, article, claims, {}};
  for (const auto& o : rule.info.options) {
    const auto v = settings.options.find(std::string(o.name));
    set.options.emplace_back(o.name, v == settings.options.end() ? o.default_value : v->second);
  }
  FindingSink sink(rule.info, settings.severity.value_or(rule.info.severity));
  rule.check(set, sink);
  auto out = std::move(sink.findings());
  sort_findings(out);
  return out;
}

std::vector<Finding> run_rules(const ingest::Document& document, const ingest::Article& article,
                               const std::vector<ingest::Claim>& claims, const Config& config) {
  std::vector<Finding> out;
  for (const auto& rule : registry()) {
    const auto it = config.rules.find(std::string(rule.info.id));
    if (it != config.rules.end() && !it->second.enabled) continue;
    auto found = run_rule(rule, document, article, claims, config);
    out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  }
  sort_findings(out);
  return out;
}

std::string fingerprint(const std::string& source, const Finding& f) {
  std::uint64_t h = 14695981039346656037ULL;
  h = fnv1a(source, h);
  h = fnv1a("\x1f", h);
  h = fnv1a(f.rule, h);
  for (const auto& e : f.evidence) {
    h = fnv1a("\x1f", h);
    h = fnv1a(collapse(e.quote), h);
  }
  static constexpr char hex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = hex[h & 0xf];
  return out;
}

}  // namespace liner::validators
