#include "report/json.h"

#include "ontology/vocabulary.h"

namespace liner::report {
namespace {

using nlohmann::ordered_json;

ordered_json section_id(int index) {
  return index == ingest::none ? ordered_json(nullptr) : ordered_json("s" + std::to_string(index + 1));
}

ordered_json cell_json(const ingest::Cell& c) {
  return {{"text", c.text}, {"span", span_json(c.span)}, {"citations", c.citations}};
}

ordered_json sections_tree(const ingest::Article& a, int parent) {
  ordered_json out = ordered_json::array();
  for (int i = 0; i < static_cast<int>(a.sections.size()); ++i) {
    const auto& s = a.sections[static_cast<std::size_t>(i)];
    if (s.parent != parent) continue;
    out.push_back({{"id", section_id(i)},
                   {"heading", s.heading},
                   {"level", s.level},
                   {"span", span_json(s.span)},
                   {"sections", sections_tree(a, i)}});
  }
  return out;
}

ordered_json finding_json(const validators::Finding& f) {
  ordered_json evidence = ordered_json::array();
  for (const auto& e : f.evidence)
    evidence.push_back({{"quote", e.quote},
                        {"start", e.span.start},
                        {"end", e.span.end},
                        {"line", e.span.line},
                        {"column", e.span.column},
                        {"citations", e.citations},
                        {"claim", e.claim}});
  return {{"rule", f.rule},         {"name", f.name},       {"family", validators::to_string(f.family)},
          {"severity", validators::to_string(f.severity)}, {"message", f.message}, {"evidence", evidence}};
}

ordered_json entity_json(const ingest::Entity& e, const JsonOptions& options) {
  return {{"name", e.name}, {"type", ingest::to_string(e.type)}, {"iri", ontology::entity_iri(options.base, e)}};
}

ordered_json qualifiers_json(const ingest::Qualifiers& q) {
  ordered_json out = ordered_json::object();
  for (const auto& [key, value] : ingest::qualifier_list(q)) out[std::string(key)] = value;
  return out;
}

}  // namespace

ordered_json claim_json(const ingest::Claim& c, const JsonOptions& options) {
  return {{"id", c.id},
          {"predicate", ingest::to_string(c.predicate)},
          {"subject", entity_json(c.subject, options)},
          {"object", c.object ? entity_json(*c.object, options) : ordered_json(nullptr)},
          {"value", c.value ? ordered_json(*c.value) : ordered_json(nullptr)},
          {"qualifiers", qualifiers_json(c.qualifiers)},
          {"quote", c.quote},
          {"span", span_json(c.span)},
          {"citations", c.citations}};
}

ordered_json span_json(const ingest::SourceSpan& span) {
  return {{"start", span.start}, {"end", span.end}, {"line", span.line}, {"column", span.column}};
}

ordered_json document_json(const validators::DocumentResult& result, const JsonOptions& options) {
  const ingest::Article& a = result.article;
  const std::string_view text = result.document->text;
  ordered_json doc;
  doc["source"] = result.document->uri;
  doc["title"] = a.title;
  doc["format"] = ingest::to_string(a.format);
  if (options.structure) {
    doc["title_span"] = a.title_span.end > a.title_span.start ? span_json(a.title_span) : ordered_json(nullptr);
    doc["sections"] = sections_tree(a, ingest::none);
    ordered_json sentences = ordered_json::array();
    for (const auto& s : a.sentences)
      sentences.push_back({{"section", section_id(s.section)},
                           {"paragraph", s.paragraph + 1},
                           {"text", s.text},
                           {"quote", text.substr(s.span.start, s.span.end - s.span.start)},
                           {"span", span_json(s.span)},
                           {"citations", s.citations}});
    doc["sentences"] = std::move(sentences);
    ordered_json tables = ordered_json::array();
    for (const auto& t : a.tables) {
      ordered_json header = ordered_json::array();
      for (const auto& c : t.header) header.push_back(cell_json(c));
      ordered_json rows = ordered_json::array();
      for (const auto& r : t.rows) {
        ordered_json row = ordered_json::array();
        for (const auto& c : r) row.push_back(cell_json(c));
        rows.push_back(std::move(row));
      }
      tables.push_back(
          {{"section", section_id(t.section)}, {"span", span_json(t.span)}, {"header", header}, {"rows", rows}});
    }
    doc["tables"] = std::move(tables);
    ordered_json links = ordered_json::array();
    for (const auto& l : a.links)
      links.push_back({{"anchor", l.anchor}, {"target", l.target}, {"span", span_json(l.span)}});
    doc["links"] = std::move(links);
    ordered_json markers = ordered_json::array();
    for (const auto& m : a.markers) markers.push_back({{"label", m.label}, {"span", span_json(m.span)}});
    doc["markers"] = std::move(markers);
    ordered_json refs = ordered_json::array();
    for (const auto& r : a.references)
      refs.push_back({{"label", r.label}, {"text", r.text}, {"url", r.url}, {"span", span_json(r.span)}});
    doc["references"] = std::move(refs);
    ordered_json diags = ordered_json::array();
    for (const auto& d : a.diagnostics) diags.push_back({{"message", d.message}, {"span", span_json(d.span)}});
    doc["diagnostics"] = std::move(diags);
  }
  ordered_json claims = ordered_json::array();
  if (options.claims)
    for (const auto& c : result.claims) claims.push_back(claim_json(c, options));
  doc["claims"] = std::move(claims);
  ordered_json findings = ordered_json::array();
  for (const auto& f : result.findings) findings.push_back(finding_json(f));
  doc["findings"] = std::move(findings);
  return doc;
}

std::string render_json(const std::vector<validators::DocumentResult>& results, const JsonOptions& options,
                        std::string_view version) {
  ordered_json out;
  out["tool"] = {{"name", "liner"}, {"version", version}};
  ordered_json docs = ordered_json::array();
  std::size_t errors = 0, warnings = 0, infos = 0, claims = 0;
  for (const auto& r : results) {
    docs.push_back(document_json(r, options));
    claims += r.claims.size();
    for (const auto& f : r.findings) {
      errors += f.severity == validators::Severity::error;
      warnings += f.severity == validators::Severity::warning;
      infos += f.severity == validators::Severity::info;
    }
  }
  out["documents"] = std::move(docs);
  out["summary"] = {{"documents", results.size()}, {"claims", claims}, {"errors", errors}, {"warnings", warnings},
                    {"info", infos}};
  // Input is valid UTF-8 by construction; `replace` keeps the output valid even if not.
  return out.dump(options.indent, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace liner::report
