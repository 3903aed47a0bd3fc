#pragma once
// `liner rules`: list the rules, explain one, or print docs/rules.md.

#include <string>

namespace CLI {
class App;
}

namespace liner::cli {

/// The options of `liner rules`.
struct RulesOptions {
  std::string explain;  ///< a rule ID or name
  bool markdown = false;
};

/// Adds the `rules` subcommand and its options to the app.
CLI::App* add_rules_command(CLI::App& app, RulesOptions& options);

/// Runs `liner rules`; returns the exit code.
int run_rules(const RulesOptions& options);

}  // namespace liner::cli
