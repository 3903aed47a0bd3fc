// Benchmarks of claim extraction on the seed article (issue: under 0.5 ms for
// one 15 KB article), alone and with reading.

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <sstream>

#include "ingest/extractor.h"
#include "ingest/reader.h"
#include "ingest/source.h"
#include "seed.h"

namespace {

using namespace liner;


void BM_extract_claims_seed(benchmark::State& state) {
  const ingest::Document& doc = bench::seed();
  ingest::ReaderContext reader;
  const auto article = ingest::read_article(doc, reader);
  const ingest::ExtractorContext ctx;
  for (auto _ : state) {
    auto claims = ingest::extract_claims(doc, *article, ctx);
    benchmark::DoNotOptimize(claims);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(doc.text.size()));
}
BENCHMARK(BM_extract_claims_seed)->Unit(benchmark::kMicrosecond);

void BM_read_and_extract_seed(benchmark::State& state) {
  const ingest::Document& doc = bench::seed();
  ingest::ReaderContext reader;
  const ingest::ExtractorContext ctx;
  for (auto _ : state) {
    auto article = ingest::read_article(doc, reader);
    auto claims = ingest::extract_claims(doc, *article, ctx);
    benchmark::DoNotOptimize(claims);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(doc.text.size()));
}
BENCHMARK(BM_read_and_extract_seed)->Unit(benchmark::kMicrosecond);

}  // namespace
