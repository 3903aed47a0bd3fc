#pragma once
// The SARIF 2.1.0 report for code scanning: one run, the rules with their
// documentation, one result per finding with its artifact location and region,
// the other evidence as related locations, and partialFingerprints that stay
// the same from run to run (validators/check.h, fingerprint()).

#include <string>
#include <string_view>
#include <vector>

#include "validators/document_result.h"

namespace liner::report {

/// The SARIF log, ending with a newline. Columns are Unicode code points
/// (`columnKind: unicodeCodePoints`); byteOffset/byteLength give the exact bytes.
std::string render_sarif(const std::vector<validators::DocumentResult>& results, std::string_view version);

}  // namespace liner::report
