#pragma once
// The JUnit XML report for CI dashboards: a testsuite per document, a testcase
// per enabled rule, a failure per finding (its severity as the failure type).

#include <string>
#include <vector>

#include "validators/config.h"
#include "validators/document_result.h"

namespace liner::report {

/// The XML document, written with pugixml.
std::string render_junit(const std::vector<validators::DocumentResult>& results, const validators::Config& config);

}  // namespace liner::report
