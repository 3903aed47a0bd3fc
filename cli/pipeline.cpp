#include "cli/pipeline.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <spdlog/spdlog.h>

#include "ingest/extractor.h"
#include "ingest/source.h"
#include "ingest/sources/stream.h"

namespace liner::cli {

void print_error(const ingest::Error& e) { std::cerr << e.to_string() << "\n"; }

int emit(const std::string& output, const std::string& content) {
  if (output.empty() || output == "-") {
    std::cout << content << std::flush;
    return std::cout ? exit_ok : exit_input;
  }
  if (auto r = ingest::write_file_atomically(output, content); !r) {
    print_error(r.error());
    return exit_input;
  }
  return exit_ok;
}

std::vector<std::string> input_format_names() {
  return {"auto", "flat", "markdown", "wikitext", "mediawiki-xml", "ndjson"};
}

namespace {

void print_diagnostics(const ingest::Document& doc, const ingest::Article& a) {
  for (const auto& d : a.diagnostics)
    std::cerr << doc.uri << ":" << d.span.line << ":" << d.span.column << ": warning: " << d.message << "\n";
}

// Reads one document and extracts its claims into `out`; false when it
// could not be read (reported).
bool read_one(ingest::Document doc, Loaded& out, ingest::ReaderContext& ctx, const ingest::ExtractorContext& extractor) {
  out.documents.push_back(std::move(doc));
  auto article = ingest::read_article(out.documents.back(), ctx);
  if (!article) {
    print_error(article.error());
    out.documents.pop_back();
    return false;
  }
  const std::string& name = out.documents.back().uri;
  spdlog::debug("{}: {} sections, {} sentences", name, article->sections.size(), article->sentences.size());
  print_diagnostics(out.documents.back(), *article);
  auto claims = ingest::extract_claims(out.documents.back(), *article, extractor);
  spdlog::debug("{}: {} claims", name, claims.size());
  out.results.push_back({&out.documents.back(), std::move(*article), std::move(claims), {}});
  return true;
}

void report_skipped(const std::string& path, const ingest::sources::Skipped& s) {
  if (s.redirects + s.namespaces + s.not_wikitext > 0)
    spdlog::info("{}: skipped {} redirects, {} pages of other namespaces, {} pages without wikitext", path, s.redirects,
                 s.namespaces, s.not_wikitext);
}

}  // namespace

void add_input_options(CLI::App& command, InputOptions& o) {
  command.add_option("--from", o.from, "Input format; auto sniffs it from the name and content")
      ->check(CLI::IsMember(input_format_names()))
      ->capture_default_str();
  command.add_option("--namespace", o.namespaces, "Dump pages of these namespaces only (repeat it; default 0, articles)")
      ->check(CLI::Range(0, 99999))
      ->capture_default_str();
}

Loaded load_and_extract(const std::vector<std::string>& inputs, const InputOptions& options) {
  const ingest::Format from = *ingest::format_from_string(options.from);
  ingest::sources::StreamOptions stream_options;
  stream_options.namespaces = {options.namespaces.begin(), options.namespaces.end()};
  Loaded out;
  auto expanded = ingest::expand_inputs(inputs);
  if (!expanded) {
    print_error(expanded.error());
    out.failed = true;
    return out;
  }
  ingest::ReaderContext ctx;
  const ingest::ExtractorContext extractor;
  const bool tty = isatty(STDERR_FILENO);
  const auto clear = [&] {
    if (tty) std::cerr << "\r\033[K";
  };
  std::size_t n = 0;
  for (const auto& path : *expanded) {
    ++n;
    auto stream = ingest::sources::open_stream(path, from, std::cin, stream_options);
    if (!stream) {
      clear();
      print_error(stream.error());
      out.failed = true;
      continue;
    }
    std::size_t docs = 0;
    while (auto doc = (*stream)->next()) {
      ++docs;
      // Progress on a terminal: which input, and how far into a stream of documents.
      if (tty && (expanded->size() > 1 || docs > 1)) {
        std::cerr << "\r[" << n << "/" << expanded->size() << "] " << path;
        if (docs > 1) std::cerr << ": " << docs << " documents";
        std::cerr << "\033[K" << std::flush;
      }
      if (!*doc) {
        clear();
        print_error(doc->error());
        out.failed = true;
        continue;
      }
      if (!read_one(std::move(doc->value()), out, ctx, extractor)) {
        clear();
        out.failed = true;
      }
    }
    report_skipped(path, (*stream)->skipped());
  }
  if (tty && (expanded->size() > 1 || out.documents.size() > 1)) std::cerr << "\r\033[K" << std::flush;
  return out;
}

}  // namespace liner::cli
