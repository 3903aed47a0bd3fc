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
char32_t next_code_point(std::string_view text, std::size_t& pos);

/// Decodes the code point that ends just before `pos` and moves `pos` back to its start.
char32_t previous_code_point(std::string_view text, std::size_t& pos);

/// Number of code points in valid UTF-8.
std::size_t count_code_points(std::string_view text);

/// Length of a UTF-8 byte order mark at the start of `text` (0 or 3).
std::size_t bom_length(std::string_view text);

/// Unicode White_Space, including no-break spaces.
bool is_space(char32_t c);
/// Unicode uppercase or titlecase letter.
bool is_upper(char32_t c);
/// Unicode lowercase letter.
bool is_lower(char32_t c);
/// Unicode letter.
bool is_letter(char32_t c);
/// Unicode decimal digit.
bool is_digit(char32_t c);

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
