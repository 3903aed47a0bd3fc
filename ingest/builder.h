#pragma once
// Builds an Article from source ranges; the readers decide what each range is.

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/article.h"
#include "ingest/document.h"
#include "ingest/inline.h"
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
  /// Byte ranges [begin, end) of a readable text.
  using ByteRanges = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
  /// Adds prose [begin, end) whose readable text the reader has scanned itself
  /// (wikitext): `in` holds the text, its map back, the markers and the links;
  /// `italics` are ranges of `in.text`, clipped onto each sentence. The text is
  /// split into sentences, or kept whole when `split` is false (an infobox
  /// field). A sentence's span runs from the source of its first byte to just
  /// past the source of its last; the reader may widen it over its own markup.
  /// Blank text adds no paragraph (its links are kept, its markers reported).
  /// Returns the index of the first sentence added.
  std::size_t add_scanned_paragraph(std::size_t begin, std::size_t end, InlineText in, const ByteRanges& italics,
                                    bool split = true);
  /// The section that content added now belongs to, or `none` before the first heading.
  [[nodiscard]] int section() const { return section_; }
  /// Adds a table row [begin, end) written as `| a | b |`: the first row of a
  /// new table is its header; a separator row (`|---|`) is skipped.
  void add_table_row(std::size_t begin, std::size_t end, bool new_table);
  /// Adds a reference entry [begin, end) whose text starts at `text_begin`.
  void add_reference(std::string label, std::size_t begin, std::size_t text_begin, std::size_t end);
  void add_diagnostic(std::size_t begin, std::size_t end, std::string message);

  /// The article, with parents set from the section levels.
  Article finish() &&;

 private:
  void add_sentences(std::size_t begin, std::size_t end, InlineText in, const ByteRanges& italics, bool split,
                     bool widen_to_links);

  std::string_view text_;
  LineIndex lines_;
  SentenceSplitter& splitter_;
  Article article_;
  int section_ = none;
  bool emphasis_ = false;
};

}  // namespace liner::ingest
