#include "cli/pipeline.h"

#include <unistd.h>

#include <iostream>
#include <spdlog/spdlog.h>

#include "ingest/extractor.h"
#include "ingest/source.h"

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

}  // namespace

Loaded load_and_extract(const std::vector<std::string>& inputs, ingest::Format from) {
  Loaded out;
  auto expanded = ingest::expand_inputs(inputs);
  if (!expanded) {
    print_error(expanded.error());
    out.failed = true;
    return out;
  }
  ingest::ReaderContext ctx;
  const ingest::ExtractorContext extractor;
  const bool progress = isatty(STDERR_FILENO) && expanded->size() > 1;
  std::size_t n = 0;
  for (const auto& path : *expanded) {
    ++n;
    if (progress) std::cerr << "\r[" << n << "/" << expanded->size() << "] " << path << "\033[K" << std::flush;
    auto doc = ingest::load_document(path, from, std::cin);
    if (!doc) {
      if (progress) std::cerr << "\r\033[K";
      print_error(doc.error());
      out.failed = true;
      continue;
    }
    out.documents.push_back(std::move(*doc));
    auto article = ingest::read_article(out.documents.back(), ctx);
    if (!article) {
      if (progress) std::cerr << "\r\033[K";
      print_error(article.error());
      out.failed = true;
      out.documents.pop_back();
      continue;
    }
    spdlog::debug("{}: {} sections, {} sentences", path, article->sections.size(), article->sentences.size());
    print_diagnostics(out.documents.back(), *article);
    auto claims = ingest::extract_claims(out.documents.back(), *article, extractor);
    spdlog::debug("{}: {} claims", path, claims.size());
    out.results.push_back({&out.documents.back(), std::move(*article), std::move(claims), {}});
  }
  if (progress) std::cerr << "\r\033[K" << std::flush;
  return out;
}

}  // namespace liner::cli
