#include "ingest/time_clues.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace liner::ingest::time_clues {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Whether `t` holds the lowercase ASCII `word` at `at`, in any case.
bool folded_at(std::string_view t, std::size_t at, std::string_view word) {
  if (at + word.size() > t.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (fold(t[at + k]) != word[k]) return false;
  return true;
}

bool is_s(std::string_view t, std::size_t at) { return at < t.size() && fold(t[at]) == 's'; }

// Where the run of spaces before `p` starts.
std::size_t spaces_before(std::string_view t, std::size_t p) {
  while (p > 0 && is_space(t[p - 1])) --p;
  return p;
}

// Where the run of word characters before `p` starts.
std::size_t word_before(std::string_view t, std::size_t p) {
  while (p > 0 && is_word(t[p - 1])) --p;
  return p;
}

// Where the run of ASCII letters before `p` starts.
std::size_t letters_before(std::string_view t, std::size_t p) {
  while (p > 0 && is_letter(t[p - 1])) --p;
  return p;
}

// A run of digits from `i`: a bare year, or a decade's digits.
std::size_t read_digits(std::string_view t, std::size_t i, Clues& c) {
  std::size_t e = i;
  while (e < t.size() && is_digit(t[e])) ++e;
  c.digit = true;
  if (e - i == 4 && (t[i] == '1' || (t[i] == '2' && t[i + 1] == '0')) && (i == 0 || !is_word(t[i - 1])) &&
      (e == t.size() || !is_word(t[e])))
    c.exact = c.years.add(i) && c.exact;
  // "1990s", "1990's", "'90s", "1990’s".
  if (t[e - 1] == '0' &&
      (is_s(t, e) || (e < t.size() && t[e] == '\'' && is_s(t, e + 1)) ||
       ((t.substr(e, 3) == "\xE2\x80\x98" || t.substr(e, 3) == "\xE2\x80\x99") && is_s(t, e + 3))))
    c.exact = c.decades.add(i) && c.exact;
  return e;
}

// "year" at `i`: "the same year", "two years later".
void read_year(std::string_view t, std::size_t i, Clues& c) {
  if (i == 0 || !is_space(t[i - 1])) return;
  std::size_t p = i + 4;
  if (p == t.size() || !is_word(t[p])) c.exact = c.year_words.add(i) && c.exact;
  if (is_s(t, p)) ++p;
  std::size_t q = p;
  while (q < t.size() && is_space(t[q])) ++q;
  if (q > p && std::any_of(apart_words.begin(), apart_words.end(), [&](auto w) { return folded_at(t, q, w); }))
    c.exact = c.apart_words.add(i) && c.exact;
}

// Reads what starts at `i` (a digit, y, c, or the lead byte of ſ or the
// Kelvin sign); returns where reading goes on.
std::size_t read_at(std::string_view t, std::size_t i, Clues& c) {
  const char b = t[i];
  if (is_digit(b)) return read_digits(t, i, c);
  if (fold(b) == 'y') {
    if (folded_at(t, i, "year")) read_year(t, i, c);
  } else if (fold(b) == 'c') {
    if (i >= 2 && folded_at(t, i - 2, "decade"))
      c.decade_word = c.decade_word || i + 4 == t.size() || !is_word(t[i + 4]);
  } else if (t.substr(i, 2) == "\xC5\xBF" || t.substr(i, 3) == "\xE2\x84\xAA") {
    c.exact = false;
  }
  return i + 1;
}

#if !defined(__SSE2__)
bool stops_at(char b) { return is_digit(b) || fold(b) == 'y' || fold(b) == 'c' || b == '\xC5' || b == '\xE2'; }
#else
// Of the 16 bytes at `p` (which may read 17), those read_at() may read: a
// digit, "ye" or "ca" in any case (read_at() looks for "year" and "decade"),
// the first two bytes of ſ or the Kelvin sign. One load fewer than testing
// "yea" and "cad" in full; the few stops more cost less.
unsigned stops16(const char* p) {
  const auto load = [&](int k) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k)); };
  const auto is = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
  const __m128i v0 = load(0), v1 = load(1);
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i l0 = _mm_or_si128(v0, case_bit), l1 = _mm_or_si128(v1, case_bit);
  const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v0, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v0, _mm_set1_epi8('9' + 1)));
  const __m128i year = _mm_and_si128(is(l0, 'y'), is(l1, 'e'));
  const __m128i decade = _mm_and_si128(is(l0, 'c'), is(l1, 'a'));
  const __m128i folds = _mm_or_si128(_mm_and_si128(is(v0, '\xC5'), is(v1, '\xBF')),
                                     _mm_and_si128(is(v0, '\xE2'), is(v1, '\x84')));
  return static_cast<unsigned>(
      _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, year), _mm_or_si128(decade, folds))));
}
#endif

}  // namespace

Clues read(std::string_view t) {
  Clues c;
  std::size_t next = 0;  // the first byte not read yet
#if defined(__SSE2__)
  const auto read_block = [&](std::size_t i, unsigned mask) {
    for (; mask != 0; mask &= mask - 1) {
      const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(mask));
      if (at >= next) next = read_at(t, at, c);
    }
  };
  std::size_t i = 0;
  for (; i + 18 <= t.size(); i += 16) read_block(i, stops16(t.data() + i));
  // The rest, padded with zeros, which match nothing.
  std::array<char, 48> tail{};
  for (; i < t.size(); i += 16) {
    const std::size_t n = std::min<std::size_t>(16, t.size() - i);
    std::copy_n(t.data() + i, std::min<std::size_t>(18, t.size() - i), tail.data());
    std::fill(tail.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(18, t.size() - i)), tail.end(), '\0');
    read_block(i, stops16(tail.data()) & ((1u << n) - 1));
  }
#else
  for (std::size_t i = 0; i < t.size();) i = stops_at(t[i]) ? read_at(t, i, c) : i + 1;
#endif
  return c;
}

namespace {

// The month name ending at `p` (an abbreviation may have a period: "Dec."):
// where it starts, or npos.
std::size_t month_ending(std::string_view t, std::size_t p, const std::unordered_map<std::string, int>& months) {
  if (p > 0 && t[p - 1] == '.') --p;
  const std::size_t b = word_before(t, p);
  if (p - b < 3 || p - b > 15) return npos;
  std::string key(t.substr(b, p - b));
  for (char& ch : key) ch = fold(ch);
  return months.contains(key) ? b : npos;
}

// The day ending at `p` ("31", "1st"): where it starts, or npos.
std::size_t day_ending(std::string_view t, std::size_t p) {
  const std::size_t b = word_before(t, p);
  std::size_t d = b;
  while (d < p && d < b + 2 && is_digit(t[d])) ++d;
  const std::string_view suffix = t.substr(d, p - d);
  if (d == b || (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th")) return npos;
  return b;
}

// Where the word before the year at `y` ends: before spaces and a comma
// ("December 1969", "31, 1969"); npos without a space.
std::size_t before_year(std::string_view t, std::size_t y) {
  std::size_t p = spaces_before(t, y);
  if (p == y) return npos;
  if (p > 0 && t[p - 1] == ',') --p;
  return p;
}

// Where a match of `form` holding the year at `y` can start, or npos.
std::size_t start_at_year(Form form, std::string_view t, std::size_t y,
                          const std::unordered_map<std::string, int>& months) {
  switch (form) {
    case Form::iso_date: return y + 4 < t.size() && t[y + 4] == '-' ? y : npos;  // "1969-12-31"
    case Form::year_range: {  // "1993–1995", "1993 - present", "2005/06"
      std::size_t p = y + 4;
      while (p < t.size() && is_space(t[p])) ++p;
      // A hyphen, a slash, or the lead byte of a Unicode dash.
      return p < t.size() && (t[p] == '-' || t[p] == '/' || t[p] == '\xE2') ? y : npos;
    }
    case Form::from_to: {  // "from 1993 to", "between 1993 and"
      const std::size_t p = spaces_before(t, y);
      if (p == y) return npos;
      for (std::string_view word : {"from", "between"})
        if (p >= word.size() && folded_at(t, p - word.size(), word)) return p - word.size();
      return npos;
    }
    case Form::approximate: {  // "around 2000", "c. 2000", "ca.2000"
      std::size_t p = spaces_before(t, y);
      const bool period = p > 0 && t[p - 1] == '.';
      if (period) --p;
      else if (p == y) return npos;
      const std::size_t b = letters_before(t, p);
      const std::string_view word = t.substr(b, p - b);
      const auto is = [&](std::string_view w) { return word.size() == w.size() && folded_at(t, b, w); };
      if (period ? is("c") || is("ca") : std::any_of(approximate_words.begin(), approximate_words.end(), is))
        return b;
      return npos;
    }
    case Form::month_year: {  // "December 1969", "Dec. 1969"
      const std::size_t p = before_year(t, y);
      return p == npos ? npos : month_ending(t, p, months);
    }
    case Form::day_month_year: {  // "31 December 1969", "1st of May, 2001"
      const std::size_t p = before_year(t, y);
      const std::size_t m = p == npos ? npos : month_ending(t, p, months);
      if (m == npos) return npos;
      std::size_t q = spaces_before(t, m);
      if (q == m) return npos;
      if (const std::size_t of = word_before(t, q); t.substr(of, q - of) == "of") {
        q = spaces_before(t, of);
        if (q == of) return npos;
      }
      return day_ending(t, q);
    }
    case Form::month_day_year: {  // "December 31, 1969", "Dec. 31st 1969"
      const std::size_t p = before_year(t, y);
      const std::size_t d = p == npos ? npos : day_ending(t, p);
      if (d == npos) return npos;
      const std::size_t q = spaces_before(t, d);
      return q == d ? npos : month_ending(t, q, months);
    }
    default: return npos;
  }
}

// "the following year", "that same year", "that year": the starts of the
// two words before "year" at `w`.
void named_year_starts(std::string_view t, std::size_t w, Starts& out) {
  const std::size_t q = spaces_before(t, w);
  const std::size_t a = letters_before(t, q);
  if (a == q) return;
  out.complete = out.offsets.add(a) && out.complete;
  const std::size_t r = spaces_before(t, a);
  const std::size_t b = letters_before(t, r);
  if (r < a && b < r) out.complete = out.offsets.add(b) && out.complete;
}

// "two years later", "twenty-five years earlier": the number before "year"
// at `w`, or a part of it after a hyphen.
void years_apart_starts(std::string_view t, std::size_t w, Starts& out) {
  const std::size_t q = spaces_before(t, w);
  std::size_t b = q;
  while (b > 0 && (is_letter(t[b - 1]) || is_digit(t[b - 1]) || t[b - 1] == '-')) --b;
  for (std::size_t k = b; k < q; ++k)
    if (k == b || t[k - 1] == '-') out.complete = out.offsets.add(k) && out.complete;
}

// "the 1990s", "the early-to-mid '80s", "late'90s": the digits, an
// apostrophe before them, and up to four words before, each after hyphens
// or spaces ("the", "early", "to", "mid").
void decade_starts(std::string_view t, std::size_t d, Starts& out) {
  std::size_t first = d;
  if (d >= 1 && t[d - 1] == '\'') first = d - 1;
  if (d >= 3 && (t.substr(d - 3, 3) == "\xE2\x80\x98" || t.substr(d - 3, 3) == "\xE2\x80\x99")) first = d - 3;
  out.complete = out.offsets.add(d) && out.complete;
  if (first < d) out.complete = out.offsets.add(first) && out.complete;
  std::size_t p = first;
  for (int words = 0; words < 4; ++words) {
    while (p > 0 && (t[p - 1] == '-' || is_space(t[p - 1]))) --p;
    const std::size_t b = letters_before(t, p);
    if (b == p) break;
    out.complete = out.offsets.add(b) && out.complete;
    p = b;
  }
}

}  // namespace

Starts starts(Form form, std::string_view t, const Clues& c, const std::unordered_map<std::string, int>& months) {
  Starts out;
  if (form == Form::named_year) {
    for (const std::size_t w : c.year_words) named_year_starts(t, w, out);
  } else if (form == Form::years_apart) {
    for (const std::size_t w : c.apart_words) years_apart_starts(t, w, out);
  } else if (form == Form::decade) {
    for (const std::size_t d : c.decades) decade_starts(t, d, out);
  } else {
    for (const std::size_t y : c.years)
      if (const std::size_t s = start_at_year(form, t, y, months); s != npos)
        out.complete = out.offsets.add(s) && out.complete;
    return out;  // in text order: each start is after the year before
  }
  std::sort(out.offsets.at.begin(), out.offsets.at.begin() + static_cast<std::ptrdiff_t>(out.offsets.count));
  out.offsets.count = static_cast<std::size_t>(
      std::unique(out.offsets.at.begin(), out.offsets.at.begin() + static_cast<std::ptrdiff_t>(out.offsets.count)) -
      out.offsets.at.begin());
  return out;
}

}  // namespace liner::ingest::time_clues
