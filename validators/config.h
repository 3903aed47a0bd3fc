#pragma once
// Configuration: which rules run, at what severity, with which option values.
// Read from a TOML file (`.liner.toml`):
//
//   fail-on = "warning"          # optional; the command line wins
//   [rules.LN112]
//   enabled = false
//   [rules.LN110]
//   severity = "error"
//   min-age = 21

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "ingest/error.h"
#include "validators/rule.h"

namespace liner::validators {

/// The fail-on level: findings at or above it make `liner check` exit 1.
enum class FailOn { info, warning, error, none };

/// Parses `info`, `warning`, `error` or `none`.
std::optional<FailOn> fail_on_from_string(std::string_view name);

/// True when a finding of this severity reaches the level.
bool reaches(Severity s, FailOn level);

/// One rule's settings.
struct RuleSettings {
  bool enabled = true;
  std::optional<Severity> severity;          ///< overrides the default
  std::map<std::string, int> options;        ///< overrides option defaults
  bool operator==(const RuleSettings&) const = default;
};

/// The whole configuration. Rules not named keep their defaults.
struct Config {
  std::map<std::string, RuleSettings> rules;  ///< by rule ID
  std::optional<FailOn> fail_on;
  bool operator==(const Config&) const = default;
};

/// Parses a configuration; `path` names it in errors (`path:line:col: error: ...`).
/// Unknown keys, rule IDs and option names, and values of the wrong type, are errors.
ingest::Result<Config> parse_config(std::string_view text, const std::string& path);

/// Reads and parses a configuration file.
ingest::Result<Config> load_config(const std::string& path);

}  // namespace liner::validators
