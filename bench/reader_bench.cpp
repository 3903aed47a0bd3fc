// Benchmarks of the ingest stage on the seed article: the flat reader alone,
// the sentence splitter alone, and loading plus reading as the CLI does.

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

#include "ingest/reader.h"
#include "ingest/source.h"
#include "seed.h"

namespace {

using namespace liner;



void BM_read_flat_seed(benchmark::State& state) {
  const ingest::Document& doc = bench::seed();
  ingest::ReaderContext ctx;
  for (auto _ : state) {
    auto article = ingest::read_flat(doc, ctx);
    if (!article) state.SkipWithError(article.error().to_string().c_str());
    benchmark::DoNotOptimize(article);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(doc.text.size()));
}
BENCHMARK(BM_read_flat_seed);

void BM_sentence_split_seed(benchmark::State& state) {
  const ingest::Document& doc = bench::seed();
  ingest::ReaderContext ctx;
  auto article = ingest::read_flat(doc, ctx);
  if (!article) {
    state.SkipWithError(article.error().to_string().c_str());
    return;
  }
  std::int64_t bytes = 0;
  for (const auto& p : article->paragraphs) bytes += static_cast<std::int64_t>(p.span.end - p.span.start);
  const std::string_view text = doc.text;
  for (auto _ : state) {
    for (const auto& p : article->paragraphs) {
      auto sentences = ctx.splitter.split(text.substr(p.span.start, p.span.end - p.span.start));
      benchmark::DoNotOptimize(sentences);
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * bytes);
}
BENCHMARK(BM_sentence_split_seed);

void BM_load_and_read(benchmark::State& state) {
  ingest::ReaderContext ctx;
  std::istringstream no_stdin;
  std::int64_t bytes = 0;
  for (auto _ : state) {
    auto doc = ingest::load_document(LINER_SEED_PATH, ingest::Format::automatic, no_stdin);
    if (!doc) {
      state.SkipWithError(doc.error().to_string().c_str());
      break;
    }
    auto article = ingest::read_article(*doc, ctx);
    if (!article) {
      state.SkipWithError(article.error().to_string().c_str());
      break;
    }
    bytes += static_cast<std::int64_t>(doc->text.size());
    benchmark::DoNotOptimize(article);
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_load_and_read);

}  // namespace

BENCHMARK_MAIN();
