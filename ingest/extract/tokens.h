#pragma once
// Words of a sentence and the small text helpers every extraction dimension
// uses: where a word starts and ends, its core without punctuation, whether
// it is capitalized, whole-word search.

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/claim.h"

namespace liner::ingest::extract {

/// A word: byte offsets [begin, end) into the text it was split from.
struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// A byte range of a sentence.
struct Range {
  std::size_t begin = 0;
  std::size_t end = 0;
  [[nodiscard]] bool overlaps(const Range& o) const { return begin < o.end && o.begin < end; }
  [[nodiscard]] bool contains(std::size_t p) const { return p >= begin && p < end; }
};

/// Words split at spaces and at em dashes ("Awards—three for Anglo music").
std::vector<Token> split_words(std::string_view t);

/// The text of token `k` of `t`.
inline std::string_view word_of(std::string_view t, const std::vector<Token>& toks, std::size_t k) {
  return t.substr(toks[k].begin, toks[k].end - toks[k].begin);
}

bool starts_with_any(std::string_view s, std::initializer_list<std::string_view> prefixes);
bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> suffixes);
/// The same against a cue list (ingest/data/*_cues.tsv).
bool starts_with_any(std::string_view s, const std::vector<std::string_view>& prefixes);
bool ends_with_any(std::string_view s, const std::vector<std::string_view>& suffixes);

namespace tokens_detail {

constexpr std::array<bool, 256> byte_set(std::string_view bytes) {
  std::array<bool, 256> set{};
  for (char c : bytes) set[static_cast<unsigned char>(c)] = true;
  return set;
}
// The bytes core() may strip a word at: its first bytes (with the lead byte of
// a curly quote), its last bytes (with the last byte of a curly quote).
constexpr auto core_front = byte_set("\"('[\xE2");
constexpr auto core_back = byte_set(",;:.!?)\"'[]\x9D\x99");

}  // namespace tokens_detail

/// core() of a word that starts or ends with a byte it may strip.
std::string_view strip_core(std::string_view w);
/// A word without the quotes, brackets and punctuation around it. Most words
/// have none: they are answered inline.
inline std::string_view core(std::string_view w) {
  if (w.empty() || (!tokens_detail::core_front[static_cast<unsigned char>(w.front())] &&
                    !tokens_detail::core_back[static_cast<unsigned char>(w.back())]))
    return w;
  return strip_core(w);
}
/// capitalized() of a core that starts past ASCII.
bool capitalized_past_ascii(std::string_view core_word);
/// Its core starts with an uppercase letter or a digit.
inline bool capitalized(std::string_view w) {
  w = core(w);
  if (w.empty()) return false;
  const auto c = static_cast<unsigned char>(w[0]);
  if (c < 0x80) return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return capitalized_past_ascii(w);
}
/// all_digits() of a word that starts with a digit.
bool all_digits_past_first(std::string_view w);
/// Not empty, and all ASCII digits. Most words fail at their first byte, inline.
inline bool all_digits(std::string_view w) { return !w.empty() && w[0] >= '0' && w[0] <= '9' && all_digits_past_first(w); }
/// is_possessive() of a word longer than three bytes whose last byte is 's'
/// or one core() strips.
bool is_possessive_past_last(std::string_view w);
/// "Lund's", "Lund’s". Most words fail at their size or last byte, inline:
/// a word whose last byte core() keeps ends its core, so that must be 's'.
inline bool is_possessive(std::string_view w) {
  if (w.size() <= 3) return false;
  const auto last = static_cast<unsigned char>(w.back());
  return (tokens_detail::core_back[last] || last == 's') && is_possessive_past_last(w);
}
/// "Lund's" -> "Lund".
std::string_view possessor(std::string_view w);
constexpr bool ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
/// word_at() where a byte beside the word is past ASCII.
bool word_at_past_ascii(std::string_view t, std::size_t b, std::size_t e);
/// t[b, e) is a whole word: no letter or digit on either side. ASCII
/// neighbours are answered inline.
inline bool word_at(std::string_view t, std::size_t b, std::size_t e) {
  const bool before_ascii = b == 0 || static_cast<unsigned char>(t[b - 1]) < 0x80;
  const bool after_ascii = e >= t.size() || static_cast<unsigned char>(t[e]) < 0x80;
  if (!before_ascii || !after_ascii) return word_at_past_ascii(t, b, e);
  return (b == 0 || !ascii_alnum(t[b - 1])) && (e >= t.size() || !ascii_alnum(t[e]));
}
/// The words b..e-1 of `t` as written, without what ends the last word.
std::string text_of(std::string_view t, const std::vector<Token>& toks, std::size_t b, std::size_t e);

/// FNV-1a with liner's own offset basis, which lacks a digit of FNV's: claim
/// ids derive from it and are public, so it stays.
/// `basis` continues a hash: fnv1a(b, fnv1a(a)) == fnv1a(a + b).
inline std::uint64_t fnv1a(std::string_view s, std::uint64_t basis = 1469598103934665603ull) {
  std::uint64_t h = basis;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

namespace tokens_detail {
// How common a byte is in English prose, roughly (higher: more common).
constexpr std::array<unsigned char, 256> byte_commonness = [] {
  std::array<unsigned char, 256> set{};
  set.fill(2);  // capitals, most punctuation
  for (int c = 0x80; c < 0x100; ++c) set[static_cast<std::size_t>(c)] = 6;  // UTF-8 of quotes and dashes
  for (char c = '0'; c <= '9'; ++c) set[static_cast<unsigned char>(c)] = 8;
  set[','] = set['.'] = 10;
  const std::string_view letters = "etaoinshrdlcumwfgypbvkjxqz";  // by frequency
  for (std::size_t k = 0; k < letters.size(); ++k) set[static_cast<unsigned char>(letters[k])] = static_cast<unsigned char>(40 - k);
  set[' '] = 50;
  return set;
}();

}  // namespace tokens_detail

/// A needle for find_text with its rarest byte found once (at compile time
/// for a constant).
struct Needle {
  constexpr explicit Needle(std::string_view s) : text(s) {
    for (std::size_t j = 1; j < s.size(); ++j)
      if (tokens_detail::byte_commonness[static_cast<unsigned char>(s[j])] <
          tokens_detail::byte_commonness[static_cast<unsigned char>(s[rare])])
        rare = j;
  }
  std::string_view text;
  std::size_t rare = 0;  ///< where its rarest byte is
};

/// t.find(needle, from), stopping only where the needle's rarest byte is,
/// not at each space of the sentence when it starts with one (" at ").
std::size_t find_text(std::string_view t, std::string_view needle, std::size_t from = 0);
std::size_t find_text(std::string_view t, const Needle& needle, std::size_t from = 0);

/// Whole-word, case-insensitive (ASCII) search of `w` in `t` from `from`.
/// (SentenceView::find_word answers the same from its word index.)
std::size_t find_word(std::string_view t, std::string_view w, std::size_t from = 0);

std::string year_string(int y);
/// The work type as a claim's `work_type` qualifier writes it.
std::string_view type_word(EntityType t);

}  // namespace liner::ingest::extract
