#pragma once
// The wikitext reader's private class, shared by the files of ingest/wikitext/
// that define its members, one file per kind of production:
//   reader.cpp  read(): the line loop and the block productions (heading, list
//               item, source line, link line, line templates), spans, prose
//   inline.cpp  scan() and markup_at(): one function per inline production
//   render.cpp  templates in prose, by Kind
//   refs.cpp    citations: ref definitions, markers, list-defined refs
//   infobox.cpp read_infobox()
//   table.cpp   `{| |}` tables
// Not part of the library's interface: only read_wikitext() (ingest/reader.h) is.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/builder.h"
#include "ingest/inline.h"
#include "ingest/reader.h"
#include "ingest/wikitext/refs.h"
#include "ingest/wikitext/source_index.h"
#include "ingest/wikitext/syntax.h"
#include "ingest/wikitext/template.h"

namespace liner::ingest::wikitext {

using ByteRanges = ArticleBuilder::ByteRanges;

// What a source byte is, for widening sentence spans over their markup:
// `markup` belongs to the readable text beside it (quotes, link brackets and
// targets, template names), `marker` to a citation, `dropped` to nothing.
enum class Role : std::uint8_t { plain, markup, marker, dropped };
using enum Role;

// Readable text being built, with the state of `''` and `'''` on the current line.
struct Out {
  InlineText in;
  ByteRanges italics;
  std::vector<std::string> urls;  // of citation templates and external links, in order
  std::optional<std::size_t> italic_from;
  bool bold = false;
  bool field = false;  // an infobox value: <br> separates items
};

/// Reads one document; read() consumes it.
class WikitextReader {
 public:
  WikitextReader(const Document& doc, ReaderContext& ctx)
      : doc_(doc), text_(doc.text), index_(doc.text), builder_(doc, ctx.splitter), role_(doc.text.size(), plain) {}

  Article read() &&;

 private:
  // ---- reader.cpp: spans, prose, the line loop's block productions
  SourceSpan span(std::size_t b, std::size_t e);
  void mark(std::size_t b, std::size_t e, Role r) {
    std::fill(role_.begin() + static_cast<std::ptrdiff_t>(b), role_.begin() + static_cast<std::ptrdiff_t>(e), r);
  }
  // Hostile input can hold a problem every few bytes: past a limit, one
  // diagnostic says that the rest are left out.
  void diagnostic(std::size_t b, std::size_t e, std::string message) {
    if (++diagnostics_ <= max_diagnostics)
      builder_.add_diagnostic(b, e, std::move(message));
    else if (diagnostics_ == max_diagnostics + 1)
      builder_.add_diagnostic(b, e, "too many problems: the rest are not reported");
  }
  void flush_paragraph();
  void add_prose(std::size_t b, std::size_t e, Out& o, bool split = true);
  int heading_level(std::size_t b, std::size_t e, std::size_t& hb, std::size_t& he) const;
  void read_heading(std::size_t b, std::size_t e, int level, std::size_t hb, std::size_t he);
  std::size_t read_line_templates(std::size_t b, std::size_t e);
  bool read_link_line(std::size_t b, std::size_t e);
  void read_list_item(std::size_t b, std::size_t e);
  void read_source_line(std::size_t b, std::size_t e);
  std::size_t read_references(std::size_t b, std::size_t e);

  // ---- inline.cpp: readable text and the inline productions
  void push(Out& o, char c, std::size_t at);
  void emit_literal(Out& o, std::size_t b, std::size_t e);
  void emit_synthetic(Out& o, std::string_view s, std::size_t at);
  static void end_italics(Out& o);
  static void close_quotes(Out& o);
  void scan(std::size_t b, std::size_t e, Out& o, int depth);
  std::size_t markup_at(std::size_t i, std::size_t e, Out& o, int depth);
  std::size_t scan_template(std::size_t i, std::size_t e, Out& o, int depth);
  std::size_t scan_switch(std::size_t i, std::size_t e);
  std::size_t scan_angle(std::size_t i, std::size_t e, Out& o, int depth);
  std::size_t scan_ref(std::size_t i, std::size_t e, Out& o, int depth);
  std::size_t scan_link(std::size_t i, std::size_t e, Out& o, int depth);
  std::size_t scan_external_link(std::size_t i, std::size_t e, Out& o, int depth);
  std::size_t scan_quotes(std::size_t i, std::size_t e, Out& o);
  std::size_t scan_entity(std::size_t i, std::size_t e, Out& o);
  [[nodiscard]] std::string source(const Arg* a) const {
    return a ? std::string(text_.substr(a->begin, a->end - a->begin)) : std::string();
  }
  void scan_arg(const Arg* a, Out& o, int depth) {
    if (a && a->begin < a->end) scan(a->begin, a->end, o, depth);
  }

  // ---- render.cpp: templates in prose, by Kind
  void render_template(std::size_t b, std::size_t end, Out& o, int depth);
  void render_last(const Template& t, Kind kind, Out& o, int depth);
  void render_list(const Template& t, Out& o, int depth);
  void render_note(const Template& t, std::string_view group_name, Out& o, int depth);
  void render_sfn(const Template& t, Out& o);
  void render_r(const Template& t, Out& o);
  void render_items(std::size_t b, std::size_t e, Out& o, int depth);
  void render_date(const Template& t, Kind kind, Out& o, int depth);
  void render_cite(const Template& t, Out& o, int depth);

  // ---- refs.cpp: citations
  void define_ref(std::size_t index, std::size_t b, std::size_t e, int depth);
  void add_marker(Out& o, std::size_t index, std::size_t b, std::size_t e);
  void collect_refs(std::size_t b, std::size_t e);

  // ---- infobox.cpp
  void read_infobox(const Template& t, int depth);

  // ---- table.cpp
  struct TableExtent {
    std::size_t end;    // past `|}`, or the end of the last row line
    std::size_t after;  // where reading goes on
    bool closed;
  };
  struct SourceCell {
    std::size_t begin, end;
    bool header;
    int rowspan = 1, colspan = 1;
  };
  struct SourceRow {
    std::size_t begin = npos;  // the line of its first cell
    std::vector<SourceCell> cells;
  };
  std::size_t read_table(std::size_t b);
  [[nodiscard]] TableExtent table_extent(std::size_t b) const;
  std::vector<SourceRow> table_rows(std::size_t b, std::size_t end);
  void add_table(std::size_t b, std::size_t end, const std::vector<SourceRow>& rows);

  const Document& doc_;
  std::string_view text_;
  const SourceIndex index_;
  ArticleBuilder builder_;
  std::vector<Role> role_;

  RefTable refs_;
  std::vector<Reference> sources_;  // entries of source sections, after the numbered refs

  std::size_t diagnostics_ = 0;
  std::size_t span_line_ = 0, span_offset_ = 0, span_column_ = 0;
  std::size_t para_begin_ = npos, para_end_ = 0;
  int source_level_ = 0;  // level of the source section we are in, or 0
};

}  // namespace liner::ingest::wikitext
