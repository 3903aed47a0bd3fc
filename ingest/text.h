#pragma once
// UTF-8 helpers shared by the readers.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace liner::ingest {

/// Offset of the first byte that is not valid UTF-8 (overlongs, surrogates
/// and code points past U+10FFFF count as invalid); nullopt when all valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

/// Decodes the code point at `pos` of valid UTF-8 and advances `pos` past it.
char32_t next_code_point_multibyte(std::string_view text, std::size_t& pos);
inline char32_t next_code_point(std::string_view text, std::size_t& pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {  // ASCII, most of any text, inline
    ++pos;
    return c;
  }
  return next_code_point_multibyte(text, pos);
}

/// Decodes the code point that ends just before `pos` and moves `pos` back to its start.
char32_t previous_code_point(std::string_view text, std::size_t& pos);

/// Number of code points in valid UTF-8.
std::size_t count_code_points(std::string_view text);

/// Length of a UTF-8 byte order mark at the start of `text` (0 or 3).
std::size_t bom_length(std::string_view text);

/// Unicode White_Space, including no-break spaces.
bool is_space(char32_t c);
/// Unicode uppercase or titlecase letter.
bool is_upper_non_ascii(char32_t c);
inline bool is_upper(char32_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : is_upper_non_ascii(c); }
/// Unicode lowercase letter.
bool is_lower(char32_t c);
/// Unicode letter. ASCII answers inline, without ICU (the same answers: the
/// only ASCII letters are A-Z and a-z, the only ASCII decimal digits 0-9).
bool is_letter_non_ascii(char32_t c);
inline bool is_letter(char32_t c) {
  return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : is_letter_non_ascii(c);
}
/// Unicode decimal digit.
bool is_digit_non_ascii(char32_t c);
inline bool is_digit(char32_t c) { return c < 0x80 ? c >= '0' && c <= '9' : is_digit_non_ascii(c); }

/// `text` without leading and trailing white space.
std::string_view trim(std::string_view text);

/// One line of a text, trimmed: its content and the byte range of that content
/// (an empty line's range is empty, at the line's start).
struct TrimmedLine {
  std::string_view content;
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// The line that starts at `pos`, trimmed; moves `pos` past its line break.
TrimmedLine next_line(std::string_view text, std::size_t& pos);

}  // namespace liner::ingest
