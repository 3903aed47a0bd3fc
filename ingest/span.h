#pragma once
// Source positions shared by every stage of the pipeline.

#include <cstddef>
#include <string_view>
#include <vector>

namespace liner::ingest {

/// A range of the original document text: UTF-8 byte offsets (start inclusive,
/// end exclusive) plus the 1-based line and column of `start`. Columns count
/// Unicode code points; a byte order mark at the start of the text is not counted.
struct SourceSpan {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t line = 1;
  std::size_t column = 1;
  bool operator==(const SourceSpan&) const = default;
};

/// Maps byte offsets of one text to line and column. The text must outlive the
/// index; an index is not to be shared between threads.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  /// The span [start, end) with the line and column of `start`.
  [[nodiscard]] SourceSpan span(std::size_t start, std::size_t end) const;
  /// 1-based line of a byte offset (offsets past the end give the last line).
  [[nodiscard]] std::size_t line(std::size_t offset) const;
  /// 1-based column, in code points, of a byte offset.
  [[nodiscard]] std::size_t column(std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  std::size_t bom_ = 0;
  // The last column computed: spans come mostly in text order, so counting on
  // from it keeps a long line linear rather than quadratic. One index per thread.
  mutable std::size_t cached_offset_ = 0;
  mutable std::size_t cached_column_ = 1;
  mutable std::size_t cached_line_ = 0;
};

}  // namespace liner::ingest
