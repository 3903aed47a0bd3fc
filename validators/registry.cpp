#include "validators/rule.h"

namespace liner::validators {

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::string_view to_string(Family f) {
  switch (f) {
    case Family::contradiction: return "contradiction";
    case Family::citation: return "citation";
    case Family::structure: return "structure";
  }
  return "structure";
}

const std::vector<RuleInfo>& registry() {
  // One line per rule, sorted by ID.
  static const std::vector<RuleInfo> rules{};
  return rules;
}

}  // namespace liner::validators
