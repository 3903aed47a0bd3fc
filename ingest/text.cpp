#include "ingest/text.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "ingest/span.h"

namespace liner::ingest {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, cp = c & 0x07, min = 0x10000;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::nullopt;
}

char32_t next_code_point_multibyte(std::string_view text, std::size_t& pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  std::size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  len = std::min(len, text.size() - pos);
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[pos + k]) & 0x3F);
  pos += len;
  return cp;
}

char32_t previous_code_point(std::string_view text, std::size_t& pos) {
  std::size_t start = pos;
  do {
    --start;
  } while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80);
  std::size_t p = start;
  const char32_t cp = next_code_point(text, p);
  pos = start;
  return cp;
}

std::size_t count_code_points(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::size_t bom_length(std::string_view text) { return text.starts_with("\xEF\xBB\xBF") ? 3 : 0; }

bool is_space(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0; }
bool is_upper_non_ascii(char32_t c) {
  return u_isUUppercase(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}
bool is_lower(char32_t c) { return u_isULowercase(static_cast<UChar32>(c)) != 0; }
bool is_letter_non_ascii(char32_t c) { return u_isalpha(static_cast<UChar32>(c)) != 0; }
bool is_digit_non_ascii(char32_t c) { return u_isdigit(static_cast<UChar32>(c)) != 0; }

std::string_view trim(std::string_view text) {
  std::size_t b = 0;
  std::size_t e = text.size();
  while (b < e) {
    std::size_t p = b;
    if (!is_space(next_code_point(text, p))) break;
    b = p;
  }
  while (e > b) {
    std::size_t p = e;
    if (!is_space(previous_code_point(text, p))) break;
    e = p;
  }
  return text.substr(b, e - b);
}

TrimmedLine next_line(std::string_view text, std::size_t& pos) {
  std::size_t nl = text.find('\n', pos);
  if (nl == std::string_view::npos) nl = text.size();
  const std::string_view line = trim(text.substr(pos, nl - pos));
  const std::size_t b = line.empty() ? pos : static_cast<std::size_t>(line.data() - text.data());
  pos = nl + 1;
  return {line, b, b + line.size()};
}

LineIndex::LineIndex(std::string_view text) : text_(text), bom_(bom_length(text)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts_.push_back(i + 1);
}

std::size_t LineIndex::line(std::size_t offset) const {
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<std::size_t>(it - line_starts_.begin());
}

std::size_t LineIndex::column(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::size_t l = line(offset);
  std::size_t start = line_starts_[l - 1];
  if (start == 0) start = std::min(bom_, offset);
  std::size_t column = 1;
  if (cached_line_ == l && cached_offset_ >= start && cached_offset_ <= offset) {
    column = cached_column_;
    start = cached_offset_;
  }
  column += count_code_points(text_.substr(start, offset - start));
  cached_line_ = l;
  cached_offset_ = offset;
  cached_column_ = column;
  return column;
}

SourceSpan LineIndex::span(std::size_t start, std::size_t end) const {
  return SourceSpan{start, end, line(start), column(start)};
}

}  // namespace liner::ingest
