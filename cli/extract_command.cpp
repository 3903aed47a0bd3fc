#include "cli/extract_command.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/pipeline.h"
#include "report/format.h"
#include "report/render.h"

namespace liner::cli {

CLI::App* add_extract_command(CLI::App& app, ExtractOptions& o) {
  auto* extract = app.add_subcommand("extract", "Read articles and print their structure (and claims) as JSON or text");
  extract->add_option("inputs", o.inputs, "Article files, directories (searched recursively), or - for stdin")
      ->required();
  extract->add_option("--format", o.format, "Output: json (the DESIGN contract) or text (an outline)")
      ->check(CLI::IsMember(report::format_names(report::Command::extract, report::Format::json)))
      ->capture_default_str();
  add_input_options(*extract, o.input);
  extract->add_option("-o,--output", o.output, "Write to FILE (atomically) instead of stdout");
  return extract;
}

int run_extract(const ExtractOptions& o, const std::string& version) {
  const auto format = report::format_from_string(o.format);
  if (!format || !report::writes(report::Command::extract, *format)) {
    std::cerr << "liner: error: unknown --format '" << o.format << "'\n";
    return exit_input;
  }
  auto loaded = load_and_extract(o.inputs, o.input);
  const std::string content = report::render_extraction(*format, loaded.results, version);
  const int written = emit(o.output, content);
  return loaded.failed || written != exit_ok ? exit_input : exit_ok;
}

}  // namespace liner::cli
