#include "ingest/time.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <unordered_map>

#include "ingest/data.h"
#include "ingest/time_clues.h"

namespace liner::ingest {
namespace {

using Span = std::pair<std::size_t, std::size_t>;
// The groups of a match: no pattern has more than seven.
using Groups = std::array<re2::StringPiece, 8>;

// The finders, by their index in the prefilter and their bit in its answer.
enum Finder : unsigned {
  month_day_year_finder, day_month_year_finder, iso_date_finder, month_year_finder, bare_year_finder,
  year_range_finder, from_to_finder, decade_finder, approximate_finder, years_apart_finder, named_year_finder,
  decade_portion_finder,
};
constexpr unsigned digit_finders = (1u << years_apart_finder) - 1;  // the finders that need a digit

constexpr int min_year = 1000;
constexpr int max_year = 2099;

constexpr std::string_view year = "(1[0-9]{3}|20[0-9]{2})";
// Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign.
constexpr std::string_view dash = R"((?:-|\x{2010}|\x{2011}|\x{2012}|\x{2013}|\x{2014}|\x{2212}))";
constexpr std::string_view apostrophe = R"(['\x{2018}\x{2019}])";

std::string cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out += p;
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

bool is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Whether `text` contains the lowercase ASCII `word`, ignoring ASCII case.
bool contains_folded(std::string_view text, std::string_view word) {
  const auto it = std::search(text.begin(), text.end(), word.begin(), word.end(), [](char a, char b) {
    return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == b;
  });
  return it != text.end();
}

bool is_ascii_letters(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_ascii_letter); }

// Only called on groups the pattern limits to a few ASCII digits.
int to_int(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

bool has(const re2::StringPiece& group) { return group.data() != nullptr; }

std::string_view view(const re2::StringPiece& group) { return {group.data(), group.size()}; }

std::string padded(int n, std::size_t width) {
  std::string s = std::to_string(n);
  if (s.size() < width) s.insert(0, width - s.size(), '0');
  return s;
}

bool is_year(int y) { return y >= min_year && y <= max_year; }

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

TimeValue day_value(int y, int m, int d) {
  return {y, m, d, y, m, d, TimePrecision::day, padded(y, 4) + "-" + padded(m, 2) + "-" + padded(d, 2)};
}

TimeValue month_value(int y, int m) {
  return {y, m, 0, y, m, 0, TimePrecision::month, padded(y, 4) + "-" + padded(m, 2)};
}

TimeValue year_value(int y) { return {y, 0, 0, y, 0, 0, TimePrecision::year, padded(y, 4)}; }

// `end_year` 0 is an open end ("1993–present").
TimeValue interval(int begin_year, int end_year, TimePrecision precision) {
  return {begin_year, 0, 0, end_year, 0, 0, precision,
          padded(begin_year, 4) + "/" + (end_year == 0 ? std::string("..") : padded(end_year, 4))};
}

TimeValue offset_value(int offset) { return {offset, 0, 0, offset, 0, 0, TimePrecision::year, ""}; }

// The alternation of `words` in their order.
template <std::size_t N>
std::string joined(const std::array<std::string_view, N>& words) {
  std::string out;
  for (std::string_view w : words) out += (out.empty() ? "" : "|") + std::string(w);
  return out;
}

// Alternatives longest first, so that no entry is cut short by a prefix of another.
std::string alternation(std::vector<std::string> items) {
  std::sort(items.begin(), items.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "|") + item;
  return out;
}

// Runs `re` over `text` from left to right and calls `on_match` with the groups
// of each match. The scan resumes after each match, which keeps it linear; a
// form another pattern also covers (a bare year inside a rejected range) is
// found by that pattern.
template <class OnMatch>
void scan(const RE2& re, std::string_view text, OnMatch on_match) {
  const int n = re.NumberOfCapturingGroups() + 1;
  Groups groups{};
  std::size_t pos = 0;
  while (pos < text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED, groups.data(), n)) {
    on_match(groups);
    const std::size_t end = static_cast<std::size_t>(groups[0].data() - text.data()) + groups[0].size();
    pos = end > pos ? end : pos + 1;
  }
}

// The same as scan() where the matches can start only at `starts`, in text
// order: the pattern is tried there alone, anchored. Asked for the whole
// match only, RE2 answers with its DFA; the groups then come from the match
// alone (asked for groups from the start, RE2 would backtrack over the rest
// of the sentence).
template <class OnMatch>
void scan_at(const RE2& re, std::string_view text, const time_clues::Starts& starts, OnMatch on_match) {
  if (starts.offsets.count == 0) return;
  const int n = re.NumberOfCapturingGroups() + 1;
  Groups groups{};
  std::size_t pos = 0;
  for (const std::size_t at : starts.offsets) {
    if (at < pos || !re.Match(text, at, text.size(), RE2::ANCHOR_START, groups.data(), 1)) continue;
    const std::size_t end = at + groups[0].size();
    if (!re.Match(text, at, end, RE2::ANCHOR_BOTH, groups.data(), n)) continue;  // cannot fail
    on_match(groups);
    pos = end > at ? end : at + 1;
  }
}

// The form time_clues::starts() knows of a finder, if any.
std::optional<time_clues::Form> form_of(Finder finder) {
  using time_clues::Form;
  switch (finder) {
    case month_day_year_finder: return Form::month_day_year;
    case day_month_year_finder: return Form::day_month_year;
    case iso_date_finder: return Form::iso_date;
    case month_year_finder: return Form::month_year;
    case year_range_finder: return Form::year_range;
    case from_to_finder: return Form::from_to;
    case decade_finder: return Form::decade;
    case approximate_finder: return Form::approximate;
    case years_apart_finder: return Form::years_apart;
    case named_year_finder: return Form::named_year;
    default: return std::nullopt;
  }
}

// How the finders read one sentence. Each finder whose bit is set runs: over
// the whole sentence, or with clues, only where its matches can start when
// the clues know.
struct Reader {
  std::string_view text;
  unsigned bits;                                     // the finders that may match
  const time_clues::Clues* clues;                    // null: every finder scans the whole sentence
  const std::unordered_map<std::string, int>* months;  // with clues: lowercase month names

  template <class OnMatch>
  void run(Finder finder, const RE2& re, OnMatch on_match) const {
    if (!(bits & (1u << finder))) return;
    if (const auto form = clues ? form_of(finder) : std::nullopt) {
      const auto at = time_clues::starts(*form, text, *clues, *months);
      if (at.complete) return scan_at(re, text, at, on_match);
    }
    scan(re, text, on_match);
  }
};

// The years (first, last) that "early", "mid" or "late" picks out of a
// decade, or of a century ("the late 1800s").
std::pair<int, int> part_of(std::string_view name, bool century) {
  const std::string n = lower(name);
  if (n == "early") return century ? std::pair{0, 33} : std::pair{0, 3};
  if (n == "mid") return century ? std::pair{34, 66} : std::pair{4, 6};
  return century ? std::pair{67, 99} : std::pair{7, 9};
}

}  // namespace

// The data lists, and the patterns built from them: one pattern per form.
struct TimeParser::Grammar {
  struct Lists {
    std::unordered_map<std::string, int> months;   // lowercase name or abbreviation -> 1..12
    std::unordered_map<std::string, int> numbers;  // lowercase word -> value
    std::string month;                             // capturing group of month names
    std::string number;                            // alternation of number words
  };

  static Lists load() {
    Lists lists;
    std::vector<std::string> names, abbreviations;
    for (std::string_view line : data::lines("months.txt")) {
      std::vector<std::string_view> words;
      while (!line.empty()) {
        const std::size_t space = line.find(' ');
        if (space != 0) words.push_back(line.substr(0, space));
        line = space == std::string_view::npos ? std::string_view{} : line.substr(space + 1);
      }
      if (words.size() < 2 || !is_ascii_digit(words[0][0]) || words[0].size() > 2)
        throw std::logic_error("months.txt: bad line");
      const int number = to_int(words[0]);
      for (std::size_t i = 1; i < words.size(); ++i) {
        if (!is_ascii_letters(words[i])) throw std::logic_error("months.txt: bad month name");
        lists.months.emplace(lower(words[i]), number);
        // A capital first letter, then any case: "May" and "MAY" but not the verb "may".
        std::string pattern = std::string(1, words[i][0]) + "(?i:" + std::string(words[i].substr(1)) + ")";
        (i == 1 ? names : abbreviations).push_back(std::move(pattern));
      }
    }
    if (names.size() != 12) throw std::logic_error("months.txt: expected 12 months");
    lists.month = "((?:" + alternation(names) + R"()\b|(?:)" + alternation(abbreviations) + R"()\b\.?))";

    std::vector<std::string> words;
    for (std::string_view line : data::lines("number_words.txt")) {
      const std::size_t space = line.find(' ');
      if (space == std::string_view::npos) throw std::logic_error("number_words.txt: bad line");
      const std::string_view word = line.substr(0, space);
      const std::string_view value = line.substr(line.find_last_of(' ') + 1);
      if (!is_ascii_letters(word) || value.empty() || value.size() > 2 ||
          !std::all_of(value.begin(), value.end(), is_ascii_digit))
        throw std::logic_error("number_words.txt: bad line");
      lists.numbers.emplace(lower(word), to_int(value));
      words.push_back(lower(word));
    }
    if (words.empty()) throw std::logic_error("number_words.txt: empty");
    lists.number = "(?:" + alternation(words) + ")";
    return lists;
  }

  explicit Grammar(const Lists& lists)
      : months(lists.months),
        numbers(lists.numbers),
        month_day_year(cat({R"(\b)", lists.month, R"(\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+)", year, R"(\b)"})),
        day_month_year(
            cat({R"(\b([0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)", lists.month, R"(,?\s+)", year, R"(\b)"})),
        iso_date(cat({R"(\b)", year, R"(-([0-9]{2})-([0-9]{2})\b)"})),
        month_year(cat({R"(\b)", lists.month, R"(,?\s+)", year, R"(\b)"})),
        bare_year(cat({R"(\b)", year, R"(\b)"})),
        year_range(cat({R"(\b)", year, R"((?:(?:\s*)", dash, R"(\s*|/))", year, R"(\b|(?:)", dash,
                        R"(|/)([0-9]{2})\b|\s*)", dash, R"(\s*(?i:(present|now|today))\b))"})),
        from_to(cat({R"((?i)\b(?:from\s+)", year, R"(\s+(?:to|until|till|through|thru)|between\s+)", year,
                     R"(\s+and)\s+)", year, R"(\b)"})),
        decade(cat({R"((?i)(?:\b(the)\s+)?(?:\b(early|mid|late)(?:[-\s]+to[-\s]+(mid|late))?[-\s]*)?)",
                    R"((?:\b(1[0-9]{2}|20[0-9])0(?:)", apostrophe, R"(?s)|)", apostrophe, R"(([0-9])0s|\b([0-9])0s)\b)"})),
        approximate(cat({R"((?i)\b(?:(?:)", joined(time_clues::approximate_words), R"()\s+|(?:c|ca)\.\s*))", year,
                         R"(\b)"})),
        years_apart(cat({R"((?i)\b()", lists.number, "(?:-", lists.number, R"()?|[0-9]{1,2})\s+(years?)\s+()",
                         joined(time_clues::apart_words), R"()\b)"})),
        named_year(R"((?i)\bthe\s+(following|next|subsequent|previous|preceding|prior)\s+year\b|)"
                   R"(\b(?:(?:the|that)\s+same|that)\s+year\b)"),
        decade_portion(R"((?i)\bmid[-\s]?decade\b|\b(early|late)\s+in\s+the\s+decade\b)"),
        counted(R"((?i)\s*(?:%|percent\b)|\s+(?:per\s+cent|hundred|thousand|million|billion|copies|units|)"
                R"(records|albums|singles|songs|tracks|people|fans|attendees|spectators|visitors|listeners|viewers|)"
                R"(tickets|seats|votes|members|students|musicians|performers|concerts|shows|performances|times|)"
                R"(streams|views|downloads|plays|dollars|pounds|euros|miles|kilometres|kilometers|km|feet|metres|)"
                R"(meters|points|words|pages|hours|minutes|seconds|days|weeks|months|years)\b)") {
    for (const RE2* re : {&month_day_year, &day_month_year, &iso_date, &month_year, &bare_year, &year_range, &from_to,
                          &decade, &approximate, &years_apart, &named_year, &decade_portion, &counted})
      if (!re->ok()) throw std::logic_error("time pattern: " + re->error());
      else if (re->NumberOfCapturingGroups() >= static_cast<int>(Groups().size()))
        throw std::logic_error("time pattern: too many groups");
    for (const RE2* re : finders()) {
      std::string error;
      if (prefilter.Add(re->pattern(), &error) < 0) throw std::logic_error("time pattern set: " + error);
    }
    if (!prefilter.Compile()) throw std::logic_error("time pattern set: out of memory");
  }

  // The patterns that find expressions, in the order of their prefilter indexes.
  [[nodiscard]] std::array<const RE2*, 12> finders() const {
    return {&month_day_year, &day_month_year, &iso_date, &month_year, &bare_year, &year_range,
            &from_to,        &decade,         &approximate, &years_apart, &named_year, &decade_portion};
  }

  // Which finders match somewhere in `text`, as bits by finder index: one
  // pass for all of them, so a sentence scans only with those that match.
  // All bits when the set cannot answer.
  [[nodiscard]] unsigned matching(std::string_view text) const {
    std::vector<int> hits;
    RE2::Set::ErrorInfo error{};
    if (!prefilter.Match(text, &hits, &error) && error.kind != RE2::Set::kNoError) return ~0u;
    unsigned bits = 0;
    for (int h : hits) bits |= 1u << h;
    return bits;
  }

  std::unordered_map<std::string, int> months;
  std::unordered_map<std::string, int> numbers;
  RE2 month_day_year;  // December 31, 1969; Dec. 31st 1969
  RE2 day_month_year;  // 31 December 1969; 31st of December, 1969
  RE2 iso_date;        // 1969-12-31
  RE2 month_year;      // December 1969
  RE2 bare_year;       // 1969
  RE2 year_range;      // 1993–1995, 1993-95, 2005/06, 1993–present
  RE2 from_to;         // from 1993 to 1995, between 1993 and 1995
  RE2 decade;          // the 1990s, the '90s, early 1990s, the mid-to-late '80s, the 1800s
  RE2 approximate;     // around 2000, c. 2000
  RE2 years_apart;     // two years later, a year earlier
  RE2 named_year;      // the following year, the same year
  RE2 decade_portion;  // mid-decade
  RE2 counted;         // after a number: "copies", "%"
  RE2::Set prefilter{RE2::Options(), RE2::UNANCHORED};  // the finders above, counted excepted

  [[nodiscard]] int month(std::string_view name) const {
    std::string key = lower(name);
    if (!key.empty() && key.back() == '.') key.pop_back();
    const auto it = months.find(key);
    return it == months.end() ? 0 : it->second;
  }

  // "four", "twenty-five" or "12"; 0 when the words do not form a number.
  [[nodiscard]] int number(std::string_view text) const {
    if (std::all_of(text.begin(), text.end(), is_ascii_digit)) return to_int(text);
    const std::size_t hyphen = text.find('-');
    const auto value = [&](std::string_view word) {
      const auto it = numbers.find(lower(word));
      return it == numbers.end() ? 0 : it->second;
    };
    if (hyphen == std::string_view::npos) return value(text);
    const int tens = value(text.substr(0, hyphen));
    const int units = value(text.substr(hyphen + 1));
    const bool is_tens = tens >= 20 && tens % 10 == 0;
    const bool is_unit = units >= 1 && units <= 9 && lower(text.substr(hyphen + 1)) != "a" &&
                         lower(text.substr(hyphen + 1)) != "an";
    return is_tens && is_unit ? tens + units : 0;
  }
};

TimeParser::TimeParser() : grammar_(std::make_unique<const Grammar>(Grammar::load())) {}

TimeParser::~TimeParser() = default;

namespace {

// A four-digit number after a currency sign or inside a longer number
// ("$1999", "1,2000") is not a year.
bool number_before(std::string_view text, std::size_t begin) {
  const std::string_view before = text.substr(0, begin);
  // Each sign ends with one of these bytes.
  if (begin > 0 && std::string_view("$#\xA3\xAC\xA5").find(text[begin - 1]) != std::string_view::npos) {
    using namespace std::string_view_literals;
    for (std::string_view sign : {"$"sv, "#"sv, "\xC2\xA3"sv /* £ */, "\xE2\x82\xAC"sv /* € */, "\xC2\xA5"sv /* ¥ */})
      if (before.ends_with(sign)) return true;
  }
  return begin >= 2 && (text[begin - 1] == ',' || text[begin - 1] == '.') && is_ascii_digit(text[begin - 2]);
}

// "2000.5", "2000,000".
bool number_after(std::string_view text, std::size_t end) {
  return end + 1 < text.size() && (text[end] == ',' || text[end] == '.') && is_ascii_digit(text[end + 1]);
}

// Whether `m` overlaps one of `spans` (empty ones overlap nothing).
bool overlaps_any(const TimeMention& m, const std::vector<Span>& spans) {
  return std::any_of(spans.begin(), spans.end(),
                     [&](const Span& s) { return s.first < s.second && s.first < m.end && m.begin < s.second; });
}

}  // namespace

namespace {

// Adds a found expression: its span from the match, and its value.
struct Collector {
  std::string_view text;
  std::vector<TimeMention>& found;
  void operator()(const re2::StringPiece& whole, const TimeValue& value, bool relative = false,
                  bool decade_relative = false) const {
    const auto begin = static_cast<std::size_t>(whole.data() - text.data());
    found.push_back({begin, begin + whole.size(), value, relative, decade_relative});
  }
  void at(std::size_t begin, std::size_t end, const TimeValue& value) const { found.push_back({begin, end, value}); }
};

// Dates and single years: "December 31, 1969", "31 December 1969", "1969-12-31", "December 1969", "1969".
template <class Grammar>
void find_dates(const Grammar& g, const Reader& r, const Collector& add) {
  const std::string_view text = r.text;
  r.run(month_day_year_finder, g.month_day_year, [&](const Groups& m) {
    const int month = g.month(view(m[1])), day = to_int(view(m[2])), y = to_int(view(m[3]));
    if (month != 0 && day >= 1 && day <= days_in_month(y, month)) add(m[0], day_value(y, month, day));
  });
  r.run(day_month_year_finder, g.day_month_year, [&](const Groups& m) {
    const int day = to_int(view(m[1])), month = g.month(view(m[2])), y = to_int(view(m[3]));
    if (month != 0 && day >= 1 && day <= days_in_month(y, month)) add(m[0], day_value(y, month, day));
  });
  r.run(iso_date_finder, g.iso_date, [&](const Groups& m) {
    const int y = to_int(view(m[1])), month = to_int(view(m[2])), day = to_int(view(m[3]));
    if (month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(y, month)) add(m[0], day_value(y, month, day));
  });
  r.run(month_year_finder, g.month_year, [&](const Groups& m) {
    const int month = g.month(view(m[1]));
    if (month != 0) add(m[0], month_value(to_int(view(m[2])), month));
  });
  // With clues, the bare years are known.
  if (!r.clues) {
    r.run(bare_year_finder, g.bare_year, [&](const Groups& m) { add(m[0], year_value(to_int(view(m[1])))); });
    return;
  }
  for (const std::size_t y : r.clues->years) add.at(y, y + 4, year_value(to_int(text.substr(y, 4))));
}

// Spans of years: "1993–1995", "from 1993 to 1995", "the 1990s", "the early 1990s", "circa 2000".
template <class Grammar>
void find_spans(const Grammar& g, const Reader& r, const Collector& add) {
  r.run(year_range_finder, g.year_range, [&](const Groups& m) {
    const int begin = to_int(view(m[1]));
    if (has(m[4])) return add(m[0], interval(begin, 0, TimePrecision::range));
    int end = 0;
    if (has(m[2])) {
      end = to_int(view(m[2]));
    } else {
      // "1993-95", "1998–02": the next end in the begin year's century or
      // the one after; a long jump ("1969-12") is more likely a month.
      end = begin / 100 * 100 + to_int(view(m[3]));
      if (end <= begin) end += 100;
      if (end - begin > 20) return;
    }
    if (end > begin && is_year(end)) add(m[0], interval(begin, end, TimePrecision::range));
  });
  r.run(from_to_finder, g.from_to, [&](const Groups& m) {
    const int begin = to_int(view(has(m[1]) ? m[1] : m[2])), end = to_int(view(m[3]));
    if (end > begin) add(m[0], interval(begin, end, TimePrecision::range));
  });
  r.run(decade_finder, g.decade, [&](const Groups& m) {
    int start = 0;
    if (has(m[4])) {
      start = to_int(view(m[4])) * 10;
    } else if (has(m[5])) {
      // "the '10s" is the 2010s, "the '20s" the 1920s: biographies of
      // musicians rarely reach back to the 1910s.
      const int d = to_int(view(m[5]));
      start = (d <= 1 ? 2000 : 1900) + d * 10;
    } else {
      if (!has(m[1])) return;  // "in his 90s" is an age; "the 90s" is a decade
      const int d = to_int(view(m[6]));
      start = (d <= 1 ? 2000 : 1900) + d * 10;
    }
    // "The 1800s" is a century; "the 2000s" is read as the decade, as
    // biographies of musicians mostly mean it.
    const bool century = has(m[4]) && start % 100 == 0 && start < 2000;
    if (!has(m[2]))
      return add(m[0], century ? interval(start, start + 99, TimePrecision::range)
                               : interval(start, start + 9, TimePrecision::decade));
    const int first = part_of(view(m[2]), century).first;
    const int last = part_of(view(has(m[3]) ? m[3] : m[2]), century).second;
    add(m[0], interval(start + first, start + last, TimePrecision::approximate));
  });
  r.run(approximate_finder, g.approximate, [&](const Groups& m) {
    const int y = to_int(view(m[1]));
    if (is_year(y - 1) && is_year(y + 1)) add(m[0], interval(y - 1, y + 1, TimePrecision::approximate));
  });
}

// Relative times: "two years later", "the following year", "mid-decade".
template <class Grammar>
void find_relative(const Grammar& g, const Reader& r, const Collector& add) {
  const std::string_view text = r.text;
  r.run(years_apart_finder, g.years_apart, [&](const Groups& m) {
    const int n = g.number(view(m[1]));
    const bool plural = view(m[2]).size() == 5;  // "years"
    if (n == 0 || plural != (n != 1)) return;
    const std::string_view before = text.substr(0, static_cast<std::size_t>(m[0].data() - text.data()));
    if (lower(before.substr(before.size() < 5 ? 0 : before.size() - 5)) == "half ") return;  // "half a year later"
    const bool earlier = lower(view(m[3])) == "earlier";
    add(m[0], offset_value(earlier ? -n : n), true);
  });
  r.run(named_year_finder, g.named_year, [&](const Groups& m) {
    int offset = 0;
    if (has(m[1])) {
      const std::string w = lower(view(m[1]));
      offset = w == "previous" || w == "preceding" || w == "prior" ? -1 : 1;
    }
    add(m[0], offset_value(offset), true);
  });
  r.run(decade_portion_finder, g.decade_portion, [&](const Groups& m) {
    const auto [first, last] = part_of(has(m[1]) ? view(m[1]) : std::string_view("mid"), false);
    add(m[0], {first, 0, 0, last, 0, 0, TimePrecision::approximate, ""}, true, true);
  });
}

// Whether the pattern of counted things can match at `end`, right after a
// number: it starts with a space, "%" or "percent".
bool may_count(std::string_view text, std::size_t end) {
  return end < text.size() && (time_clues::is_space(text[end]) || text[end] == '%' || text[end] == 'p' ||
                               text[end] == 'P');
}

// The expressions kept: none over a number that counts something or over an
// excluded range; of overlapping ones, the first, then the longer.
template <class Grammar>
std::vector<TimeMention> kept(const Grammar& g, std::string_view text, std::vector<TimeMention> found,
                              const std::vector<Span>& exclude) {
  if (found.empty()) return found;
  // A number that counts something ("2000 copies", "between 1000 and 2000
  // fans") blocks every expression over it, so the bare years inside a
  // rejected range are not taken either.
  std::vector<Span> blocked;
  for (const auto& m : found) {
    const bool starts_with_digit = is_ascii_digit(text[m.begin]);
    const bool ends_with_digit = is_ascii_digit(text[m.end - 1]);
    if ((starts_with_digit && number_before(text, m.begin)) ||
        (ends_with_digit && (number_after(text, m.end) ||
                             (may_count(text, m.end) &&
                              g.counted.Match(text, m.end, text.size(), RE2::ANCHOR_START, nullptr, 0)))))
      blocked.emplace_back(m.begin, m.end);
  }
  if (!blocked.empty() || !exclude.empty())
    std::erase_if(found, [&](const TimeMention& m) { return overlaps_any(m, exclude) || overlaps_any(m, blocked); });

  // In text order, the longer first where two start together; stable (by
  // insertion when short: no buffer).
  const auto before = [](const TimeMention& a, const TimeMention& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  };
  if (found.size() > 16) std::stable_sort(found.begin(), found.end(), before);
  else for (std::size_t k = 1; k < found.size(); ++k)
    for (std::size_t j = k; j > 0; --j) {
      if (!before(found[j], found[j - 1])) break;
      std::swap(found[j - 1], found[j]);
    }
  std::size_t out = 0;
  for (std::size_t k = 0; k < found.size(); ++k)
    if (out == 0 || found[k].begin >= found[out - 1].end) {
      if (out != k) found[out] = std::move(found[k]);
      ++out;
    }
  found.resize(out);
  return found;
}

// The finders the clues leave (time_clues.h).
constexpr unsigned year_finders = (1u << month_day_year_finder) | (1u << day_month_year_finder) |
                                  (1u << iso_date_finder) | (1u << month_year_finder) | (1u << bare_year_finder) |
                                  (1u << year_range_finder) | (1u << from_to_finder) | (1u << approximate_finder);
unsigned clue_bits(const time_clues::Clues& c) {
  return (c.years.count > 0 ? year_finders : 0u) | (c.decades.count > 0 ? 1u << decade_finder : 0u) |
         (c.apart_words.count > 0 ? 1u << years_apart_finder : 0u) |
         (c.year_words.count > 0 ? 1u << named_year_finder : 0u) | (c.decade_word ? 1u << decade_portion_finder : 0u);
}

// The finders the RE2::Set prefilter leaves, when a digit or the word "year"
// or "decade" is there at all.
template <class Grammar>
unsigned prefilter_bits(const Grammar& g, std::string_view text) {
  const bool digits = std::any_of(text.begin(), text.end(), is_ascii_digit);
  const bool year_word = contains_folded(text, "year");
  const bool decade_word = contains_folded(text, "decade");
  if (!digits && !year_word && !decade_word) return 0;
  unsigned bits = g.matching(text);
  if (!digits) bits &= ~digit_finders;
  if (!year_word) bits &= ~((1u << years_apart_finder) | (1u << named_year_finder));
  if (!decade_word) bits &= ~(1u << decade_portion_finder);
  return bits;
}

}  // namespace

// Most sentences have no date at all, so find() first reads the clues of
// the sentence in one pass (time_clues.h) and runs only the finders they
// leave, only where they say; where the clues cannot answer, the RE2::Set
// prefilter picks the finders. The results are those of find_unfiltered().
std::vector<TimeMention> TimeParser::find(std::string_view text, const std::vector<Span>& exclude) const {
  const Grammar& g = *grammar_;
  std::vector<TimeMention> found;
  const Collector add{text, found};
  const time_clues::Clues clues = time_clues::read(text);
  const Reader r = clues.exact ? Reader{text, clue_bits(clues), &clues, &g.months}
                               : Reader{text, prefilter_bits(g, text), nullptr, nullptr};
  if (r.bits == 0) return {};
  found.reserve(8);
  find_dates(g, r, add);
  find_spans(g, r, add);
  find_relative(g, r, add);
  return kept(g, text, std::move(found), exclude);
}

std::vector<TimeMention> TimeParser::find_unfiltered(std::string_view text, const std::vector<Span>& exclude) const {
  const Grammar& g = *grammar_;
  std::vector<TimeMention> found;
  const Collector add{text, found};
  const Reader r{text, ~0u, nullptr, nullptr};
  find_dates(g, r, add);
  find_spans(g, r, add);
  find_relative(g, r, add);
  return kept(g, text, std::move(found), exclude);
}

std::optional<TimeValue> TimeParser::resolve(const TimeMention& relative, int anchor_year) {
  if (!relative.relative || !is_year(anchor_year)) return std::nullopt;
  if (relative.decade_relative) {
    const int start = anchor_year - anchor_year % 10;
    const int begin = start + relative.value.begin_year, end = start + relative.value.end_year;
    if (!is_year(begin) || !is_year(end)) return std::nullopt;
    return interval(begin, end, TimePrecision::approximate);
  }
  const int y = anchor_year + relative.value.begin_year;
  if (!is_year(y)) return std::nullopt;
  return year_value(y);
}

}  // namespace liner::ingest
