#pragma once
// Rules and findings. The rules themselves land with the rules issue; the types
// are here so reports can carry findings from the start.

#include <string>
#include <string_view>
#include <vector>

#include "ingest/span.h"

namespace liner::validators {

enum class Severity { info, warning, error };
enum class Family { contradiction, citation, structure };

std::string_view to_string(Severity s);
std::string_view to_string(Family f);

/// Static description of a rule: stable ID (`LN101`), kebab-case name, family,
/// default severity, one-line summary and Markdown documentation.
struct RuleInfo {
  std::string_view id;
  std::string_view name;
  Family family;
  Severity severity;
  std::string_view summary;
  std::string_view doc;
};

/// One side of a finding: the quoted source text and its citations.
struct Evidence {
  std::string quote;
  ingest::SourceSpan span;
  std::vector<std::string> citations;
  std::string claim;  ///< claim id, empty when the evidence is not a claim
  bool operator==(const Evidence&) const = default;
};

/// A problem a rule found.
struct Finding {
  std::string rule;
  std::string name;
  Family family = Family::structure;
  Severity severity = Severity::warning;
  std::string message;
  std::vector<Evidence> evidence;
  bool operator==(const Finding&) const = default;
};

/// All rules, sorted by ID.
const std::vector<RuleInfo>& registry();

}  // namespace liner::validators
