// The SHACL validation report of `liner check --format turtle`, on hand-built
// findings: its shape, and mc.ttl declaring every mc: term it uses.

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "ontology/graph_helpers.h"
#include "ontology/rdf.h"
#include "ontology/vocabulary.h"
#include "report/shacl.h"

namespace liner::report {
namespace {

using namespace liner::ontology;

using namespace liner::ontology::graph_test;

TEST(shacl, findings_become_a_validation_report) {
  ingest::Document doc;
  doc.id = "a.txt";
  validators::Finding conflict{"LN101", "award-category-conflict", validators::Family::contradiction,
                               validators::Severity::error, "two categories for one award", {}};
  conflict.evidence = {{"q1", {}, {"1"}, "c1"}, {"q2", {}, {}, ""}, {"q3", {}, {}, "c2"}};
  validators::Finding uncited{"LN201", "uncited-sentence", validators::Family::citation,
                              validators::Severity::warning, "no citation", {{"q", {}, {}, ""}}};
  static constexpr validators::RuleInfo info{"LN101", "award-category-conflict", validators::Family::contradiction,
                                             validators::Severity::error, "Same award, two categories.", ""};
  const std::vector<validators::RuleInfo> rules{info};
  const Graph g = findings_graph(doc, {conflict, uncited}, base, rules);
  const std::string doc_iri = base + "document/a-txt", report = doc_iri + "/report";
  const std::string sh(ns::sh);
  EXPECT_EQ(g.name, doc_iri);
  EXPECT_TRUE(has(g, report, rdf_type, iri(sh + "ValidationReport")));
  EXPECT_TRUE(has(g, report, sh + "conforms", literal("false", xsd + "boolean")));
  const auto results = subjects_of_type(g, sh + "ValidationResult");
  ASSERT_EQ(results.size(), 2u);
  int seen = 0;
  for (const auto& r : results) {
    EXPECT_TRUE(has(g, report, sh + "result", iri(r)));
    EXPECT_TRUE(has(g, r, sh + "sourceConstraintComponent", iri(m("RuleComponent"))));
    if (has(g, r, m("rule"), iri("https://w3id.org/liner/rule/LN101"))) {
      ++seen;
      EXPECT_EQ(objects(g, r, sh + "focusNode"), std::vector<Term>{iri(base + "claim/c1")});
      EXPECT_EQ(objects(g, r, m("evidence")).size(), 2u);
      EXPECT_TRUE(has(g, r, m("evidence"), iri(base + "claim/c2")));
      EXPECT_TRUE(has(g, r, sh + "resultSeverity", iri(sh + "Violation")));
      EXPECT_TRUE(has(g, r, sh + "resultMessage", literal("two categories for one award")));
    } else {
      ++seen;
      EXPECT_TRUE(has(g, r, m("rule"), iri("https://w3id.org/liner/rule/LN201")));
      EXPECT_EQ(objects(g, r, sh + "focusNode"), std::vector<Term>{iri(doc_iri)});  // no claim: the document
      EXPECT_TRUE(has(g, r, sh + "resultSeverity", iri(sh + "Warning")));
    }
  }
  EXPECT_EQ(seen, 2);
  const std::string rule = "https://w3id.org/liner/rule/LN101";
  EXPECT_TRUE(has(g, rule, rdf_type, iri(m("Rule"))));
  EXPECT_TRUE(has(g, rule, term(ns::dcterms, "identifier"), literal("LN101")));
  EXPECT_TRUE(has(g, rule, term(ns::rdfs, "label"), literal("award-category-conflict")));
  EXPECT_TRUE(has(g, rule, m("family"), literal("contradiction")));
  EXPECT_TRUE(has(g, rule, term(ns::rdfs, "comment"), literal("Same award, two categories.")));
  EXPECT_TRUE(objects(g, "https://w3id.org/liner/rule/LN201", term(ns::rdfs, "comment")).empty());

  Rdf rdf;
  auto text = rdf.write({g}, Syntax::turtle);
  ASSERT_TRUE(text.ok()) << text.error().message;
  EXPECT_NE(text->find("sh:resultSeverity sh:Violation"), std::string::npos) << *text;
}

TEST(shacl, no_findings_conform) {
  ingest::Document doc;
  doc.id = "a.txt";
  const Graph g = findings_graph(doc, {}, base);
  EXPECT_EQ(g.triples.size(), 2u);
  EXPECT_TRUE(has(g, base + "document/a-txt/report", std::string(ns::sh) + "conforms", literal("true", xsd + "boolean")));
}

TEST(shacl, rule_iris_stay_valid_whatever_the_id) {
  EXPECT_EQ(rule_iri("LN101"), "https://w3id.org/liner/rule/LN101");
  EXPECT_EQ(rule_iri("LN<1>"), "https://w3id.org/liner/rule/LN%3C1%3E");
}

TEST(shacl, render_writes_one_report_per_document_as_turtle) {
  ingest::Document a, b;
  a.id = "a.txt";
  b.id = "b.txt";
  validators::Finding f{"LN101", "award-category-conflict", validators::Family::contradiction,
                        validators::Severity::error, "m", {{"q", {}, {}, "c1"}}};
  const std::vector<validators::DocumentResult> results{{&a, {}, {}, {f}}, {&b, {}, {}, {}}};
  auto text = render_shacl(results, base);
  ASSERT_TRUE(text.ok()) << text.error().message;
  Rdf rdf;
  auto quads = rdf.read(*text, Syntax::turtle, base);
  ASSERT_TRUE(quads.ok()) << quads.error().message;
  std::size_t reports = 0;
  for (const auto& q : *quads)
    reports += q.triple.predicate == iri(rdf_type) && q.triple.object == iri(std::string(ns::sh) + "ValidationReport");
  EXPECT_EQ(reports, 2u);
  // Rules are described from the registry.
  EXPECT_NE(text->find(std::string(validators::find_rule("LN101")->info.summary)), std::string::npos) << *text;
}

bool declared(const std::vector<Quad>& onto, const std::string& s, const std::string& p) {
  return std::any_of(onto.begin(), onto.end(),
                     [&](const Quad& q) { return q.triple.subject == iri(s) && q.triple.predicate == iri(p); });
}

TEST(shacl, mc_ttl_declares_every_mc_term_the_report_uses) {
  Rdf rdf;
  auto onto = rdf.read(read_file(std::string(LINER_SOURCE_DIR) + "/ontology/mc.ttl"), Syntax::turtle,
                       "https://w3id.org/liner/mc");
  ASSERT_TRUE(onto.ok()) << onto.error().message;
  ingest::Document doc;
  doc.id = "a.txt";
  validators::Finding f{"LN101", "x", validators::Family::contradiction, validators::Severity::error, "m",
                        {{"q", {}, {}, "c1"}}};
  const Graph report = findings_graph(doc, {f}, base);
  std::set<std::string> used;
  for (const auto& t : report.triples)
    for (const Term* x : {&t.predicate, &t.object})
      if (x->kind == Term::Kind::iri && x->value.starts_with(mc)) used.insert(x->value);
  EXPECT_GE(used.size(), 4u);  // mc:RuleComponent, mc:evidence, mc:rule, mc:Rule, mc:family
  for (const auto& u : used) {
    EXPECT_TRUE(declared(*onto, u, rdf_type)) << u << " has no rdf:type in mc.ttl";
    EXPECT_TRUE(declared(*onto, u, term(ns::rdfs, "label"))) << u << " has no label";
    EXPECT_TRUE(declared(*onto, u, term(ns::rdfs, "comment"))) << u << " has no comment";
  }
}

}  // namespace
}  // namespace liner::report
