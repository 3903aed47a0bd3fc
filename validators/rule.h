#pragma once
// Rules and findings: the static description of a rule, what it is given to
// look at, and how it reports. Rules live in validators/rules/, one file each,
// and are listed in registry.cpp sorted by ID.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/article.h"
#include "ingest/claim.h"
#include "ingest/document.h"
#include "ingest/span.h"

namespace liner::validators {

enum class Severity { info, warning, error };
enum class Family { contradiction, citation, structure };

std::string_view to_string(Severity s);
std::string_view to_string(Family f);
/// Parses `info`, `warning` or `error`; nullopt otherwise.
std::optional<Severity> severity_from_string(std::string_view name);

/// A number a rule reads from the configuration (`[rules.LN110] min-age = 21`).
struct RuleOption {
  std::string_view name;
  int default_value;
  std::string_view doc;
};

/// Static description of a rule: stable ID (`LN101`), kebab-case name, family,
/// default severity, one-line summary, Markdown documentation (What it does /
/// Why is this bad? / Example) and its options.
struct RuleInfo {
  std::string_view id;
  std::string_view name;
  Family family;
  Severity severity;
  std::string_view summary;
  std::string_view doc;
  std::span<const RuleOption> options = {};
};

/// One side of a finding: the quoted source text and its citations.
struct Evidence {
  std::string quote;
  ingest::SourceSpan span;
  std::vector<std::string> citations;
  std::string claim;  ///< claim id, empty when the evidence is not a claim
  bool operator==(const Evidence&) const = default;
};

/// A problem a rule found. The first evidence is where it is reported.
struct Finding {
  std::string rule;
  std::string name;
  Family family = Family::structure;
  Severity severity = Severity::warning;
  std::string message;
  std::vector<Evidence> evidence;
  bool operator==(const Finding&) const = default;
};

/// What a rule looks at: one document, its structure and its claims, plus the
/// values of the rule's options.
struct ClaimSet {
  const ingest::Document& document;
  const ingest::Article& article;
  const std::vector<ingest::Claim>& claims;
  /// The configured value of an option the rule declares (its default unless
  /// the configuration changes it).
  std::vector<std::pair<std::string_view, int>> options;
  [[nodiscard]] int option(std::string_view name) const;
};

/// Where a rule reports. The sink stamps each finding with the rule's ID,
/// name, family and (configured) severity.
class FindingSink {
 public:
  FindingSink(const RuleInfo& info, Severity severity) : info_(info), severity_(severity) {}
  /// Adds a finding with its evidence; the first evidence locates it.
  void report(std::string message, std::vector<Evidence> evidence);
  [[nodiscard]] std::vector<Finding>& findings() { return findings_; }

 private:
  const RuleInfo& info_;
  Severity severity_;
  std::vector<Finding> findings_;
};

using CheckFunction = void (*)(const ClaimSet&, FindingSink&);

/// A rule: its description and its check.
struct Rule {
  RuleInfo info;
  CheckFunction check;
};

/// All rules, sorted by ID.
const std::vector<Rule>& registry();

/// The rule with this ID, or nullptr.
const Rule* find_rule(std::string_view id);

}  // namespace liner::validators
