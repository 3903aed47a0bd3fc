#include "ingest/inline.h"

#include <cctype>

namespace liner::ingest {
namespace {

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_label_char(char c) {
  return is_ascii_digit(c) || is_ascii_lower(c) || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
}

// A link `[anchor](target)` starting at pos: the end offset and the parts, or 0.
std::size_t match_link(std::string_view s, std::size_t pos, std::size_t end, std::size_t& anchor_end,
                       std::size_t& target_begin, std::size_t& target_end) {
  std::size_t i = pos + 1;
  while (i < end && s[i] != ']' && s[i] != '[' && s[i] != '\n') ++i;
  if (i + 1 >= end || s[i] != ']' || s[i + 1] != '(' || i == pos + 1) return 0;
  anchor_end = i;
  target_begin = i + 2;
  int depth = 1;
  std::size_t j = target_begin;
  for (; j < end && s[j] != '\n'; ++j) {
    if (s[j] == '(') ++depth;
    if (s[j] == ')' && --depth == 0) break;
  }
  if (j >= end || s[j] != ')' || j == target_begin) return 0;
  target_end = j;
  return j + 1;
}

}  // namespace

std::size_t match_marker(std::string_view s, std::size_t pos, std::string_view* label) {
  if (pos >= s.size() || s[pos] != '[') return 0;
  std::size_t i = pos + 1;
  const std::size_t limit = std::min(s.size(), pos + 24);
  std::size_t close = i;
  while (close < limit && s[close] != ']' && s[close] != '[' && s[close] != '\n') ++close;
  if (close >= limit || s[close] != ']' || close == i) return 0;
  // A link such as `[12](target)` is not a marker.
  if (close + 1 < s.size() && s[close + 1] == '(') return 0;
  const std::string_view inner = s.substr(i, close - i);
  bool ok = false;
  std::string_view lab = inner;
  if (inner.front() == '^') {  // markdown footnote [^x]
    lab = inner.substr(1);
    ok = !lab.empty();
    for (char c : lab) ok = ok && is_label_char(c);
  } else if (inner.size() == 1 && is_ascii_lower(inner[0])) {  // [a]
    ok = true;
  } else if (inner.starts_with("note ") || inner.starts_with("nb ")) {  // [note 3]
    const std::string_view n = inner.substr(inner.find(' ') + 1);
    ok = !n.empty() && n.size() <= 4;
    for (char c : n) ok = ok && is_ascii_digit(c);
  } else {
    ok = inner.size() <= 5;
    for (char c : inner) ok = ok && is_ascii_digit(c);
  }
  if (!ok) return 0;
  if (label) *label = lab;
  return close + 1 - pos;
}

InlineText scan_inline(std::string_view s, std::size_t begin, std::size_t end, const LineIndex& lines, bool emphasis) {
  InlineText out;
  out.text.reserve(end - begin);
  out.offsets.reserve(end - begin + 1);
  // A paragraph over several lines reads as one line: a line break is a space
  // (mapped to the '\n'), a carriage return and the next line's indent vanish.
  // Emphasis (`*x*`, `**x**`, `_x_`) loses its markers when asked for.
  auto emit = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) {
      char c = s[k];
      if (c == '\r') continue;
      if (c == '\n') {
        c = ' ';
        while (k + 1 < to && (s[k + 1] == ' ' || s[k + 1] == '\t')) ++k;
      }
      if (emphasis && (c == '*' || (c == '_' && (k == 0 || !std::isalnum(static_cast<unsigned char>(s[k - 1])) ||
                                                  k + 1 >= to || !std::isalnum(static_cast<unsigned char>(s[k + 1]))))))
        continue;
      out.text.push_back(c);
      out.offsets.push_back(static_cast<std::uint32_t>(k));
    }
  };
  std::size_t i = begin;
  std::size_t run = begin;  // start of plain text not yet emitted
  while (i < end) {
    if (s[i] != '[') {
      ++i;
      continue;
    }
    std::string_view label;
    if (const std::size_t len = match_marker(s.substr(0, end), i, &label)) {
      emit(run, i);
      out.markers.push_back({std::string(label), lines.span(i, i + len)});
      const std::size_t after = i + len;
      const bool before_text = !out.text.empty() && out.text.back() != ' ' && out.text.back() != '\n';
      const bool after_text = after < end && s[after] != ' ' && s[after] != '[' && s[after] != '\n' &&
                              s[after] != ',' && s[after] != '.' && s[after] != ';' && s[after] != ':';
      if (before_text && after_text) {
        out.text.push_back(' ');
        out.offsets.push_back(static_cast<std::uint32_t>(i));
      }
      i = run = after;
      continue;
    }
    std::size_t anchor_end = 0, target_begin = 0, target_end = 0;
    if (const std::size_t link_end = match_link(s, i, end, anchor_end, target_begin, target_end)) {
      emit(run, i);
      emit(i + 1, anchor_end);
      out.links.push_back({std::string(s.substr(i + 1, anchor_end - i - 1)),
                           std::string(s.substr(target_begin, target_end - target_begin)), lines.span(i, link_end),
                           lines.span(i + 1, anchor_end), lines.span(target_begin, target_end)});
      i = run = link_end;
      continue;
    }
    ++i;
  }
  emit(run, end);
  out.offsets.push_back(static_cast<std::uint32_t>(end));
  return out;
}

// `[3] text`, `3. text`, `3) text`, `^ text`: a reference entry. Sets the
// label and where its text starts.
bool match_reference_entry(std::string_view line, std::size_t& text_at, std::string& label, std::size_t ordinal) {
  std::string_view lab;
  if (const std::size_t len = match_marker(line, 0, &lab)) {
    label = std::string(lab);
    text_at = len;
    if (line.substr(len).starts_with(":")) ++text_at;  // markdown footnote definition `[^3]: text`
    while (text_at < line.size() && line[text_at] == ' ') ++text_at;
    return true;
  }
  std::size_t i = 0;
  while (i < line.size() && i < 4 && line[i] >= '0' && line[i] <= '9') ++i;
  if (i > 0 && i + 1 < line.size() && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ') {
    label = std::string(line.substr(0, i));
    text_at = i + 2;
    return true;
  }
  if (line.starts_with("^ ")) {
    label = std::to_string(ordinal);
    text_at = 2;
    return true;
  }
  return false;
}

}  // namespace liner::ingest
