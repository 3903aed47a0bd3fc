// Benchmarks of the time parser: typical biography sentences, and one long
// sentence full of near-misses that a backtracking engine would struggle with.

#include <benchmark/benchmark.h>

#include <string>
#include <string_view>

#include "ingest/time.h"

namespace {

using liner::ingest::TimeParser;

constexpr std::string_view sentences[] = {
    "He was born on December 31, 1969, in Akron, Ohio, and moved to Los Angeles in the early 1990s.",
    "Between 1993 and 1995 the band toured Europe; two years later they split.",
    "The album sold 1 million copies and won 16 Grammy Awards.",
    "She signed with Columbia around 2000 and released Greatest Hits: 1965\xE2\x80\x93" "1992 the following year.",
    "No date at all appears in this sentence, which is about a guitar.",
};

void BM_time_find_sentences(benchmark::State& state) {
  const TimeParser parser;
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (std::string_view s : sentences) {
      auto found = parser.find(s);
      benchmark::DoNotOptimize(found);
      bytes += s.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_time_find_sentences);

void BM_time_find_near_misses(benchmark::State& state) {
  const TimeParser parser;
  std::string s;
  while (s.size() < static_cast<std::size_t>(state.range(0))) s += "the early 19 mid- from 1 between '9 2000 copies ";
  for (auto _ : state) {
    auto found = parser.find(s);
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(s.size()));
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_time_find_near_misses)->Range(1 << 10, 1 << 18)->Complexity(benchmark::oN);

}  // namespace
