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
#include <array>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "ingest/builder.h"
#include "ingest/data.h"
#include "ingest/inline.h"
#include "ingest/reader.h"
#include "ingest/text.h"
#include "ingest/wikitext/entities.h"
#include "ingest/wikitext/reader_impl.h"
#include "ingest/wikitext/refs.h"
#include "ingest/wikitext/source_index.h"
#include "ingest/wikitext/syntax.h"
#include "ingest/wikitext/template.h"

namespace liner::ingest::wikitext {
namespace {

// The reader's tables from ingest/data/, read once per process. A malformed
// line is a bug in the embedded data, so it throws.
struct Tables {
  std::vector<std::string_view> opaque_tags;
  std::vector<std::string> source_headings;  // normalized
};

Tables load_tables() {
  Tables t;
  t.opaque_tags = data::lines("wikitext_opaque_tags.txt");
  for (auto h : data::lines("reference_headings.txt")) t.source_headings.push_back(normalize_name(h));
  for (std::string_view h : {"external links", "see also", "further reading"}) t.source_headings.emplace_back(h);
  return t;
}

const Tables& tables() {
  static const Tables loaded = load_tables();
  return loaded;
}

}  // namespace

// ---------------------------------------------------------------- structure

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

// ---------------------------------------------------------------- readable text

// Appends one byte; runs of spaces collapse, and a space left by removed
// markup before closing punctuation goes (`Ohio {{cn}}.` reads `Ohio.`).
void WikitextReader::push(Out& o, char c, std::size_t at) {
  std::string& t = o.in.text;
  if (c == ' ') {
    if (t.empty() || t.back() == ' ') return;
  } else if ((c == '.' || c == ',' || c == ';' || c == ':' || c == ')') && !t.empty() && t.back() == ' ' &&
             o.in.offsets.back() + 1 != at) {
    t.pop_back();
    o.in.offsets.pop_back();
  }
  t.push_back(c);
  o.in.offsets.push_back(static_cast<std::uint32_t>(at));
  role_[at] = plain;
}

void WikitextReader::emit_literal(Out& o, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k) {
    const char c = text_[k];
    if (c == '\r') continue;
    if (c == '\n') close_quotes(o);  // bold and italics end with their line
    push(o, c == '\n' || c == '\t' ? ' ' : c, k);
  }
}

void WikitextReader::emit_synthetic(Out& o, std::string_view s, std::size_t at) {
  for (char c : s) push(o, c, at);
}

void WikitextReader::end_italics(Out& o) {
  if (o.italic_from && *o.italic_from < o.in.text.size())
    o.italics.emplace_back(static_cast<std::uint32_t>(*o.italic_from), static_cast<std::uint32_t>(o.in.text.size()));
  o.italic_from.reset();
}

void WikitextReader::close_quotes(Out& o) {
  end_italics(o);
  o.bold = false;
}

void WikitextReader::scan(std::size_t b, std::size_t e, Out& o, int depth) {
  if (depth > max_depth) {  // read as plain text rather than recurse on
    diagnostic(b, e, "markup nested too deeply");
    emit_literal(o, b, e);
    return;
  }
  std::size_t i = b, run = b;
  while (i < e) {
    const char c = text_[i];
    if (c != '<' && c != '{' && c != '[' && c != '\'' && c != '&' && c != '_') {
      ++i;
      continue;
    }
    emit_literal(o, run, i);
    run = i;
    const std::size_t end = markup_at(i, e, o, depth);
    if (end == npos) {
      ++i;
      continue;
    }
    i = run = end;
  }
  emit_literal(o, run, e);
}

// Reads the markup at i, if any starts there; returns where it ends or npos.
std::size_t WikitextReader::markup_at(std::size_t i, std::size_t e, Out& o, int depth) {
  switch (text_[i]) {
    case '<':
      return scan_angle(i, e, o, depth);
    case '{': {
      if (i + 1 >= e || text_[i + 1] != '{') return npos;
      if (const std::size_t end = index_.brace_end(i, e); end != npos) {
        render_template(i, end, o, depth + 1);
        return end;
      }
      std::string_view head = text_.substr(i, std::min<std::size_t>(40, e - i));
      head = head.substr(0, head.find_first_of("|\n"));
      diagnostic(i, i + 2, "template not closed: " + std::string(trim(head)));
      mark(i, i + 2, markup);
      return i + 2;
    }
    case '[':
      if (i + 1 < e && text_[i + 1] == '[') return scan_link(i, e, o, depth);
      return scan_external_link(i, e, o, depth);
    case '\'':
      return scan_quotes(i, e, o);
    case '&':
      return scan_entity(i, e, o);
    case '_': {
      // Behaviour switches: __NOTOC__, __TOC__.
      if (i + 4 >= e || text_[i + 1] != '_') return npos;
      std::size_t j = i + 2;
      while (j < e && text_[j] >= 'A' && text_[j] <= 'Z') ++j;
      if (j == i + 2 || j + 1 >= e || text_[j] != '_' || text_[j + 1] != '_') return npos;
      mark(i, j + 2, markup);
      return j + 2;
    }
    default:
      return npos;
  }
}

std::size_t WikitextReader::scan_angle(std::size_t i, std::size_t e, Out& o, int depth) {
  if (starts_ci(text_, i, "<!--")) {
    const std::size_t end = index_.comment_end(i);
    if (end == npos || end > e) {
      diagnostic(i, i + 4, "comment not closed");
      mark(i, i + 4, markup);
      return i + 4;
    }
    mark(i, end, dropped);
    return end;
  }
  if (starts_ci(text_, i, "<ref")) {
    const std::size_t end = scan_ref(i, e, o, depth);
    if (end != npos) return end;
  }
  // Any other tag: `<name ...>`, `</name>`, `<name/>`.
  std::size_t j = i + 1;
  const bool closing = j < e && text_[j] == '/';
  if (closing) ++j;
  const std::size_t nb = j;
  while (j < e && (is_ascii_alpha(text_[j]) || is_ascii_digit(text_[j]))) ++j;
  if (j == nb || !is_ascii_alpha(text_[nb])) return npos;
  const std::string name = normalize_name(text_.substr(nb, j - nb));
  const std::size_t limit = std::min(e, i + max_tag_bytes);
  while (j < limit && text_[j] != '>' && text_[j] != '<') ++j;
  if (j >= limit || text_[j] != '>') return npos;
  const std::size_t tag_end = j + 1;
  const bool self_closing = text_[j - 1] == '/';
  mark(i, tag_end, markup);
  if (name == "br") {
    emit_synthetic(o, o.field ? ", " : " ", i);
    return tag_end;
  }
  if (name == "i" || name == "em") {
    if (closing) end_italics(o);
    else if (!o.italic_from) o.italic_from = o.in.text.size();
    return tag_end;
  }
  if (closing || self_closing) return tag_end;
  if (name == "nowiki") {
    const std::size_t c = index_.nowiki_close(tag_end);
    if (c == npos || c + 9 > e) return tag_end;
    emit_literal(o, tag_end, c);
    mark(c, c + 9, markup);
    return c + 9;
  }
  if (name == "references") {
    const std::size_t c = text_.find("</references>", tag_end);
    if (c == npos || c + 13 > e) return tag_end;
    collect_refs(tag_end, c);
    mark(tag_end, c + 13, markup);
    return c + 13;
  }
  // Content that is not prose: pictures, formulas, scores, code.
  const auto& opaque = tables().opaque_tags;
  if (std::find(opaque.begin(), opaque.end(), name) != opaque.end()) {
    const std::string close = "</" + name;
    std::size_t c = tag_end;
    while ((c = text_.find("</", c)) != npos && c < e && !starts_ci(text_, c, close)) c += 2;
    const std::size_t ce = c == npos || c >= e ? npos : text_.find('>', c);
    if (ce == npos || ce >= e) {
      diagnostic(i, tag_end, "<" + name + "> not closed");
      return tag_end;
    }
    diagnostic(i, ce + 1, "<" + name + "> not read as prose");
    mark(i, ce + 1, dropped);
    return ce + 1;
  }
  return tag_end;
}

std::size_t WikitextReader::scan_ref(std::size_t i, std::size_t e, Out& o, int depth) {
  const auto tag = index_.ref_tag(i);
  if (!tag) return npos;
  if (tag->self_closing) {
    mark(i, tag->end, marker);
    if (tag->name.empty()) return tag->end;
    add_marker(o, refs_.entry(tag->group, tag->name, i, tag->end), i, tag->end);
    return tag->end;
  }
  const std::size_t end = index_.ref_end(*tag);
  if (end == npos || end > e) {
    // Its content stays prose; the tag between two words reads as a space.
    diagnostic(i, tag->end, "ref not closed: " + std::string(text_.substr(i, tag->end - i)));
    if (!o.in.text.empty() && o.in.text.back() != ' ' && tag->end < e && !is_ascii_space(text_[tag->end]))
      emit_synthetic(o, " ", i);
    mark(i, tag->end, markup);
    return tag->end;
  }
  const std::size_t index = refs_.entry(tag->group, tag->name, i, end);
  define_ref(index, tag->end, end - 6, depth);
  add_marker(o, index, i, end);
  mark(i, end, marker);
  return end;
}

std::size_t WikitextReader::scan_link(std::size_t i, std::size_t e, Out& o, int depth) {
  const std::size_t end = index_.link_end(i, e);
  if (end == npos) return npos;
  const std::size_t ib = i + 2, ie = end - 2;
  const std::size_t pipe = index_.top_level(ib, ie, '|');
  const auto [tb, te] = index_.trimmed(ib, pipe == npos ? ie : pipe);
  const std::string_view target = text_.substr(tb, te - tb);
  const std::size_t colon = target.find(':');
  const std::string ns = colon == npos || colon == 0 ? "" : normalize_name(target.substr(0, colon));
  mark(i, end, markup);
  Link link;
  link.target = std::string(target);
  link.span = span(i, end);
  link.target_span = span(tb, te);
  if (ns == "category" || ns == "file" || ns == "image") {
    // Not prose: a category is recorded as a link; a picture keeps its caption as the anchor.
    std::size_t cb = ie, ce = ie;
    if (ns != "category" && pipe != npos) {
      std::size_t last = pipe;
      for (std::size_t p = index_.top_level(pipe + 1, ie, '|'); p != npos; p = index_.top_level(p + 1, ie, '|'))
        last = p;
      std::tie(cb, ce) = index_.trimmed(last + 1, ie);
      if (index_.top_level(cb, ce, '=') != npos) cb = ce = ie;
    }
    Out caption;
    scan(cb, ce, caption, depth + 1);
    link.anchor = std::string(trim(caption.in.text));
    link.anchor_span = span(cb, ce);
    mark(i, end, markup);  // the caption is not prose
    o.in.links.push_back(std::move(link));
    return end;
  }
  std::size_t ab = tb, ae = te;
  if (pipe != npos) {
    std::tie(ab, ae) = index_.trimmed(pipe + 1, ie);
    if (ab == ae) {  // the pipe trick: [[Target (album)|]] shows "Target"
      ab = colon == npos ? tb : tb + colon + 1;
      const std::size_t paren = text_.substr(ab, te - ab).find(" (");
      ae = paren == npos ? te : ab + paren;
    }
  } else if (target.starts_with(':')) {
    ab = tb + 1;
  }
  const std::size_t before = o.in.text.size();
  scan(ab, ae, o, depth + 1);
  link.anchor = std::string(trim(std::string_view(o.in.text).substr(std::min(before, o.in.text.size()))));
  link.anchor_span = span(ab, ae);
  o.in.links.push_back(std::move(link));
  return end;
}

std::size_t WikitextReader::scan_external_link(std::size_t i, std::size_t e, Out& o, int depth) {
  std::size_t ub = i + 1;
  bool url = false;
  for (std::string_view scheme : {"https://", "http://", "ftp://", "//", "mailto:"})
    url = url || starts_ci(text_, ub, scheme);
  if (!url) return npos;
  const std::size_t limit = std::min({e, text_.size(), i + max_bracket_bytes});
  std::size_t ue = ub;
  while (ue < limit && !is_ascii_space(text_[ue]) && text_[ue] != ']' && text_[ue] != '[' && text_[ue] != '<') ++ue;
  const std::size_t close = index_.close_bracket(ue);
  if (close == npos || close >= limit || index_.newline(ue) < close) return npos;
  mark(i, close + 1, markup);
  const auto [ab, ae] = index_.trimmed(ue, close);
  const std::size_t before = o.in.text.size();
  scan(ab, ae, o, depth + 1);
  Link link;
  link.anchor = std::string(trim(std::string_view(o.in.text).substr(std::min(before, o.in.text.size()))));
  link.target = std::string(text_.substr(ub, ue - ub));
  link.span = span(i, close + 1);
  link.anchor_span = span(ab, ae);
  link.target_span = span(ub, ue);
  o.urls.push_back(link.target);
  o.in.links.push_back(std::move(link));
  return close + 1;
}

// `''` italics, `'''` bold, `'''''` both; a fourth apostrophe, or any past the
// fifth, is a literal one before the markup.
std::size_t WikitextReader::scan_quotes(std::size_t i, std::size_t e, Out& o) {
  std::size_t n = 0;
  while (i + n < e && text_[i + n] == '\'') ++n;
  if (n < 2) return npos;
  const std::size_t literal = n == 4 ? 1 : n > 5 ? n - 5 : 0;
  emit_literal(o, i, i + literal);
  const std::size_t q = n - literal;
  mark(i + literal, i + n, markup);
  if (q == 2 || q == 5) {
    if (o.italic_from) end_italics(o);
    else o.italic_from = o.in.text.size();
  }
  if (q == 3 || q == 5) o.bold = !o.bold;
  return i + n;
}

std::size_t WikitextReader::scan_entity(std::size_t i, std::size_t e, Out& o) {
  std::size_t j = i + 1;
  while (j < e && j < i + 12 && (is_ascii_alpha(text_[j]) || is_ascii_digit(text_[j]) || text_[j] == '#')) ++j;
  if (j >= e || text_[j] != ';' || j == i + 1) return npos;
  const auto decoded = decode_entity(text_.substr(i + 1, j - i - 1));
  if (!decoded) return npos;
  mark(i, j + 1, markup);
  emit_synthetic(o, *decoded, i);
  return j + 1;
}

// ---------------------------------------------------------------- templates

void WikitextReader::render_template(std::size_t b, std::size_t end, Out& o, int depth) {
  mark(b, end, markup);
  const Template t = parse_template(index_, b, end);
  std::string_view fixed;
  const Kind kind = kind_of(t.name, &fixed);
  switch (kind) {
    case Kind::drop:
    case Kind::displaytitle:
      return;
    case Kind::reflist:
      if (const Arg* refs = t.named("refs")) collect_refs(refs->begin, refs->end);
      return;
    case Kind::last:
    case Kind::unknown: {
      const auto p = t.positional();
      const Arg* last = nullptr;
      for (const Arg* a : p)
        if (a->begin < a->end) last = a;
      if (kind == Kind::unknown)
        diagnostic(b, end,
                   "unknown template {{" + t.raw_name + "}} " + (last ? "read as its last argument" : "removed"));
      scan_arg(last, o, depth);
      return;
    }
    case Kind::first:
      scan_arg(t.nth(1), o, depth);
      return;
    case Kind::text:
      emit_synthetic(o, fixed, b);
      return;
    case Kind::date:
    case Kind::year:
      render_date(t, kind, o, depth);
      return;
    case Kind::list: {
      const std::size_t since = o.in.text.size();
      for (const Arg* a : t.positional()) {
        if (a->begin == a->end) continue;
        if (o.in.text.size() > since) emit_synthetic(o, ", ", a->pipe);
        render_items(a->begin, a->end, o, depth);
      }
      return;
    }
    case Kind::cite:
      render_cite(t, o, depth);
      return;
    case Kind::convert: {
      scan_arg(t.nth(1), o, depth);
      if (const Arg* unit = t.nth(2)) {
        emit_synthetic(o, " ", unit->pipe);
        scan_arg(unit, o, depth);
      }
      return;
    }
    case Kind::sortname: {
      scan_arg(t.nth(1), o, depth);
      if (const Arg* last = t.nth(2)) {
        emit_synthetic(o, " ", last->pipe);
        scan_arg(last, o, depth);
      }
      return;
    }
    case Kind::efn:
    case Kind::refn: {
      const Arg* group = t.named("group");
      const std::size_t index =
          refs_.entry(group ? source(group) : std::string(fixed), source(t.named("name")), b, end);
      const std::size_t first_inner = o.in.markers.size();
      add_marker(o, index, b, end);
      if (const Arg* content = t.nth(1)) {
        Out note;
        scan(content->begin, content->end, note, depth + 1);
        close_quotes(note);
        // Refs inside the note cite the sentence too, after the note's own marker.
        const auto at = o.in.markers.begin() + static_cast<std::ptrdiff_t>(first_inner) + 1;
        o.in.markers.insert(at, note.in.markers.begin(), note.in.markers.end());
        if (refs_.define(index, index_.trimmed(content->begin, content->end), std::string(trim(note.in.text))))
          refs_[index].url = first_url(note.urls, text_.substr(content->begin, content->end - content->begin));
      }
      mark(b, end, marker);
      return;
    }
    case Kind::sfn: {
      std::string key = "sfn";
      std::string text;
      for (const Arg& a : t.args) {
        const std::string_view v = text_.substr(a.begin, a.end - a.begin);
        key += "|" + a.name + "=" + std::string(v);
        if (a.name.empty()) text += (text.empty() ? "" : " ") + std::string(v);
        else if (a.name == "p") text += ", p. " + std::string(v);
        else if (a.name == "pp") text += ", pp. " + std::string(v);
        else if (a.name == "loc") text += ", " + std::string(v);
      }
      const std::size_t index = refs_.entry("", key, b, end);
      refs_.define(index, index_.trimmed(b + 2, end - 2), text);
      add_marker(o, index, b, end);
      mark(b, end, marker);
      return;
    }
    case Kind::r: {
      const std::string group = source(t.named("group"));
      for (const Arg* a : t.positional())
        if (a->begin < a->end) add_marker(o, refs_.entry(group, source(a), b, end), b, end);
      mark(b, end, marker);
      return;
    }
    case Kind::quote: {
      const Arg* q = t.named("text");
      if (!q) q = t.named("quote");
      if (!q) q = t.nth(1);
      scan_arg(q, o, depth);
      return;
    }
    case Kind::infobox:
      diagnostic(b, end, "infobox inside a paragraph not read: {{" + t.raw_name + "}}");
      return;
  }
}

// Lines starting `*` or `#` in [b, e) are items joined by ", "; without such
// lines the range is read as it stands.
void WikitextReader::render_items(std::size_t b, std::size_t e, Out& o, int depth) {
  bool items = false;
  for (std::size_t pos = b; pos < e && !items;) {
    const std::size_t le = std::min(index_.logical_line_end(pos), e);
    const auto [lb, lend] = index_.trimmed(pos, le);
    items = lb < lend && (text_[lb] == '*' || text_[lb] == '#');
    pos = le + 1;
  }
  if (!items) {
    scan(b, e, o, depth);
    return;
  }
  const std::size_t since = o.in.text.size();
  for (std::size_t pos = b; pos < e;) {
    const std::size_t le = std::min(index_.logical_line_end(pos), e);
    auto [lb, lend] = index_.trimmed(pos, le);
    const std::size_t line_begin = pos;
    pos = le + 1;
    if (lb == lend) continue;
    if (text_[lb] == '*' || text_[lb] == '#') {
      const std::size_t bullet = lb;
      while (lb < lend && (text_[lb] == '*' || text_[lb] == '#')) ++lb;
      mark(bullet, lb, markup);
      close_quotes(o);
      if (o.in.text.size() > since) emit_synthetic(o, ", ", bullet);
    } else if (o.in.text.size() > since && line_begin > b) {
      emit_synthetic(o, " ", line_begin - 1);  // the line break
    }
    scan(lb, lend, o, depth);
  }
}

// {{birth date|1969|12|31}} -> 1969-12-31; a date written out stays as written.
void WikitextReader::render_date(const Template& t, Kind kind, Out& o, int depth) {
  const auto p = t.positional();
  const std::size_t parts = kind == Kind::year ? 1 : 3;
  std::string iso;
  for (std::size_t k = 0; k < std::min(parts, p.size()); ++k) {
    const std::string_view v = text_.substr(p[k]->begin, p[k]->end - p[k]->begin);
    if (v.empty() || v.size() > 4 || !std::all_of(v.begin(), v.end(), is_ascii_digit)) break;
    if (k == 0) {
      iso = std::string(v);
    } else {
      iso += '-';
      if (v.size() == 1) iso += '0';
      iso += v;
    }
  }
  if (iso.empty()) {
    scan_arg(t.nth(1), o, depth);
    return;
  }
  emit_synthetic(o, iso, t.begin);
}

// {{cite web|url=...|title=T|work=W|date=D}} -> "T. W. D." (the parts in the
// order written); the URL goes to o.urls.
void WikitextReader::render_cite(const Template& t, Out& o, int depth) {
  static constexpr auto shown = std::to_array<std::string_view>(
      {"author", "author1", "authors", "last", "last1", "first", "first1", "title", "work", "website", "newspaper",
       "magazine", "journal", "periodical", "publisher", "date", "year"});
  const std::size_t since = o.in.text.size();
  std::string previous;
  for (const Arg& a : t.args) {
    if (a.begin == a.end || std::find(shown.begin(), shown.end(), a.name) == shown.end()) continue;
    if (o.in.text.size() > since) {
      const bool first_name = (a.name == "first" || a.name == "first1") && (previous == "last" || previous == "last1");
      emit_synthetic(o, first_name ? ", " : ". ", a.pipe);
    }
    scan(a.begin, a.end, o, depth);
    close_quotes(o);
    previous = a.name;
  }
  if (o.in.text.size() > since && o.in.text.back() != '.') emit_synthetic(o, ".", t.end - 2);
  for (std::string_view key : {"url", "archive-url", "archiveurl"})
    if (const Arg* a = t.named(key); a && a->begin < a->end) {
      o.urls.emplace_back(text_.substr(a->begin, a->end - a->begin));
      break;
    }
}

// ---------------------------------------------------------------- citations

void WikitextReader::define_ref(std::size_t index, std::size_t b, std::size_t e, int depth) {
  Out content;
  scan(b, e, content, depth + 1);
  close_quotes(content);
  if (refs_.define(index, index_.trimmed(b, e), std::string(trim(content.in.text))))
    refs_[index].url = first_url(content.urls, text_.substr(b, e - b));
}

// A marker between two words reads as a space, as `[n]` does in flat text.
void WikitextReader::add_marker(Out& o, std::size_t index, std::size_t b, std::size_t e) {
  const bool before_text = !o.in.text.empty() && o.in.text.back() != ' ';
  const bool after_text = e < text_.size() && !is_ascii_space(text_[e]) &&
                          std::string_view("<{}[]|,.;:)'").find(text_[e]) == npos;
  if (before_text && after_text) emit_synthetic(o, " ", b);
  o.in.markers.push_back({refs_[index].label, span(b, e)});
}

// List-defined refs: `<ref name=x>...</ref>` inside <references> or {{reflist|refs=}}.
void WikitextReader::collect_refs(std::size_t b, std::size_t e) {
  for (std::size_t i = text_.find('<', b); i != npos && i < e; i = text_.find('<', i + 1)) {
    const auto tag = index_.ref_tag(i);
    if (!tag || tag->self_closing) continue;
    const std::size_t end = index_.ref_end(*tag);
    if (end == npos || end > e) continue;
    define_ref(refs_.entry(tag->group, tag->name, i, end), tag->end, end - 6, 1);
    mark(i, end, marker);
    i = end - 1;
  }
}

// ---------------------------------------------------------------- blocks

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
  const auto& headings = tables().source_headings;
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
      // A reference list, maybe holding list-defined refs, over one line or several.
      flush_paragraph();
      const std::size_t gt = text_.find('>', lb);
      std::size_t stop = gt == npos ? lend : gt + 1;
      if (gt != npos && text_[gt - 1] != '/') {
        const std::size_t close = text_.find("</references>", gt);
        if (close != npos) stop = close + 13;
        else diagnostic(lb, stop, "<references> not closed");
      }
      collect_refs(lb, stop);
      mark(lb, stop, markup);
      const std::size_t stop_line = index_.logical_line_end(stop);
      pos = stop_line < text_.size() ? stop_line + 1 : stop_line;
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
