// Inline productions: scan() reads a range of wikitext into readable text,
// and markup_at() dispatches on the byte that may open markup to one function
// per production (tag, ref, link, external link, quotes, entity, template,
// behaviour switch).

#include <algorithm>
#include <string>

#include "ingest/data.h"
#include "ingest/wikitext/entities.h"
#include "ingest/wikitext/reader_impl.h"

namespace liner::ingest::wikitext {

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
    case '{':
      return scan_template(i, e, o, depth);
    case '[':
      if (i + 1 < e && text_[i + 1] == '[') return scan_link(i, e, o, depth);
      return scan_external_link(i, e, o, depth);
    case '\'':
      return scan_quotes(i, e, o);
    case '&':
      return scan_entity(i, e, o);
    case '_':
      return scan_switch(i, e);
    default:
      return npos;
  }
}

// `{{...}}`: rendered by its kind; an unclosed `{{` is reported and read as text.
std::size_t WikitextReader::scan_template(std::size_t i, std::size_t e, Out& o, int depth) {
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

// Behaviour switches: __NOTOC__, __TOC__.
std::size_t WikitextReader::scan_switch(std::size_t i, std::size_t e) {
  if (i + 4 >= e || text_[i + 1] != '_') return npos;
  std::size_t j = i + 2;
  while (j < e && text_[j] >= 'A' && text_[j] <= 'Z') ++j;
  if (j == i + 2 || j + 1 >= e || text_[j] != '_' || text_[j + 1] != '_') return npos;
  mark(i, j + 2, markup);
  return j + 2;
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
  static const auto opaque = data::lines("wikitext_opaque_tags.txt");
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

}  // namespace liner::ingest::wikitext
