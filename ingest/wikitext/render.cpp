// Templates in prose: render_template() reads one by its Kind
// (data/wikitext_templates.tsv); dates, lists and citations have their own.

#include <algorithm>
#include <array>
#include <string>

#include "ingest/wikitext/reader_impl.h"

namespace liner::ingest::wikitext {

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
    case Kind::unknown:
      render_last(t, kind, o, depth);
      return;
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
    case Kind::list:
      render_list(t, o, depth);
      return;
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
    case Kind::refn:
      render_note(t, fixed, o, depth);
      return;
    case Kind::sfn:
      render_sfn(t, o);
      return;
    case Kind::r:
      render_r(t, o);
      return;
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

// {{nowrap|x}} reads x; an unknown template reads its last non-empty
// positional argument, or nothing, and says which.
void WikitextReader::render_last(const Template& t, Kind kind, Out& o, int depth) {
  const auto p = t.positional();
  const Arg* last = nullptr;
  for (const Arg* a : p)
    if (a->begin < a->end) last = a;
  if (kind == Kind::unknown)
    diagnostic(t.begin, t.end,
               "unknown template {{" + t.raw_name + "}} " + (last ? "read as its last argument" : "removed"));
  scan_arg(last, o, depth);
}

// {{hlist|a|b}} -> "a, b"; an argument of `*` lines gives one item per line.
void WikitextReader::render_list(const Template& t, Out& o, int depth) {
  const std::size_t since = o.in.text.size();
  for (const Arg* a : t.positional()) {
    if (a->begin == a->end) continue;
    if (o.in.text.size() > since) emit_synthetic(o, ", ", a->pipe);
    render_items(a->begin, a->end, o, depth);
  }
}

// {{efn|text}} and {{refn|text}}: a footnote like <ref>, in `group` unless it
// names its own.
void WikitextReader::render_note(const Template& t, std::string_view group_name, Out& o, int depth) {
  const std::size_t b = t.begin, end = t.end;
  const Arg* group = t.named("group");
  const std::size_t index =
      refs_.entry(group ? source(group) : std::string(group_name), source(t.named("name")), b, end);
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
}

// {{sfn|Author|2004|p=12}}: a ref named by all its arguments, whose text is
// "Author 2004, p. 12".
void WikitextReader::render_sfn(const Template& t, Out& o) {
  const std::size_t b = t.begin, end = t.end;
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
}

// {{r|a|b}}: a marker for each named ref.
void WikitextReader::render_r(const Template& t, Out& o) {
  const std::size_t b = t.begin, end = t.end;
  const std::string group = source(t.named("group"));
  for (const Arg* a : t.positional())
    if (a->begin < a->end) add_marker(o, refs_.entry(group, source(a), b, end), b, end);
  mark(b, end, marker);
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

}  // namespace liner::ingest::wikitext
