#include "ingest/wikitext/source_index.h"

#include <algorithm>

#include "ingest/text.h"
#include "ingest/wikitext/syntax.h"

namespace liner::ingest::wikitext {
namespace {

std::vector<std::size_t> find_all(std::string_view text, std::string_view lower_needle) {
  std::vector<std::size_t> out;
  for (std::size_t i = text.find(lower_needle.front()); i != npos; i = text.find(lower_needle.front(), i + 1))
    if (starts_ci(text, i, lower_needle)) out.push_back(i);
  return out;
}

std::size_t next_at(const std::vector<std::size_t>& sorted, std::size_t from) {
  const auto it = std::lower_bound(sorted.begin(), sorted.end(), from);
  return it == sorted.end() ? npos : *it;
}

}  // namespace

SourceIndex::SourceIndex(std::string_view text) : text_(text) {
  comment_closes_ = find_all(text_, "-->");
  ref_closes_ = find_all(text_, "</ref>");
  nowiki_closes_ = find_all(text_, "</nowiki>");
  match_braces();
  match_links();
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == ']') close_brackets_.push_back(i);
    if (text_[i] == '\n') newlines_.push_back(i);
  }
}

// `{{` and `}}` paired once for the whole text (outside comments and nowiki),
// so finding a template's end never rescans: an unpaired `{{` has no entry.
void SourceIndex::match_braces() {
  std::vector<std::size_t> open;
  std::size_t i = 0;
  while (i + 1 < text_.size()) {
    if (text_[i] == '<' && starts_ci(text_, i, "<!--")) {
      const std::size_t c = comment_end(i);
      i = c == npos ? i + 4 : c;
      continue;
    }
    if (text_[i] == '<' && starts_ci(text_, i, "<nowiki>")) {
      const std::size_t c = nowiki_close(i);
      i = c == npos ? i + 8 : c + 9;
      continue;
    }
    if (text_[i] == '{' && text_[i + 1] == '{') {
      open.push_back(i);
      i += 2;
      continue;
    }
    if (text_[i] == '}' && text_[i + 1] == '}' && !open.empty()) {
      brace_end_[open.back()] = i + 2;
      open.pop_back();
      i += 2;
      continue;
    }
    ++i;
  }
}


std::size_t SourceIndex::brace_end(std::size_t i, std::size_t limit) const {
  const auto it = brace_end_.find(i);
  return it == brace_end_.end() || it->second > limit ? npos : it->second;
}


std::size_t SourceIndex::comment_end(std::size_t i) const {
  const std::size_t c = next_at(comment_closes_, i + 4);
  return c == npos ? npos : c + 3;
}


// `<ref ...>` or `<ref .../>` at i, with its name and group.
std::optional<RefTag> SourceIndex::ref_tag(std::size_t i) const {
  if (!starts_ci(text_, i, "<ref") || i + 4 >= text_.size()) return std::nullopt;
  const char after = text_[i + 4];
  if (after != '>' && after != '/' && !is_ascii_space(after)) return std::nullopt;
  const std::size_t limit = std::min(text_.size(), i + max_tag_bytes);
  std::size_t close = i + 4;
  char quote = 0;
  for (; close < limit; ++close) {
    const char c = text_[close];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>' || c == '<') {
      break;
    }
  }
  if (close >= limit || text_[close] != '>') return std::nullopt;
  RefTag tag;
  tag.end = close + 1;
  tag.self_closing = text_[close - 1] == '/';
  // Attributes: name=value, the value quoted or bare.
  std::size_t k = i + 4;
  const std::size_t attrs_end = tag.self_closing ? close - 1 : close;
  while (k < attrs_end) {
    while (k < attrs_end && is_ascii_space(text_[k])) ++k;
    const std::size_t kb = k;
    while (k < attrs_end && (is_ascii_alpha(text_[k]) || text_[k] == '-')) ++k;
    const std::string key = normalize_name(text_.substr(kb, k - kb));
    while (k < attrs_end && is_ascii_space(text_[k])) ++k;
    if (k >= attrs_end || text_[k] != '=') {
      if (k == kb) ++k;
      continue;
    }
    ++k;
    while (k < attrs_end && is_ascii_space(text_[k])) ++k;
    std::size_t vb = k, ve = k;
    if (k < attrs_end && (text_[k] == '"' || text_[k] == '\'')) {
      const char q = text_[k];
      vb = ++k;
      while (k < attrs_end && text_[k] != q) ++k;
      ve = k;
      if (k < attrs_end) ++k;
    } else {
      while (k < attrs_end && !is_ascii_space(text_[k])) ++k;
      ve = k;
    }
    const std::string value(trim(text_.substr(vb, ve - vb)));
    if (key == "name") tag.name = value;
    if (key == "group") tag.group = value;
  }
  return tag;
}


// Past the `</ref>` that closes a ref opened by `tag`, or npos.
std::size_t SourceIndex::ref_end(const RefTag& tag) const {
  if (tag.self_closing) return tag.end;
  const std::size_t c = next_at(ref_closes_, tag.end);
  return c == npos ? npos : c + 6;
}


// `[[` and `]]` paired once for the whole text, within a line (nested links
// in a picture's caption count).
void SourceIndex::match_links() {
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i + 1 < text_.size(); ++i) {
    if (text_[i] == '\n') {
      open.clear();
    } else if (text_[i] == '[' && text_[i + 1] == '[') {
      open.push_back(i++);
    } else if (text_[i] == ']' && text_[i + 1] == ']' && !open.empty()) {
      if (i + 2 - open.back() <= max_bracket_bytes) link_end_[open.back()] = i + 2;
      open.pop_back();
      ++i;
    }
  }
}


// Past the `]]` closing the `[[` at i, when that is by `limit`; npos otherwise.
std::size_t SourceIndex::link_end(std::size_t i, std::size_t limit) const {
  const auto it = link_end_.find(i);
  return it == link_end_.end() || it->second > limit ? npos : it->second;
}


// Past a nested construct (template, link, comment, ref, nowiki) starting at
// i and ending by `limit`; i itself when none starts there.
std::size_t SourceIndex::skip_nested(std::size_t i, std::size_t limit) const {
  const char c = text_[i];
  if (c == '{' && i + 1 < limit && text_[i + 1] == '{') {
    const std::size_t e = brace_end(i, limit);
    return e == npos ? i : e;
  }
  if (c == '[' && i + 1 < limit && text_[i + 1] == '[') {
    const std::size_t e = link_end(i, limit);
    return e == npos ? i : e;
  }
  if (c != '<') return i;
  if (starts_ci(text_, i, "<!--")) {
    const std::size_t e = comment_end(i);
    return e == npos || e > limit ? i : e;
  }
  if (starts_ci(text_, i, "<nowiki>")) {
    const std::size_t e = nowiki_close(i);
    return e == npos || e + 9 > limit ? i : e + 9;
  }
  if (const auto tag = ref_tag(i)) {
    const std::size_t e = ref_end(*tag);
    return e == npos || e > limit ? i : e;
  }
  return i;
}


// The end of the line at pos, reading a template, comment or ref that runs
// over several lines as part of it.
std::size_t SourceIndex::logical_line_end(std::size_t pos) const {
  std::size_t i = pos;
  while (i < text_.size() && text_[i] != '\n') {
    const std::size_t j = text_[i] == '[' ? i : skip_nested(i, text_.size());
    i = j > i ? j : i + 1;
  }
  return i;
}


// The first `c` in [b, e) outside nested constructs, or npos.
std::size_t SourceIndex::top_level(std::size_t b, std::size_t e, char c) const {
  for (std::size_t i = b; i < e;) {
    const std::size_t j = skip_nested(i, e);
    if (j > i) {
      i = j;
      continue;
    }
    if (text_[i] == c) return i;
    ++i;
  }
  return npos;
}


std::pair<std::size_t, std::size_t> SourceIndex::trimmed(std::size_t b, std::size_t e) const {
  const std::string_view t = trim(text_.substr(b, e - b));
  if (t.empty()) return {b, b};
  const auto tb = static_cast<std::size_t>(t.data() - text_.data());
  return {tb, tb + t.size()};
}


std::size_t SourceIndex::nowiki_close(std::size_t from) const { return next_at(nowiki_closes_, from); }

std::size_t SourceIndex::close_bracket(std::size_t from) const { return next_at(close_brackets_, from); }

std::size_t SourceIndex::newline(std::size_t from) const { return next_at(newlines_, from); }

}  // namespace liner::ingest::wikitext
