#pragma once
// Findings -> RDF: a SHACL validation report (sh:ValidationReport with one
// sh:ValidationResult per finding) for `liner check --format turtle`.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"
#include "ingest/error.h"
#include "ontology/graph.h"
#include "validators/document_result.h"
#include "validators/rule.h"

namespace liner::report {

/// The IRI of a rule: `https://w3id.org/liner/rule/LN101` (rule_ns + ID).
std::string rule_iri(std::string_view rule_id);

/// The validation report of one document, in a graph named like the
/// document's (document_iri()), its triples sorted. The report is
/// `{document}/report`, sh:conforms true exactly when there are no findings.
/// Each finding is a sh:ValidationResult with its severity (sh:Violation,
/// sh:Warning, sh:Info), message, sh:sourceConstraintComponent
/// mc:RuleComponent, mc:rule (the rule, described as an mc:Rule with its ID,
/// name, family and, when `rules` lists it, its summary), sh:focusNode the
/// claim of the first evidence that names one (the document when none does)
/// and mc:evidence every claim named by its evidence. The result IRI is a
/// hash of the rule, message and evidence, so it is stable across runs.
ontology::Graph findings_graph(const ingest::Document& doc, const std::vector<validators::Finding>& findings,
                               std::string_view base, std::span<const validators::RuleInfo> rules = {});

/// The validation reports of all documents as Turtle (Turtle has no graphs:
/// they are written one after the other into one default graph), every rule
/// of the registry described. `base` is the base of instance IRIs. Fails on a
/// Raptor error.
ingest::Result<std::string> render_shacl(const std::vector<validators::DocumentResult>& results,
                                         std::string_view base);

}  // namespace liner::report
