#include <algorithm>

#include "validators/rule.h"
#include "validators/rules/rules.h"

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

std::optional<Severity> severity_from_string(std::string_view name) {
  for (auto s : {Severity::info, Severity::warning, Severity::error})
    if (to_string(s) == name) return s;
  return std::nullopt;
}

int ClaimSet::option(std::string_view name) const {
  for (const auto& [n, v] : options)
    if (n == name) return v;
  return 0;
}

void FindingSink::report(std::string message, std::vector<Evidence> evidence) {
  findings_.push_back({std::string(info_.id), std::string(info_.name), info_.family, severity_, std::move(message),
                       std::move(evidence)});
}

const std::vector<Rule>& registry() {
  // One line per rule, sorted by ID (scripts/add-rule inserts new ones).
  static const std::vector<Rule> rules{
      rules::ln101_award_category_conflict(),
      rules::ln102_count_total_mismatch(),
      rules::ln103_count_enumeration_mismatch(),
      rules::ln104_award_scope_conflict(),
      rules::ln105_first_event_conflict(),
      rules::ln106_single_value_conflict(),
      rules::ln107_event_before_birth(),
      rules::ln108_award_before_release(),
      rules::ln109_relative_date_conflict(),
      rules::ln110_implausible_degree_age(),
      rules::ln111_age_birth_mismatch(),
      rules::ln112_many_fields_of_study(),
      rules::ln201_uncited_claim(),
      rules::ln202_marker_without_reference(),
      rules::ln203_unused_reference(),
      rules::ln204_duplicate_reference(),
  };
  return rules;
}

const Rule* find_rule(std::string_view id) {
  const auto& all = registry();
  auto it = std::find_if(all.begin(), all.end(), [&](const Rule& r) { return r.info.id == id; });
  return it == all.end() ? nullptr : &*it;
}

}  // namespace liner::validators
