// Benchmarks of claim extraction (issue: under 0.5 ms for one 15 KB article,
// time linear in article size): the seed alone and with reading, one real
// 15 KB wikitext page, and flat articles of 1 MB and 4 MB built from the seed.

#include <benchmark/benchmark.h>

#include <ctime>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include "ingest/extractor.h"
#include "ingest/reader.h"
#include "ingest/source.h"
#include "articles.h"
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

// Extraction alone (the article read once, outside the loop), with the
// article's size, sentences and claims as counters.
void extract_loop(benchmark::State& state, const ingest::Document& doc, const ingest::Article& article) {
  const ingest::ExtractorContext ctx;
  std::size_t claims = 0;
  for (auto _ : state) {
    auto out = ingest::extract_claims(doc, article, ctx);
    claims = out.size();
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(doc.text.size()));
  state.counters["bytes"] = static_cast<double>(doc.text.size());
  state.counters["sentences"] = static_cast<double>(article.sentences.size());
  state.counters["claims"] = static_cast<double>(claims);
}

ingest::Article read_or_skip(benchmark::State& state, const ingest::Document& doc) {
  ingest::ReaderContext reader;
  auto article = ingest::read_article(doc, reader);
  if (!article) {
    state.SkipWithError(article.error().to_string().c_str());
    return {};
  }
  return std::move(*article);
}

void BM_extract_claims_wikitext_15kb(benchmark::State& state) {
  const ingest::Document& doc = bench::wikitext_15kb();
  const ingest::Article article = read_or_skip(state, doc);
  if (state.error_occurred()) return;
  extract_loop(state, doc, article);
}
BENCHMARK(BM_extract_claims_wikitext_15kb)->Unit(benchmark::kMicrosecond);

// The long articles: copies of the seed's body, as many as make `kib` KiB
// (a multiple of 256).
// Each reports `ratio_to_quarter`, its CPU time per extraction over that of
// the same kind of article a quarter its size measured earlier in this
// process (4 MB over 1 MB: the acceptance check "ratio <= 4.5"; linear is 4).
// CPU time, not wall time: on a shared machine the wall clock also counts
// other processes' turns.
//
// The plain articles repeat the seed's text, so after the first copy no new
// work title appears. The distinct-titles ones give every copy its own titles
// ("Drama y Luz IV"), as a long real article has: they show the cost that
// grows with the number of known works. They stop at 1 MB because the 4 MB
// one takes over a minute an iteration (see the issue note).
std::map<std::pair<bool, int>, double> seconds_by_article;

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}  // (distinct_titles, KiB) -> seconds

void long_article(benchmark::State& state, int kib, bool distinct_titles) {
  // Whole multiples of the copies in 256 KiB, so that sizes are exactly 4 times apart.
  const int copies = kib / 256 * bench::copies_for(std::size_t{256} << 10);
  const ingest::Document doc = bench::synthetic_article(copies, distinct_titles);
  const ingest::Article article = read_or_skip(state, doc);
  if (state.error_occurred()) return;
  const double start = thread_cpu_seconds();
  extract_loop(state, doc, article);
  const double seconds = (thread_cpu_seconds() - start) / static_cast<double>(state.iterations());
  seconds_by_article[{distinct_titles, kib}] = seconds;
  if (const auto it = seconds_by_article.find({distinct_titles, kib / 4}); kib % 4 == 0 && it != seconds_by_article.end())
    state.counters["ratio_to_quarter"] = seconds / it->second;
}

void BM_extract_claims_1mb(benchmark::State& state) { long_article(state, 1024, false); }
void BM_extract_claims_4mb(benchmark::State& state) { long_article(state, 4096, false); }
void BM_extract_claims_256kb_distinct_titles(benchmark::State& state) { long_article(state, 256, true); }
void BM_extract_claims_1mb_distinct_titles(benchmark::State& state) { long_article(state, 1024, true); }
BENCHMARK(BM_extract_claims_1mb)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_extract_claims_4mb)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_extract_claims_256kb_distinct_titles)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_extract_claims_1mb_distinct_titles)->Unit(benchmark::kMillisecond);

}  // namespace
