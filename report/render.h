#pragma once
// Dispatch from a Format (format.h) to its emitter, one function per command
// that writes a report: what `liner check` and `liner extract` print.

#include <string>
#include <string_view>
#include <vector>

#include "ingest/error.h"
#include "ontology/vocabulary.h"
#include "report/format.h"
#include "validators/config.h"
#include "validators/document_result.h"

namespace liner::report {

/// What the findings reports need besides the results.
struct FindingsOptions {
  std::string_view version;                                ///< json and sarif name the tool's version
  const validators::Config* config = nullptr;              ///< junit lists the rules it enables (null: all)
  bool claims = false;                                     ///< json: list the claims too
  bool color = false;                                      ///< text: ANSI colours
  std::string base = std::string(ontology::default_base);  ///< turtle: base of instance IRIs
};

/// The report of `liner check` in one of its formats: text, json (findings,
/// claims when asked, no structure), sarif, junit or turtle (a SHACL
/// validation report). Fails on a Raptor error, and for a format `check`
/// does not write (html is not available yet).
ingest::Result<std::string> render_findings(Format format, const std::vector<validators::DocumentResult>& results,
                                            const FindingsOptions& options);

/// The output of `liner extract`: json (structure and claims, the DESIGN
/// contract) or text (the outline); empty for a format `extract` does not write.
std::string render_extraction(Format format, const std::vector<validators::DocumentResult>& results,
                              std::string_view version);

}  // namespace liner::report
