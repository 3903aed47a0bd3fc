#include "validators/config.h"

#include <fstream>
#include <sstream>
#include <toml++/toml.h>

namespace liner::validators {

namespace {

ingest::Error located(const std::string& path, const toml::source_region& where, std::string message) {
  ingest::SourceSpan span;
  span.line = where.begin.line;
  span.column = where.begin.column;
  return {ingest::ErrorCode::syntax, path, span, std::move(message)};
}

bool has_option(const RuleInfo& info, std::string_view name) {
  for (const auto& o : info.options)
    if (o.name == name) return true;
  return false;
}

}  // namespace

std::optional<FailOn> fail_on_from_string(std::string_view name) {
  if (name == "info") return FailOn::info;
  if (name == "warning") return FailOn::warning;
  if (name == "error") return FailOn::error;
  if (name == "none") return FailOn::none;
  return std::nullopt;
}

bool reaches(Severity s, FailOn level) {
  switch (level) {
    case FailOn::none: return false;
    case FailOn::info: return true;
    case FailOn::warning: return s != Severity::info;
    case FailOn::error: return s == Severity::error;
  }
  return false;
}

ingest::Result<Config> parse_config(std::string_view text, const std::string& path) {
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    std::string message(e.description());
    if (!message.empty()) message.front() = static_cast<char>(std::tolower(static_cast<unsigned char>(message.front())));
    return located(path, e.source(), message);
  }
  Config config;
  for (const auto& [k, node] : root) {
    const std::string name(k.str());
    if (name == "fail-on") {
      const auto* s = node.as_string();
      const auto level = s ? fail_on_from_string(s->get()) : std::nullopt;
      if (!level) return located(path, node.source(), "fail-on must be one of error, warning, info, none");
      config.fail_on = level;
    } else if (name == "rules") {
      const auto* rules = node.as_table();
      if (!rules) return located(path, node.source(), "rules must be a table");
      for (const auto& [id_key, rule_node] : *rules) {
        const std::string id(id_key.str());
        const Rule* rule = find_rule(id);
        if (!rule) return located(path, id_key.source(), "unknown rule '" + id + "'");
        const auto* t = rule_node.as_table();
        if (!t) return located(path, rule_node.source(), "rules." + id + " must be a table");
        RuleSettings settings;
        for (const auto& [opt_key, value] : *t) {
          const std::string opt(opt_key.str());
          if (opt == "enabled") {
            const auto* b = value.as_boolean();
            if (!b) return located(path, value.source(), "enabled must be true or false");
            settings.enabled = b->get();
          } else if (opt == "severity") {
            const auto* s = value.as_string();
            const auto sev = s ? severity_from_string(s->get()) : std::nullopt;
            if (!sev) return located(path, value.source(), "severity must be one of error, warning, info");
            settings.severity = sev;
          } else if (has_option(rule->info, opt)) {
            const auto* n = value.as_integer();
            if (!n || n->get() < 0 || n->get() > 1000000)
              return located(path, value.source(), opt + " must be a whole number from 0 to 1000000");
            settings.options[opt] = static_cast<int>(n->get());
          } else {
            return located(path, opt_key.source(), "unknown setting '" + opt + "' for " + id);
          }
        }
        config.rules[id] = std::move(settings);
      }
    } else {
      return located(path, k.source(), "unknown setting '" + name + "'");
    }
  }
  return config;
}

ingest::Result<Config> load_config(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return ingest::Error{ingest::ErrorCode::not_found, path, std::nullopt, "cannot read configuration file"};
  std::ostringstream s;
  s << in.rdbuf();
  return parse_config(s.str(), path);
}

}  // namespace liner::validators
