#pragma once
// The first pass of TimeParser::find (ingest/time.cpp) over a sentence: the
// years it holds, and clues to which time patterns can match in it and where.
// Each clue is a necessary condition read off the patterns: a pattern without
// its clue cannot match, and a match can start only where starts() says, so
// find() returns what every pattern scanning the whole sentence would
// (TimeParser::find_unfiltered; tests/ingest/time_test.cpp compares the two).

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace liner::ingest::time_clues {

/// RE2's \s and \w, byte by byte (RE2's \b is ASCII only).
inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
inline bool is_word(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

/// Up to `N` byte offsets.
template <std::size_t N>
struct Offsets {
  std::array<std::size_t, N> at;  // the first `count` are set
  std::size_t count = 0;
  /// False once an offset did not fit.
  bool add(std::size_t p) {
    if (count == N) return false;
    at[count++] = p;
    return true;
  }
  [[nodiscard]] const std::size_t* begin() const { return at.data(); }
  [[nodiscard]] const std::size_t* end() const { return at.data() + count; }
};

/// Words of the time patterns (ingest/time.cpp builds them from these) that
/// the clues look for: before a year ("around 2000"), and after a number of
/// years ("two years later").
inline constexpr std::array<std::string_view, 5> approximate_words = {"around", "about", "circa", "approximately",
                                                                      "roughly"};
inline constexpr std::array<std::string_view, 4> apart_words = {"later", "earlier", "afterwards", "afterward"};

struct Clues {
  /// Where the bare years start ("1969" between non-word characters, from
  /// 1000 to 2099): the matches of the bare-year pattern, in text order.
  Offsets<24> years;
  /// Where "year" stands after a space and ends a word ("the same year").
  Offsets<8> year_words;
  /// Where "year" or "years" stands after a space and before spaces and one
  /// of apart_words ("two years later").
  Offsets<8> apart_words;
  /// Where digits that end in 0 before an "s" start ("1990s", "'90s", "1990's").
  Offsets<8> decades;
  bool digit = false;        ///< any ASCII digit
  bool decade_word = false;  ///< "decade" ending a word: "mid-decade"
  /// False when the clues cannot answer: more of something than fits, or a
  /// character RE2's case folding reads as an ASCII letter (ſ as s, the
  /// Kelvin sign as k).
  bool exact = true;
};

/// One pass over `text`; letters in any case.
Clues read(std::string_view text);

/// The time patterns that start() knows where to try.
enum class Form {
  month_day_year, day_month_year, iso_date, month_year, year_range, from_to, decade, approximate, years_apart,
  named_year,
};

/// Where a match of `form` can start in `t`, in text order; `count` is 0 when
/// none can, and the offsets are not complete when add() failed (then
/// `complete` is false). `months` holds the month names and abbreviations,
/// lowercase.
struct Starts {
  Offsets<64> offsets;
  bool complete = true;
};
Starts starts(Form form, std::string_view t, const Clues& c, const std::unordered_map<std::string, int>& months);

}  // namespace liner::ingest::time_clues
