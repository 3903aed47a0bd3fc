#pragma once
// The structure a reader recovers from a document. Every element keeps its span.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "ingest/document.h"
#include "ingest/span.h"

namespace liner::ingest {

/// Index of no element (no section, no parent).
inline constexpr int none = -1;

/// A heading and the section it opens. Level 2 is a top-level section (the
/// title is level 1); `parent` indexes Article::sections or is `none`.
struct Section {
  std::string heading;
  SourceSpan span;
  int level = 2;
  int parent = none;
  bool operator==(const Section&) const = default;
};

/// A citation marker such as `[5]` or `[^note]`; `label` is the text inside.
struct CitationMarker {
  std::string label;
  SourceSpan span;
  bool operator==(const CitationMarker&) const = default;
};

/// A hyperlink `[anchor](target)`. The anchor text stays in the sentence.
struct Link {
  std::string anchor;
  std::string target;
  SourceSpan span;         ///< the whole link markup
  SourceSpan anchor_span;
  SourceSpan target_span;
  bool operator==(const Link&) const = default;
};

/// A run of prose: one line of a flat article, one paragraph of markdown.
struct Paragraph {
  SourceSpan span;
  int section = none;
  bool operator==(const Paragraph&) const = default;
};

/// One sentence. `text` is the readable text: citation markers removed, links
/// replaced by their anchor. `span` covers the sentence in the source (without
/// the markers that close it); `offsets[i]` is the source byte offset of
/// `text[i]` (one more entry for the end), so any part of `text` maps back.
struct Sentence {
  std::string text;
  SourceSpan span;
  int section = none;
  int paragraph = none;
  std::vector<std::string> citations;  ///< labels in order, duplicates removed
  std::vector<int> markers;            ///< indexes into Article::markers
  std::vector<std::uint32_t> offsets;
  /// Byte ranges [begin, end) of `text` set in italics in the source (wikitext
  /// `''...''` or `<i>`), the way titles of albums, films and songs are marked.
  /// Empty for formats that do not mark italics.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> italics;
  bool operator==(const Sentence&) const = default;
};

/// A table cell: readable text (markers removed) and its span.
struct Cell {
  std::string text;
  SourceSpan span;
  std::vector<std::string> citations;
  bool operator==(const Cell&) const = default;
};

/// A pipe table: header cells and data rows (the separator row is not a row).
struct Table {
  SourceSpan span;
  int section = none;
  std::vector<Cell> header;
  std::vector<std::vector<Cell>> rows;
  bool operator==(const Table&) const = default;
};

/// An entry of the reference list (`[3] Title. URL`).
struct Reference {
  std::string label;
  std::string text;
  std::string url;  ///< first http(s) URL in the entry, or empty
  SourceSpan span;
  bool operator==(const Reference&) const = default;
};

/// A non-fatal problem found while reading (a ragged table row, say).
struct Diagnostic {
  SourceSpan span;
  std::string message;
  bool operator==(const Diagnostic&) const = default;
};

/// A document's structure.
struct Article {
  std::string title;
  SourceSpan title_span;  ///< empty (start == end) when the title is not in the text
  Format format = Format::automatic;
  std::vector<Section> sections;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<CitationMarker> markers;
  std::vector<Link> links;
  std::vector<Table> tables;
  std::vector<Reference> references;
  std::vector<Diagnostic> diagnostics;
};

}  // namespace liner::ingest
