#include "report/format.h"

namespace liner::report {
namespace {

struct FormatInfo {
  Format format;
  std::string_view name;
  bool check;    // liner check --format
  bool extract;  // liner extract --format
  bool export_;  // liner export --to
};

// The one table of output formats. html is listed for `check` so that asking
// for it gets "not available yet" rather than "not a choice".
constexpr FormatInfo formats[] = {
    {Format::text, "text", true, true, false},
    {Format::json, "json", true, true, false},
    {Format::sarif, "sarif", true, false, false},
    {Format::junit, "junit", true, false, false},
    {Format::turtle, "turtle", true, false, true},
    {Format::ntriples, "ntriples", false, false, true},
    {Format::nquads, "nquads", false, false, true},
    {Format::html, "html", true, false, false},
};

const FormatInfo& info(Format format) {
  for (const auto& f : formats)
    if (f.format == format) return f;
  return formats[0];
}

}  // namespace

std::string_view to_string(Format format) { return info(format).name; }

std::optional<Format> format_from_string(std::string_view name) {
  for (const auto& f : formats)
    if (f.name == name) return f.format;
  return std::nullopt;
}

bool writes(Command command, Format format) {
  const auto& f = info(format);
  switch (command) {
    case Command::check: return f.check;
    case Command::extract: return f.extract;
    case Command::export_: return f.export_;
  }
  return false;
}

std::vector<std::string> format_names(Command command, std::optional<Format> first) {
  std::vector<std::string> names;
  if (first && writes(command, *first)) names.emplace_back(to_string(*first));
  for (const auto& f : formats)
    if (writes(command, f.format) && f.format != first) names.emplace_back(f.name);
  return names;
}

std::optional<ontology::Syntax> rdf_syntax(Format format) {
  switch (format) {
    case Format::turtle: return ontology::Syntax::turtle;
    case Format::ntriples: return ontology::Syntax::ntriples;
    case Format::nquads: return ontology::Syntax::nquads;
    default: return std::nullopt;
  }
}

}  // namespace liner::report
