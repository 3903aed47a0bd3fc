#include "report/shacl.h"

#include <cctype>
#include <optional>

#include "ontology/iri.h"
#include "ontology/mapper.h"
#include "ontology/rdf.h"
#include "ontology/vocabulary.h"

namespace liner::report {

// The report is written in the ontology's vocabulary throughout.
using namespace liner::ontology;

namespace {

std::string_view severity_iri_local(validators::Severity s) {
  switch (s) {
    case validators::Severity::error: return "Violation";
    case validators::Severity::warning: return "Warning";
    case validators::Severity::info: return "Info";
  }
  return "Violation";
}

}  // namespace

std::string rule_iri(std::string_view rule_id) {
  // IDs are `LN` + digits; anything else is percent-encoded so the IRI stays valid.
  std::string out(rule_ns);
  for (char c : rule_id) {
    if (std::isalnum(static_cast<unsigned char>(c))) out += c;
    else out += slug(std::string_view(&c, 1));
  }
  return out;
}

Graph findings_graph(const ingest::Document& doc, const std::vector<validators::Finding>& findings,
                     std::string_view base, std::span<const validators::RuleInfo> rules) {
  const std::string doc_iri = document_iri(base, doc);
  Graph g;
  g.name = doc_iri;
  const auto sh = [](std::string_view local) { return iri(term(ns::sh, local)); };
  const auto mcp = [](std::string_view local) { return iri(term(mc, local)); };
  const Term type = iri(term(ns::rdf, "type"));
  const std::string report = doc_iri + "/report";
  g.add(iri(report), type, sh("ValidationReport"));
  g.add(iri(report), sh("conforms"), literal(findings.empty() ? "true" : "false", term(ns::xsd, "boolean")));
  for (const auto& f : findings) {
    std::string key = f.rule + '\x1f' + f.message;
    for (const auto& e : f.evidence)
      key += '\x1f' + e.claim + '\x1f' + std::to_string(e.span.start) + '\x1f' + std::to_string(e.span.end);
    const Term result = iri(doc_iri + "/finding/" + stable_hash(key));
    g.add(iri(report), sh("result"), result);
    g.add(result, type, sh("ValidationResult"));
    g.add(result, sh("resultSeverity"), sh(severity_iri_local(f.severity)));
    g.add(result, sh("resultMessage"), literal(f.message));
    g.add(result, sh("sourceConstraintComponent"), mcp(mc_term::RuleComponent));
    std::optional<Term> focus;
    for (const auto& e : f.evidence) {
      if (e.claim.empty()) continue;
      const Term claim = iri(claim_iri(base, e.claim));
      if (!focus) focus = claim;
      g.add(result, mcp(mc_term::evidence), claim);
    }
    g.add(result, sh("focusNode"), focus.value_or(iri(doc_iri)));
    const Term rule = iri(rule_iri(f.rule));
    g.add(result, mcp(mc_term::rule), rule);
    g.add(rule, type, mcp(mc_term::Rule));
    g.add(rule, iri(term(ns::dcterms, "identifier")), literal(f.rule));
    if (!f.name.empty()) g.add(rule, iri(term(ns::rdfs, "label")), literal(f.name));
    g.add(rule, mcp(mc_term::family), literal(std::string(validators::to_string(f.family))));
    for (const auto& info : rules)
      if (info.id == f.rule && !info.summary.empty())
        g.add(rule, iri(term(ns::rdfs, "comment")), literal(std::string(info.summary)));
  }
  g.normalize();
  return g;
}

ingest::Result<std::string> render_shacl(const std::vector<validators::DocumentResult>& results,
                                         std::string_view base) {
  std::vector<validators::RuleInfo> infos;
  for (const auto& rule : validators::registry()) infos.push_back(rule.info);
  std::vector<Graph> graphs;
  for (const auto& r : results) graphs.push_back(findings_graph(*r.document, r.findings, base, infos));
  Rdf rdf;
  return rdf.write(graphs, Syntax::turtle);
}

}  // namespace liner::report
