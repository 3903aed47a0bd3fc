#include "report/text.h"

#include "validators/check.h"

namespace liner::report {

using validators::Severity;

namespace {

std::string paint(const TextOptions& o, std::string_view code, const std::string& s) {
  return o.color ? "\033[" + std::string(code) + "m" + s + "\033[0m" : s;
}

std::string_view color_of(Severity s) {
  switch (s) {
    case Severity::error: return "1;31";
    case Severity::warning: return "1;35";
    case Severity::info: return "1;36";
  }
  return "1";
}

std::string one_line(const std::string& s) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  return out;
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// A sentence without markers of its own is covered by those closing its paragraph.
std::vector<std::string> paragraph_citations(const ingest::Article& a, const ingest::SourceSpan& span) {
  int paragraph = ingest::none;
  for (const auto& s : a.sentences)
    if (span.start >= s.span.start && span.start < s.span.end) paragraph = s.paragraph;
  if (paragraph == ingest::none) return {};
  std::vector<std::string> last;
  for (const auto& s : a.sentences)
    if (s.paragraph == paragraph) last = s.citations;
  return last;
}

}  // namespace

std::string render_text(const std::vector<validators::DocumentResult>& results, const TextOptions& o) {
  std::string out;
  std::size_t errors = 0, warnings = 0, infos = 0;
  for (const auto& r : results) {
    for (const auto& f : r.findings) {
      const auto at = validators::location(f);
      out += paint(o, "1", r.document->uri + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ":") +
             " " + paint(o, color_of(f.severity), std::string(validators::to_string(f.severity)) + ":") + " " +
             f.message + " " + paint(o, "2", "[" + f.rule + "]") + "\n";
      for (const auto& e : f.evidence) {
        std::string cites;
        for (const auto& c : e.citations) cites += (cites.empty() ? "" : ", ") + c;
        std::string note;
        if (cites.empty()) {
          std::string closing;
          for (const auto& c : paragraph_citations(r.article, e.span)) closing += (closing.empty() ? "" : ", ") + c;
          note = closing.empty() ? paint(o, "33", "(no citation)")
                                 : paint(o, "32", "(no citation; its paragraph closes with [" + closing + "])");
        } else {
          note = paint(o, "32", "[" + cites + "]");
        }
        out += "  " + std::to_string(e.span.line) + ":" + std::to_string(e.span.column) + ": \"" + one_line(e.quote) +
               "\" " + note + "\n";
      }
      (f.severity == Severity::error ? errors : f.severity == Severity::warning ? warnings : infos) += 1;
    }
  }
  if (errors + warnings + infos == 0)
    out += "no findings in " + plural(results.size(), "document", "documents") + "\n";
  else
    out += plural(errors + warnings + infos, "finding", "findings") + " (" + plural(errors, "error", "errors") + ", " +
           plural(warnings, "warning", "warnings") + ", " + std::to_string(infos) + " info) in " +
           plural(results.size(), "document", "documents") + "\n";
  return out;
}

}  // namespace liner::report
