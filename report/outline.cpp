#include "report/outline.h"

#include <set>
#include <sstream>

namespace liner::report {
namespace {

std::string outline(const ingest::Document& doc, const ingest::Article& a) {
  std::set<std::string> labels;
  for (const auto& m : a.markers) labels.insert(m.label);
  std::ostringstream s;
  s << doc.uri << " [" << ingest::to_string(a.format) << "] \"" << a.title << "\"\n";
  s << "  " << a.sections.size() << " sections, " << a.paragraphs.size() << " paragraphs, " << a.sentences.size()
    << " sentences, " << labels.size() << " citation labels, " << a.tables.size() << " tables, " << a.links.size()
    << " links, " << a.references.size() << " references\n";
  if (a.title_span.end > a.title_span.start)
    s << "  " << a.title_span.line << ":" << a.title_span.column << "\t# " << a.title << "\n";
  for (const auto& sec : a.sections)
    s << "  " << sec.span.line << ":" << sec.span.column << "\t" << std::string(static_cast<std::size_t>(sec.level), '#')
      << " " << sec.heading << "\n";
  for (const auto& t : a.tables) {
    s << "  " << t.span.line << ":" << t.span.column << "\ttable: ";
    for (std::size_t i = 0; i < t.header.size(); ++i) s << (i ? " | " : "") << t.header[i].text;
    s << " (" << t.rows.size() << " rows)\n";
  }
  return s.str();
}

// One claim a line: where, predicate, subject, object or value, qualifiers, citations.
std::string claims_table(const std::vector<ingest::Claim>& claims) {
  std::ostringstream s;
  s << "  " << claims.size() << " claims\n";
  for (const auto& c : claims) {
    std::string quals;
    for (const auto& [key, value] : ingest::qualifier_list(c.qualifiers))
      if (key != "precision") quals += std::string(quals.empty() ? "" : "; ") + std::string(key) + "=" + value;
    s << "  " << c.span.line << ":" << c.span.column << "\t" << ingest::to_string(c.predicate) << "\t"
      << c.subject.name << "\t" << (c.object ? c.object->name : c.value.value_or("")) << "\t" << quals;
    if (!c.citations.empty()) {
      s << "\t[";
      for (std::size_t i = 0; i < c.citations.size(); ++i) s << (i ? "," : "") << c.citations[i];
      s << "]";
    }
    s << "\n";
  }
  return s.str();
}

}  // namespace

std::string render_outline(const std::vector<validators::DocumentResult>& results) {
  std::string content;
  for (const auto& r : results) content += outline(*r.document, r.article) + claims_table(r.claims);
  return content;
}

}  // namespace liner::report
