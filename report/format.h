#pragma once
// The output formats by name: one table that `liner check --format`,
// `liner extract --format` and `liner export --to` read, both for the names
// they accept and to turn the chosen name into a Format once.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ontology/rdf.h"

namespace liner::report {

/// An output syntax. What it holds depends on the command: `text` is the
/// findings report for `check` and the outline for `extract`; `turtle` is the
/// SHACL validation report for `check` and the claims for `export`.
enum class Format { text, json, sarif, junit, turtle, ntriples, nquads, html };

/// The commands that write one of the formats.
enum class Command { check, extract, export_ };

/// The name of a format: `text`, `json`, `sarif`, `junit`, `turtle`,
/// `ntriples`, `nquads`, `html`.
std::string_view to_string(Format format);

/// Parses a format name; nullopt when unknown.
std::optional<Format> format_from_string(std::string_view name);

/// Whether the command writes the format.
bool writes(Command command, Format format);

/// The names the command accepts, `first` (its default) first, then the
/// others in table order: the choices its option lists in `--help`.
std::vector<std::string> format_names(Command command, std::optional<Format> first = std::nullopt);

/// The Raptor syntax of an RDF format (turtle, ntriples, nquads); nullopt for
/// the others.
std::optional<ontology::Syntax> rdf_syntax(Format format);

}  // namespace liner::report
