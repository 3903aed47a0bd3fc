#pragma once
// The JSON report (DESIGN.md, "JSON contract").

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "ingest/claim.h"
#include "ingest/span.h"
#include "validators/document_result.h"

namespace liner::report {

/// Options for the JSON report.
struct JsonOptions {
  bool structure = true;  ///< include sections, sentences, tables, links, markers, references
  bool claims = true;     ///< list the claims (the summary counts them either way)
  int indent = 2;         ///< -1 for one line
  std::string base = "https://w3id.org/liner/id/";  ///< for entity IRIs
};

/// A claim as in DESIGN.md: id, predicate, subject, object, value, qualifiers,
/// quote, span, citations.
nlohmann::ordered_json claim_json(const ingest::Claim& claim, const JsonOptions& options);

/// A span as `{"start","end","line","column"}`.
nlohmann::ordered_json span_json(const ingest::SourceSpan& span);

/// One entry of `documents`.
nlohmann::ordered_json document_json(const validators::DocumentResult& result, const JsonOptions& options);

/// The whole report, `{"tool", "documents", "summary"}`, ending with a newline.
std::string render_json(const std::vector<validators::DocumentResult>& results, const JsonOptions& options,
                        std::string_view version);

}  // namespace liner::report
