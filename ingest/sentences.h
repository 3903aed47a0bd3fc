#pragma once
// Sentence boundaries: ICU's sentence rules plus the cases ICU gets wrong in
// biographies (initials, titles with an ellipsis or `!`, abbreviations).

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace liner::ingest {

/// Splits prose into sentences. Holds an ICU break iterator: one splitter per
/// thread. Construction throws std::runtime_error only when ICU lacks its data.
class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  /// Byte ranges [begin, end) of the sentences of `text`, trimmed of white
  /// space; white space alone gives none.
  std::vector<std::pair<std::size_t, std::size_t>> split(std::string_view text);

 private:
  [[nodiscard]] bool keep_together(std::string_view before, std::string_view after) const;

  std::unique_ptr<icu::BreakIterator> iterator_;
  std::unordered_set<std::string_view> title_abbreviations_;
  std::unordered_set<std::string_view> abbreviations_;
  std::unordered_set<std::string_view> starters_;
};

}  // namespace liner::ingest
