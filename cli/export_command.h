#pragma once
// `liner export`: read articles, map their claims to RDF, write Turtle,
// N-Triples or N-Quads through Raptor2.

#include <string>

#include "cli/pipeline.h"
#include <vector>

namespace CLI {
class App;
}

namespace liner::cli {

/// The options of `liner export`.
struct ExportOptions {
  std::vector<std::string> inputs;
  std::string to;             ///< turtle, ntriples or nquads
  InputOptions input;  ///< --from, --namespace
  std::string output;         ///< empty or `-`: stdout; an existing directory: one file per document
  std::string base;           ///< instance IRIs; empty: ontology::default_base
};

/// Adds the `export` subcommand and its options to the app.
CLI::App* add_export_command(CLI::App& app, ExportOptions& options);

/// Runs `liner export`; returns the exit code.
int run_export(const ExportOptions& options);

}  // namespace liner::cli
