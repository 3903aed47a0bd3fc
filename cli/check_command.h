#pragma once
// `liner check`: read articles, run the rules, report, exit by --fail-on.

#include <string>

#include "cli/pipeline.h"
#include <vector>

namespace CLI {
class App;
}

namespace liner::cli {

/// The options of `liner check`.
struct CheckOptions {
  std::vector<std::string> inputs;
  std::string format = "text";
  InputOptions input;  ///< --from, --namespace
  std::string fail_on;  ///< empty: the configuration's, else `error`
  std::string config;   ///< empty: `.liner.toml` in the working directory when present
  std::string baseline;
  std::string write_baseline;
  std::string output;
  bool claims = false;
  std::string base;  ///< --format turtle: base of instance IRIs; empty: the default
};

/// Adds the `check` subcommand and its options to the app.
CLI::App* add_check_command(CLI::App& app, CheckOptions& options);

/// Runs `liner check`; returns the exit code.
int run_check(const CheckOptions& options, const std::string& version);

}  // namespace liner::cli
