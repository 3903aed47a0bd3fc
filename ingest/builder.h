#pragma once
// Builds an Article from source ranges; the readers decide what each range is.

#include <string_view>

#include "ingest/article.h"
#include "ingest/document.h"
#include "ingest/sentences.h"
#include "ingest/span.h"

namespace liner::ingest {

/// Appends sections, paragraphs (split into sentences), tables and references
/// to an Article, keeping every span exact.
class ArticleBuilder {
 public:
  ArticleBuilder(const Document& doc, SentenceSplitter& splitter);

  [[nodiscard]] const LineIndex& lines() const { return lines_; }
  [[nodiscard]] std::string_view text() const { return text_; }
  Article& article() { return article_; }

  void set_title(std::size_t begin, std::size_t end);
  /// Leave markdown emphasis markers (`*`, `_`) out of readable text from now on.
  void read_emphasis(bool on) { emphasis_ = on; }
  /// Opens a section; content added after it belongs to it. Returns its index.
  int add_heading(std::size_t begin, std::size_t end, int level);
  /// Adds prose [begin, end): markers, links and sentences.
  void add_paragraph(std::size_t begin, std::size_t end);
  /// Adds a table row [begin, end) written as `| a | b |`: the first row of a
  /// new table is its header; a separator row (`|---|`) is skipped.
  void add_table_row(std::size_t begin, std::size_t end, bool new_table);
  /// Adds a reference entry [begin, end) whose text starts at `text_begin`.
  void add_reference(std::string label, std::size_t begin, std::size_t text_begin, std::size_t end);
  void add_diagnostic(std::size_t begin, std::size_t end, std::string message);

  /// The article, with parents set from the section levels.
  Article finish() &&;

 private:
  std::string_view text_;
  LineIndex lines_;
  SentenceSplitter& splitter_;
  Article article_;
  int section_ = none;
  bool emphasis_ = false;
};

}  // namespace liner::ingest
