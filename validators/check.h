#pragma once
// Running the rules over one document, and what identifies a finding across runs.

#include <string>
#include <vector>

#include "validators/config.h"
#include "validators/rule.h"

namespace liner::validators {

/// Runs every enabled rule on one document, with the configured severities and
/// options. Findings come back sorted by (line, column, rule, message).
std::vector<Finding> run_rules(const ingest::Document& document, const ingest::Article& article,
                               const std::vector<ingest::Claim>& claims, const Config& config);

/// Runs one rule with its default settings (for tests and `--explain` examples).
std::vector<Finding> run_rule(const Rule& rule, const ingest::Document& document, const ingest::Article& article,
                              const std::vector<ingest::Claim>& claims, const Config& config = {});

/// Sorts findings by their first evidence's (line, column), then rule, then message.
void sort_findings(std::vector<Finding>& findings);

/// Where a finding is reported: its first evidence's span (line 1, column 1 when it has none).
ingest::SourceSpan location(const Finding& finding);

/// A stable identity for a finding: 16 hex digits hashed from the source, the
/// rule and the quoted evidence (not line numbers, so that edits elsewhere in
/// the article keep it). Used by baselines and SARIF partialFingerprints.
std::string fingerprint(const std::string& source, const Finding& finding);

}  // namespace liner::validators
