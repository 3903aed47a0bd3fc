#pragma once
// The rules' documentation, rendered from RuleInfo: the list `liner rules`
// prints, one rule's page (`liner rules --explain ID`) and docs/rules.md.

#include <string>

#include "validators/rule.h"

namespace liner::validators {

/// One line per rule: `LN101  error    contradiction  award-category-conflict  summary`.
std::string rules_list();

/// One rule's page: heading, family, default severity, summary, doc, options.
std::string rule_page(const RuleInfo& info);

/// docs/rules.md: an index table, then every rule's page.
std::string rules_markdown();

}  // namespace liner::validators
