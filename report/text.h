#pragma once
// The text report, in compiler style:
//
//   path:line:col: severity: message [LN101]
//     line:col: "quoted sentence" [1, 4]
//     line:col: "the other side" (no citation)
//
// then one summary line.

#include <string>
#include <vector>

#include "validators/document_result.h"

namespace liner::report {

struct TextOptions {
  bool color = false;  ///< ANSI colours (the caller decides: only on a terminal)
};

/// The report for all documents, ending with a summary line.
std::string render_text(const std::vector<validators::DocumentResult>& results, const TextOptions& options);

}  // namespace liner::report
