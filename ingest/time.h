#pragma once
// Time expressions in one sentence of English prose ("December 31, 1969",
// "the early 1990s", "two years later"), found with RE2 and normalized.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace liner::ingest {

/// How exact a time value is.
enum class TimePrecision {
  day,          ///< one day: "December 31, 1969"
  month,        ///< one month: "December 1969"
  year,         ///< one year: "1969"
  range,        ///< a span of years: "1993–1995", "between 1993 and 1995", a century "the 1800s"
  decade,       ///< a whole decade: "the 1990s"
  approximate,  ///< fuzzy bounds: "early 1990s" (1990/1993), "circa 2000" (1999/2001), "mid-decade"
};

/// A point or interval of time. Fields are 0 when unknown.
struct TimeValue {
  int begin_year = 0, begin_month = 0, begin_day = 0;
  /// Inclusive end of the interval; the same as the beginning for a point.
  int end_year = 0, end_month = 0, end_day = 0;
  TimePrecision precision = TimePrecision::year;
  /// ISO 8601: "1969-12-31", "1969-12", "1969", an interval "1993/1995"
  /// (decades "1990/1999", "early 1990s" "1990/1993"), an open interval
  /// "1993/.." ("1993–present"); empty for a relative mention.
  std::string iso;
  bool operator==(const TimeValue&) const = default;
};

/// A time expression found in a sentence.
struct TimeMention {
  /// Byte offsets [begin, end) into the sentence given to TimeParser::find.
  std::size_t begin = 0, end = 0;
  TimeValue value;
  /// Counted from a year the caller knows (the previous absolute year in the
  /// text): "two years later" holds the offset in `value.begin_year` (+2),
  /// "the previous year" -1, "the same year" 0. TimeParser::resolve applies it.
  bool relative = false;
  /// With `relative`: part of the anchor year's decade rather than an offset.
  /// "mid-decade" holds years 4..6 of the decade in `value.begin_year` and
  /// `value.end_year`, so with 1993 as anchor it resolves to 1994/1996.
  bool decade_relative = false;
  bool operator==(const TimeMention&) const = default;
};

/// Finds time expressions. Compiles its patterns and reads its data lists
/// (months.txt, number_words.txt) once; const methods are thread-safe.
/// Construction throws std::logic_error only when a pattern or data list is
/// broken, which is a bug.
class TimeParser {
 public:
  TimeParser();
  ~TimeParser();
  TimeParser(const TimeParser&) = delete;
  TimeParser& operator=(const TimeParser&) = delete;

  /// The time expressions of `sentence` in text order, not overlapping; where
  /// two overlap, the one that starts first wins, then the longer. Any
  /// expression that overlaps a byte range [begin, end) of `exclude` (a work
  /// title such as "Live: 1979–1985") is skipped, so a shorter one
  /// outside the range can still be found. Spans cover the expression's own
  /// words ("from 1993 to 1995", "the late 1980s") but not the preposition
  /// that relates it to the sentence ("in", "by", "since"). Years are four
  /// digits from 1000 to 2099, and a number that counts something ("2000
  /// copies", "$1999", "between 1000 and 2000 fans") is not a year.
  [[nodiscard]] std::vector<TimeMention> find(
      std::string_view sentence, const std::vector<std::pair<std::size_t, std::size_t>>& exclude = {}) const;

  /// The same as find(), with every pattern scanning the whole sentence:
  /// slower, and the reference find()'s prefilters are tested against.
  [[nodiscard]] std::vector<TimeMention> find_unfiltered(
      std::string_view sentence, const std::vector<std::pair<std::size_t, std::size_t>>& exclude = {}) const;

  /// The absolute value of a relative mention counted from `anchor_year`;
  /// nullopt when the mention is not relative or a year falls outside
  /// 1000–2099.
  static std::optional<TimeValue> resolve(const TimeMention& relative, int anchor_year);

 private:
  struct Grammar;
  std::unique_ptr<const Grammar> grammar_;
};

}  // namespace liner::ingest
