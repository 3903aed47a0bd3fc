#pragma once
// The text outline of `liner extract --format text`: per document a header
// line, counts, the title, headings and tables with their positions, then one
// claim a line:
//
//   path [flat] "Title"
//     12 sections, 30 paragraphs, ...
//     1:1	# Title
//     line:col	predicate	subject	object or value	qualifiers	[citations]

#include <string>
#include <vector>

#include "validators/document_result.h"

namespace liner::report {

/// The outline and claims of every document, in order.
std::string render_outline(const std::vector<validators::DocumentResult>& results);

}  // namespace liner::report
