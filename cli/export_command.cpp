#include "cli/export_command.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <map>

#include "cli/pipeline.h"
#include "ingest/lexicon.h"
#include "ontology/iri.h"
#include "ontology/mapper.h"
#include "ontology/rdf.h"
#include "report/format.h"

namespace liner::cli {

CLI::App* add_export_command(CLI::App& app, ExportOptions& o) {
  auto* exp = app.add_subcommand("export", "Export the claims as RDF: Turtle, N-Triples or N-Quads");
  exp->add_option("inputs", o.inputs, "Article files, directories (searched recursively), or - for stdin")->required();
  exp->add_option("--to", o.to, "RDF syntax: turtle, ntriples or nquads (one named graph per document)")
      ->required()
      ->check(CLI::IsMember(report::format_names(report::Command::export_)));
  add_input_options(*exp, o.input);
  exp->add_option("-o,--output", o.output,
                  "Write to FILE (atomically) instead of stdout; to an existing DIR, one file per document");
  exp->add_option("--base", o.base, "Base of instance IRIs (default " + std::string(ontology::default_base) + ")");
  return exp;
}

namespace {

void print_failure(const std::string& where, const std::string& message) {
  std::cerr << where << ": error: " << message << "\n";
}

// The file a document goes to in an output directory: the last segment of its IRI.
std::string file_name(const std::string& doc_iri, ontology::Syntax syntax) {
  return doc_iri.substr(doc_iri.rfind('/') + 1) + "." + std::string(ontology::file_extension(syntax));
}

}  // namespace

int run_export(const ExportOptions& o) {
  const auto format = report::format_from_string(o.to);
  const auto syntax = format && report::writes(report::Command::export_, *format) ? report::rdf_syntax(*format)
                                                                                   : std::nullopt;
  if (!syntax) {
    print_failure("liner", "unknown RDF syntax '" + o.to + "'");
    return exit_input;
  }
  ontology::MapOptions options;
  if (!o.base.empty()) options.base = o.base;
  if (auto p = ontology::base_problem(options.base)) {
    print_failure("liner", "--base \"" + ontology::printable(options.base) + "\": " + *p);
    return exit_input;
  }
  const bool to_dir = !o.output.empty() && o.output != "-" && std::filesystem::is_directory(o.output);

  auto loaded = load_and_extract(o.inputs, o.input);
  bool failed = loaded.failed;
  {
    const ingest::Lexicon lexicon;
    options.award_bodies = ontology::award_bodies(lexicon);
  }
  ontology::Rdf rdf;

  std::vector<ontology::Graph> graphs;
  std::map<std::string, std::string> files;  // file name -> document, to refuse two documents in one file
  for (const auto& r : loaded.results) {
    auto graph = ontology::map_document(*r.document, r.article, r.claims, options);
    if (to_dir) {
      const std::string name = file_name(graph.name, *syntax);
      if (auto [it, fresh] = files.emplace(name, r.document->uri); !fresh) {
        print_failure(r.document->uri, "same output file " + name + " as " + it->second);
        failed = true;
        continue;
      }
      auto text = rdf.write({graph}, *syntax);
      if (!text) {
        print_failure(r.document->uri, text.error().message);
        failed = true;
        continue;
      }
      if (emit((std::filesystem::path(o.output) / name).string(), *text) != exit_ok) failed = true;
      continue;
    }
    graphs.push_back(std::move(graph));
  }
  if (to_dir) return failed ? exit_input : exit_ok;

  std::string content;
  if (*syntax == ontology::Syntax::turtle) {
    // Turtle has no graphs: one merged, sorted graph.
    ontology::Graph all;
    for (auto& g : graphs) all.triples.insert(all.triples.end(), g.triples.begin(), g.triples.end());
    all.normalize();
    auto text = rdf.write({all}, *syntax);
    if (!text) {
      print_failure("liner", text.error().message);
      return exit_input;
    }
    content = std::move(*text);
  } else {
    for (std::size_t i = 0; i < graphs.size(); ++i) {
      auto text = rdf.write({graphs[i]}, *syntax);
      if (!text) {
        print_failure(loaded.results[i].document->uri, text.error().message);
        failed = true;
        continue;
      }
      content += *text;
    }
  }
  if (emit(o.output, content) != exit_ok) failed = true;
  return failed ? exit_input : exit_ok;
}

}  // namespace liner::cli
