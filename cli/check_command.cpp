#include "cli/check_command.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cli/pipeline.h"
#include "ontology/iri.h"
#include "ontology/rdf.h"
#include "ontology/vocabulary.h"
#include "report/format.h"
#include "report/render.h"
#include "validators/baseline.h"
#include "validators/check.h"
#include "validators/config.h"

namespace liner::cli {

CLI::App* add_check_command(CLI::App& app, CheckOptions& o) {
  auto* check = app.add_subcommand("check", "Run the contradiction and citation rules and report the findings");
  check->add_option("inputs", o.inputs, "Article files, directories (searched recursively), or - for stdin")
      ->required();
  check->add_option("--format", o.format,
                    "Output: text, json, sarif, junit, or turtle (a SHACL validation report; html is not available yet)")
      ->check(CLI::IsMember(report::format_names(report::Command::check, report::Format::text)))
      ->capture_default_str();
  add_input_options(*check, o.input);
  check->add_option("--fail-on", o.fail_on, "Exit 1 when a finding reaches this level: error (default), warning, info, none")
      ->check(CLI::IsMember({"error", "warning", "info", "none"}));
  check->add_option("--config", o.config, "Configuration file (default: .liner.toml in the working directory, if any)");
  check->add_option("--baseline", o.baseline, "Hide the findings listed in this baseline file");
  check->add_option("--write-baseline", o.write_baseline, "Write every finding of this run to a baseline file");
  check->add_option("-o,--output", o.output, "Write the report to FILE (atomically) instead of stdout");
  check->add_flag("--claims", o.claims, "With --format json, list the claims too");
  check->add_option("--base", o.base,
                    "With --format turtle, the base of instance IRIs (default " + std::string(ontology::default_base) + ")");
  return check;
}

int run_check(const CheckOptions& o, const std::string& version) {
  using namespace liner::validators;

  const auto format = report::format_from_string(o.format);
  if (!format || !report::writes(report::Command::check, *format)) {
    std::cerr << "liner: error: unknown --format '" << o.format << "'\n";
    return exit_input;
  }
  if (*format == report::Format::html) {
    std::cerr << "liner: error: 'liner check --format " << o.format << "' is not available yet\n";
    return exit_input;
  }

  const std::string base = o.base.empty() ? std::string(ontology::default_base) : o.base;
  if (auto p = ontology::base_problem(base)) {
    std::cerr << "liner: error: --base \"" << ontology::printable(base) << "\": " << *p << "\n";
    return exit_input;
  }

  Config config;
  std::string config_path = o.config;
  if (config_path.empty() && std::filesystem::is_regular_file(".liner.toml")) config_path = ".liner.toml";
  if (!config_path.empty()) {
    auto loaded = load_config(config_path);
    if (!loaded) {
      print_error(loaded.error());
      return exit_input;
    }
    config = std::move(*loaded);
  }
  const FailOn fail_on = o.fail_on.empty() ? config.fail_on.value_or(FailOn::error) : *fail_on_from_string(o.fail_on);

  Baseline baseline;
  if (!o.baseline.empty()) {
    auto loaded = load_baseline(o.baseline);
    if (!loaded) {
      print_error(loaded.error());
      return exit_input;
    }
    baseline = std::move(*loaded);
  }

  auto loaded = load_and_extract(o.inputs, o.input);
  auto& results = loaded.results;
  // Findings are sorted by source first (DESIGN.md), whatever the order of the inputs.
  std::stable_sort(results.begin(), results.end(),
                   [](const auto& a, const auto& b) { return a.document->uri < b.document->uri; });
  for (auto& r : results) r.findings = run_rules(*r.document, r.article, r.claims, config);

  if (!o.write_baseline.empty() && emit(o.write_baseline, render_baseline(results)) != exit_ok) return exit_input;
  if (!o.baseline.empty()) apply_baseline(baseline, results);

  report::FindingsOptions options;
  options.version = version;
  options.config = &config;
  options.claims = o.claims;
  options.color = (o.output.empty() || o.output == "-") && isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
  options.base = base;
  auto content = report::render_findings(*format, results, options);
  if (!content) {
    std::cerr << "liner: error: " << content.error().message << "\n";
    return exit_input;
  }
  if (emit(o.output, *content) != exit_ok || loaded.failed) return exit_input;
  for (const auto& r : results)
    for (const auto& f : r.findings)
      if (reaches(f.severity, fail_on)) return exit_findings;
  return exit_ok;
}

}  // namespace liner::cli
