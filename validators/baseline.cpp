#include "validators/baseline.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "validators/check.h"

namespace liner::validators {

namespace {

constexpr std::string_view header = "# liner baseline 1";

ingest::Error at(const std::string& path, std::size_t line, std::size_t column, std::string message) {
  ingest::SourceSpan span;
  span.line = line;
  span.column = column;
  return {ingest::ErrorCode::syntax, path, span, std::move(message)};
}

bool is_hex(std::string_view s) {
  return s.size() == 16 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

// Messages may hold anything; the baseline's fields are tab-separated lines.
std::string one_line(std::string s) {
  std::replace_if(s.begin(), s.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return s;
}

}  // namespace

ingest::Result<Baseline> parse_baseline(std::string_view text, const std::string& path) {
  Baseline out;
  std::size_t line_no = 0;
  bool seen_header = false;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1) {
      if (line != header) return at(path, 1, 1, "not a liner baseline (the first line must be '" + std::string(header) + "')");
      seen_header = true;
      continue;
    }
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab1 = line.find('\t');
    const std::string_view fp = line.substr(0, tab1);
    if (!is_hex(fp)) return at(path, line_no, 1, "expected a fingerprint of 16 hex digits, found '" + std::string(fp) + "'");
    if (tab1 == std::string_view::npos) return at(path, line_no, fp.size() + 1, "expected a tab and the rule ID after the fingerprint");
    const std::size_t tab2 = line.find('\t', tab1 + 1);
    const std::string_view rule = line.substr(tab1 + 1, tab2 == std::string_view::npos ? std::string_view::npos : tab2 - tab1 - 1);
    if (!find_rule(rule)) return at(path, line_no, tab1 + 2, "unknown rule '" + std::string(rule) + "'");
    out.fingerprints.emplace(fp);
  }
  if (!seen_header) return at(path, 1, 1, "empty baseline (the first line must be '" + std::string(header) + "')");
  return out;
}

ingest::Result<Baseline> load_baseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return ingest::Error{ingest::ErrorCode::not_found, path, std::nullopt, "cannot read baseline file"};
  std::ostringstream s;
  s << in.rdbuf();
  return parse_baseline(s.str(), path);
}

std::string render_baseline(const std::vector<DocumentResult>& results) {
  std::vector<std::string> lines;
  for (const auto& r : results)
    for (const auto& f : r.findings)
      lines.push_back(fingerprint(r.document->uri, f) + "\t" + f.rule + "\t" + one_line(r.document->uri) + "\t" +
                      one_line(f.message));
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  std::string out(header);
  out += "\n";
  for (const auto& l : lines) out += l + "\n";
  return out;
}

std::size_t apply_baseline(const Baseline& baseline, std::vector<DocumentResult>& results) {
  std::size_t dropped = 0;
  for (auto& r : results) {
    const std::string& source = r.document->uri;
    const auto before = r.findings.size();
    std::erase_if(r.findings, [&](const Finding& f) { return baseline.contains(fingerprint(source, f)); });
    dropped += before - r.findings.size();
  }
  return dropped;
}

}  // namespace liner::validators
