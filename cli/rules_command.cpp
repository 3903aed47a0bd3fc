#include "cli/rules_command.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/pipeline.h"
#include "validators/docs.h"
#include "validators/rule.h"

namespace liner::cli {

CLI::App* add_rules_command(CLI::App& app, RulesOptions& o) {
  auto* rules = app.add_subcommand("rules", "List the rules, explain one, or print their documentation as Markdown");
  auto* explain = rules->add_option("--explain", o.explain, "Print one rule's documentation (ID or name, e.g. LN101)");
  rules->add_flag("--markdown", o.markdown, "Print docs/rules.md")->excludes(explain);
  return rules;
}

int run_rules(const RulesOptions& o) {
  if (o.markdown) {
    std::cout << validators::rules_markdown();
    return exit_ok;
  }
  if (o.explain.empty()) {
    std::cout << validators::rules_list();
    return exit_ok;
  }
  for (const auto& r : validators::registry())
    if (r.info.id == o.explain || r.info.name == o.explain) {
      std::cout << validators::rule_page(r.info);
      return exit_ok;
    }
  std::cerr << "liner: error: unknown rule '" << o.explain << "'\nRun 'liner rules' for the list.\n";
  return exit_input;
}

}  // namespace liner::cli
