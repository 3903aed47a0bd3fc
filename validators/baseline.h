#pragma once
// Baselines: the findings a team has accepted, so that `liner check` shows only
// new ones. A baseline is a text file, one finding a line, sorted, diff-friendly:
//
//   # liner baseline 1
//   <fingerprint> TAB <rule> TAB <source> TAB <message>
//
// A finding is known when its fingerprint (validators/check.h) is listed. The
// message is for people reading the file; it is not compared.

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/error.h"
#include "validators/document_result.h"

namespace liner::validators {

/// The fingerprints of accepted findings.
struct Baseline {
  std::set<std::string> fingerprints;
  [[nodiscard]] bool contains(const std::string& fingerprint) const { return fingerprints.contains(fingerprint); }
};

/// Parses a baseline; `path` names it in errors (`path:line:col: error: ...`).
ingest::Result<Baseline> parse_baseline(std::string_view text, const std::string& path);

/// Reads and parses a baseline file.
ingest::Result<Baseline> load_baseline(const std::string& path);

/// The baseline text for every finding of the results.
std::string render_baseline(const std::vector<DocumentResult>& results);

/// Drops the findings the baseline lists; returns how many were dropped.
std::size_t apply_baseline(const Baseline& baseline, std::vector<DocumentResult>& results);

}  // namespace liner::validators
