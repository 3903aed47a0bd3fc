// liner's command line: arguments -> options -> pipeline -> report -> exit code.
// Only cli/ knows CLI11 (main.cpp and one file per command); library code never prints or exits.

#include <unicode/uversion.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <sstream>
#include <string>

#include "cli/check_command.h"
#include "cli/export_command.h"
#include "cli/extract_command.h"
#include "cli/pipeline.h"
#include "cli/rules_command.h"
#include "ontology/vocabulary.h"

namespace {

using namespace liner;

using cli::exit_input;

std::string version_text() {
  std::ostringstream s;
  s << "liner " << LINER_VERSION << " (raptor2 " << ontology::raptor_version() << ", ICU " << U_ICU_VERSION << ")";
  return s.str();
}

// CLI11 says "A subcommand is required" for `liner --bogus` and `liner frobnicate`;
// name the word that is wrong instead, and keep messages lowercase.
std::string usage_message(const CLI::App& app, const CLI::ParseError& e, int argc, char** argv) {
  if (argc > 1) {
    const std::string first = argv[1];
    bool known = false;
    for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) known |= sub->get_name() == first;
    if (!first.empty() && first.front() != '-' && !known) return "unknown command '" + first + "'";
    if (first.starts_with("-") && !known && dynamic_cast<const CLI::RequiredError*>(&e) != nullptr)
      return "unknown option '" + first + "'";
  }
  std::string msg = e.what();
  if (!msg.empty() && msg.front() >= 'A' && msg.front() <= 'Z') msg.front() = static_cast<char>(msg.front() - 'A' + 'a');
  return msg;
}

int run(int argc, char** argv) {
  CLI::App app{"liner reads biographies of people in music, turns each statement into a claim that keeps\n"
               "its citations, exports the claims as RDF and flags internal contradictions.",
               "liner"};
  app.set_version_flag("--version", version_text());
  app.require_subcommand(1);
  app.fallthrough();
  std::string log_level = "warn";
  app.add_option("--log-level", log_level, "Diagnostics on stderr: trace, debug, info, warn, error, off")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "off"}))
      ->capture_default_str();
  app.footer("Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage, input or I/O error.\n"
             "Run 'liner COMMAND --help' for a command's options.");

  cli::ExtractOptions extract_options;
  auto* extract = cli::add_extract_command(app, extract_options);
  cli::CheckOptions check_options;
  auto* check = cli::add_check_command(app, check_options);
  cli::ExportOptions export_options;
  auto* exp = cli::add_export_command(app, export_options);
  cli::RulesOptions rules_options;
  auto* rules = cli::add_rules_command(app, rules_options);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    std::cerr << "liner: error: " << usage_message(app, e, argc, argv) << "\nRun 'liner --help' for usage.\n";
    return exit_input;
  }

  auto logger = spdlog::stderr_color_st("liner");
  spdlog::set_default_logger(logger);
  spdlog::set_pattern("liner: %l: %v");
  spdlog::set_level(spdlog::level::from_str(log_level));

  if (extract->parsed()) return cli::run_extract(extract_options, LINER_VERSION);
  if (check->parsed()) return cli::run_check(check_options, LINER_VERSION);
  if (exp->parsed()) return cli::run_export(export_options);
  if (rules->parsed()) return cli::run_rules(rules_options);
  return exit_input;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "liner: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "liner: internal error\n";
  }
  return exit_input;
}
