#pragma once
// `liner extract`: read articles, extract their claims, print structure and
// claims as JSON or a text outline.

#include <string>

#include "cli/pipeline.h"
#include <vector>

namespace CLI {
class App;
}

namespace liner::cli {

/// The options of `liner extract`.
struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string format = "json";
  InputOptions input;  ///< --from, --namespace
  std::string output;
};

/// Adds the `extract` subcommand and its options to the app.
CLI::App* add_extract_command(CLI::App& app, ExtractOptions& options);

/// Runs `liner extract`; returns the exit code.
int run_extract(const ExtractOptions& options, const std::string& version);

}  // namespace liner::cli
