// The `wikitext` format: MediaWiki source. Headings carry their levels,
// citations are <ref> elements and footnote templates, an infobox becomes
// field lines like those of a flat article, and `{| |}` tables become Tables.
//
// Readable text maps back to the source byte by byte. Text that markup
// produces rather than holds (a date rendered from {{birth date}}, a list
// separator, a decoded entity, an infobox label) maps to the first byte of the
// markup that produced it: `{` of a template, `|` of a template argument or an
// infobox field, `}` of a citation template, `&` of an entity, `*` or `#` of a
// list item, `\n` of a joined line, `<` of a tag or a ref between two words.

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "ingest/data.h"
#include "ingest/reader.h"
#include "ingest/text.h"
#include "ingest/wikitext/reader_impl.h"

namespace liner::ingest::wikitext {
namespace {

// Sections of sources and links: data/reference_headings.txt, External
// links, See also, Further reading (normalized), read once per process.
std::vector<std::string> load_source_headings() {
  std::vector<std::string> out;
  for (auto h : data::lines("reference_headings.txt")) out.push_back(normalize_name(h));
  for (std::string_view h : {"external links", "see also", "further reading"}) out.emplace_back(h);
  return out;
}

}  // namespace

// LineIndex counts a column from the start of its line; spans mostly come in
// source order, so on a long line the count goes on from the span before.
SourceSpan WikitextReader::span(std::size_t b, std::size_t e) {
  const LineIndex& lines = builder_.lines();
  const std::size_t line = lines.line(b);
  std::size_t column = 0;
  if (line == span_line_ && b >= span_offset_)
    column = span_column_ + count_code_points(text_.substr(span_offset_, b - span_offset_));
  else
    column = lines.column(b);
  span_line_ = line;
  span_offset_ = b;
  span_column_ = column;
  return {b, e, line, column};
}

void WikitextReader::add_prose(std::size_t b, std::size_t e, Out& o, bool split) {
  close_quotes(o);
  o.in.offsets.push_back(static_cast<std::uint32_t>(e));
  for (auto& [ib, ie] : o.italics) ie = std::min<std::uint32_t>(ie, static_cast<std::uint32_t>(o.in.text.size()));
  const std::size_t first = builder_.add_scanned_paragraph(b, e, std::move(o.in), o.italics, split);
  // Widen each sentence over the markup around it (quotes, link brackets,
  // template braces), never into the sentence before it nor over a marker.
  // Markup glued to the next sentence (`end.'''Next`) opens that one.
  auto& sentences = builder_.article().sentences;
  const auto [pb, pe] = index_.trimmed(b, e);
  for (std::size_t k = first; k < sentences.size(); ++k) {
    Sentence& s = sentences[k];
    std::size_t start = s.span.start, stop = s.span.end;
    const std::size_t lo = k == first ? pb : sentences[k - 1].span.end;
    while (start > lo && role_[start - 1] == markup) --start;
    std::size_t after = stop;
    while (after < pe && role_[after] == markup) ++after;
    if (k + 1 == sentences.size() || after != sentences[k + 1].span.start) stop = after;
    s.span = span(start, stop);
    s.offsets.back() = static_cast<std::uint32_t>(stop);
  }
}

void WikitextReader::flush_paragraph() {
  if (para_begin_ == npos) return;
  Out o;
  scan(para_begin_, para_end_, o, 0);
  add_prose(para_begin_, para_end_, o);
  para_begin_ = npos;
}

// `== Heading ==` on the line [b, e): its level (the number of `=`) and the
// heading's range; 0 when the line is not a heading. A comment after the
// closing `=` does not count.
int WikitextReader::heading_level(std::size_t b, std::size_t e, std::size_t& hb, std::size_t& he) const {
  while (e > b && text_.substr(b, e - b).ends_with("-->")) {
    const std::size_t open = text_.substr(b, e - b).rfind("<!--");
    if (open == npos) break;
    e = index_.trimmed(b, b + open).second;
  }
  std::size_t lead = 0, tail = 0;
  while (b + lead < e && text_[b + lead] == '=') ++lead;
  while (tail < e - b - lead && text_[e - 1 - tail] == '=') ++tail;
  const std::size_t level = std::min({lead, tail, std::size_t{6}});
  if (level == 0) return 0;
  std::tie(hb, he) = index_.trimmed(b + level, e - level);
  return hb == he ? 0 : static_cast<int>(level);
}

void WikitextReader::read_heading(std::size_t b, std::size_t e, int level, std::size_t hb, std::size_t he) {
  mark(b, hb, markup);
  mark(he, e, markup);
  builder_.add_heading(hb, he, level);
  if (source_level_ > 0 && level > source_level_) return;
  // Sections of sources and links (ingest/data/reference_headings.txt, External
  // links, See also, Further reading) are not prose.
  const std::string name = normalize_name(text_.substr(hb, he - hb));
  static const auto headings = load_source_headings();
  const bool sources = std::find(headings.begin(), headings.end(), name) != headings.end();
  source_level_ = sources ? level : 0;
}

// Templates at the start of a line [b, e) that stand for blocks (an infobox,
// page settings, a reference list, a quotation) are read here; returns where
// the rest of the line starts.
std::size_t WikitextReader::read_line_templates(std::size_t b, std::size_t e) {
  // Is the line nothing but templates and comments?
  std::vector<std::pair<std::size_t, std::size_t>> templates;
  bool only = true;
  for (std::size_t i = b; i < e;) {
    if (is_ascii_space(text_[i])) {
      ++i;
      continue;
    }
    if (starts_ci(text_, i, "<!--") && index_.comment_end(i) != npos && index_.comment_end(i) <= e) {
      i = index_.comment_end(i);
      continue;
    }
    const std::size_t end = text_[i] == '{' ? index_.brace_end(i, e) : npos;
    if (end == npos) {
      only = false;
      break;
    }
    templates.emplace_back(i, end);
    i = end;
  }
  std::size_t rest = b;
  for (const auto& [tb, te] : templates) {
    const Template t = parse_template(index_, tb, te);
    const Kind kind = kind_of(t.name);
    if (kind == Kind::infobox) {
      mark(tb, te, markup);
      read_infobox(t, 0);
    } else if (kind == Kind::displaytitle) {
      mark(tb, te, markup);
      Out title;
      scan(t.value_begin, t.value_end, title, 1);
      const std::string readable(trim(title.in.text));
      if (!readable.empty()) {
        Article& a = builder_.article();
        a.title = readable;
        if (text_.substr(t.value_begin, t.value_end - t.value_begin) == readable)
          a.title_span = span(t.value_begin, t.value_end);
      }
    } else if (kind == Kind::quote) {
      mark(tb, te, markup);
      Out q;
      render_template(tb, te, q, 1);
      add_prose(tb, te, q);
    } else if (kind == Kind::reflist || kind == Kind::drop) {
      Out none;
      render_template(tb, te, none, 1);
      mark(tb, te, dropped);
    } else if (only && source_level_ == 0) {
      // A template alone on its line in prose is a block (a navigation box,
      // a banner): it is not prose, and says so.
      diagnostic(tb, te, "template {{" + t.raw_name + "}} on its own line dropped");
      mark(tb, te, dropped);
    } else {
      return tb;
    }
    rest = te;
  }
  return only ? e : rest;
}

// A line of `[[Category:...]]` (or `[[File:...]]`) links, in any section:
// links and no prose. False when the line holds text besides.
bool WikitextReader::read_link_line(std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e;) {
    if (is_ascii_space(text_[i])) {
      ++i;
      continue;
    }
    if (!starts_ci(text_, i, "[[category:") && !starts_ci(text_, i, "[[file:") && !starts_ci(text_, i, "[[image:"))
      return false;
    i = index_.link_end(i, e);
    if (i == npos) return false;
  }
  Out links;
  scan(b, e, links, 0);
  Article& a = builder_.article();
  a.links.insert(a.links.end(), links.in.links.begin(), links.in.links.end());
  return true;
}

// `* item` in prose reads `- item`, one paragraph per item.
void WikitextReader::read_list_item(std::size_t b, std::size_t e) {
  std::size_t k = b;
  while (k < e && std::string_view("*#:;").find(text_[k]) != npos) ++k;
  Out o;
  mark(b, k, markup);
  emit_synthetic(o, "-", b);
  emit_synthetic(o, " ", k - 1);
  const std::size_t since = o.in.text.size();
  scan(k, e, o, 0);
  if (trim(std::string_view(o.in.text).substr(since)).empty()) {  // a bullet alone is no text
    o.in.text.clear();
    o.in.offsets.clear();
  }
  add_prose(b, e, o);
}

// A line of a References, External links, See also or Further reading section:
// an entry of the list of sources, with no label (no marker cites it).
void WikitextReader::read_source_line(std::size_t b, std::size_t e) {
  std::size_t k = b;
  while (k < e && std::string_view("*#:;").find(text_[k]) != npos) ++k;
  mark(b, k, markup);
  Out o;
  scan(k, e, o, 0);
  close_quotes(o);
  Article& a = builder_.article();
  a.markers.insert(a.markers.end(), o.in.markers.begin(), o.in.markers.end());
  const std::string readable(trim(o.in.text));
  if (readable.empty()) return;
  sources_.push_back({"", readable, first_url(o.urls, text_.substr(k, e - k)), span(b, e)});
}

// `<references>...</references>` from the line [b, e): a reference list,
// maybe holding list-defined refs, over one line or several. Returns where
// reading goes on.
std::size_t WikitextReader::read_references(std::size_t b, std::size_t e) {
  const std::size_t gt = text_.find('>', b);
  std::size_t stop = gt == npos ? e : gt + 1;
  if (gt != npos && text_[gt - 1] != '/') {
    const std::size_t close = text_.find("</references>", gt);
    if (close != npos) stop = close + 13;
    else diagnostic(b, stop, "<references> not closed");
  }
  collect_refs(b, stop);
  mark(b, stop, markup);
  const std::size_t stop_line = index_.logical_line_end(stop);
  return stop_line < text_.size() ? stop_line + 1 : stop_line;
}

Article WikitextReader::read() && {
  std::string title = doc_.title;
  std::replace(title.begin(), title.end(), '_', ' ');  // MediaWiki writes spaces in titles as `_`
  builder_.article().title = title;

  std::size_t pos = bom_length(text_);
  while (pos < text_.size()) {
    const std::size_t le = index_.logical_line_end(pos);
    auto [lb, lend] = index_.trimmed(pos, le);
    pos = le < text_.size() ? le + 1 : le;
    if (lb == lend) {
      flush_paragraph();
      continue;
    }
    const std::string_view line = text_.substr(lb, lend - lb);
    // A line of comments only neither starts nor ends a paragraph.
    std::size_t after_comments = lb;
    while (after_comments < lend && starts_ci(text_, after_comments, "<!--")) {
      const std::size_t c = index_.comment_end(after_comments);
      if (c == npos || c > lend) break;
      const auto [nb, ne] = index_.trimmed(c, lend);
      after_comments = nb == ne ? lend : nb;
    }
    if (after_comments >= lend) {
      mark(lb, lend, dropped);
      continue;
    }
    std::size_t hb = 0, he = 0;
    if (const int level = line.front() == '=' ? heading_level(lb, lend, hb, he) : 0) {
      flush_paragraph();
      read_heading(lb, lend, level, hb, he);
      continue;
    }
    if (line.starts_with("{|")) {
      flush_paragraph();
      pos = read_table(lb);
      continue;
    }
    if (line.starts_with("----")) {
      flush_paragraph();
      mark(lb, lend, markup);
      continue;
    }
    if (Out scratch; line.starts_with("__") && markup_at(lb, lend, scratch, 0) == lend) continue;
    if (starts_ci(text_, lb, "<references")) {
      flush_paragraph();
      pos = read_references(lb, lend);
      continue;
    }
    if (para_begin_ == npos && read_link_line(lb, lend)) continue;
    if (para_begin_ == npos && line.starts_with("{{")) {
      lb = read_line_templates(lb, lend);
      if (lb >= lend) continue;
      lb = index_.trimmed(lb, lend).first;
    }
    if (source_level_ > 0) {
      flush_paragraph();
      read_source_line(lb, lend);
      continue;
    }
    if (std::string_view("*#:;").find(text_[lb]) != npos) {
      flush_paragraph();
      read_list_item(lb, lend);
      continue;
    }
    if (para_begin_ == npos) para_begin_ = lb;
    para_end_ = lend;
  }
  flush_paragraph();

  Article& a = builder_.article();
  for (const RefEntry& r : refs_.entries()) {
    if (r.defined) a.references.push_back({r.label, r.text, r.url, span(r.begin, r.end)});
    else if (!r.name.empty())
      diagnostic(r.use_begin, r.use_end, "ref \"" + r.name + "\" is used but never defined");
  }
  a.references.insert(a.references.end(), sources_.begin(), sources_.end());
  a.format = Format::wikitext;
  return std::move(builder_).finish();
}

}  // namespace liner::ingest::wikitext

namespace liner::ingest {

Result<Article> read_wikitext(const Document& doc, ReaderContext& ctx) {
  return wikitext::WikitextReader(doc, ctx).read();
}

}  // namespace liner::ingest
