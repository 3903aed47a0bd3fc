#pragma once
// A list of literal forms found in text as one leftmost-first RE2 alternation
// `\b(?:f1|f2|...)(?:s|es)?\b` would find them, without a regex: forms are
// indexed by the hash of their first word (lowercase), and a scan walks the
// word starts of the text once, for several gazetteers at a time.

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace liner::ingest {

/// How a Gazetteer compares forms with text.
struct GazetteerOptions {
  bool ignore_case = true;  ///< as RE2's (?i): ASCII case, and `s`/`k` also match U+017F/U+212A
  bool plural = false;      ///< a form may be followed by `s` or `es` (only with ignore_case off)
};

/// One occurrence: the whole match [begin, end), the form's part [begin, form_end) and which form.
struct FormHit {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t form_end = 0;
  std::size_t form = 0;  ///< index into Gazetteer::forms()
};

namespace gazetteer_detail {

// Byte classes: RE2's \b is ASCII-only, a word character is a letter, a digit or `_`.
constexpr std::array<bool, 256> word_bytes = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  return t;
}();
constexpr std::array<char, 256> lower_bytes = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return t;
}();
constexpr std::uint64_t basis = 1469598103934665603ull;
constexpr bool is_word(char c) { return word_bytes[static_cast<unsigned char>(c)]; }
constexpr std::uint64_t step(std::uint64_t h, char c) {
  return (h ^ static_cast<unsigned char>(lower_bytes[static_cast<unsigned char>(c)])) * 1099511628211ull;
}

}  // namespace gazetteer_detail

namespace word_hashing {

constexpr std::uint64_t ones = 0x0101010101010101ull;
constexpr std::uint64_t seed = 0x243F6A8885A308D3ull;
/// Eight bytes with their ASCII capitals lowercased, all at once.
constexpr std::uint64_t lower8(std::uint64_t v) {
  const std::uint64_t low7 = v & (ones * 0x7F);  // no carry between bytes below
  const std::uint64_t capital = (low7 + ones * (0x80 - 'A')) & ~(low7 + ones * (0x80 - 'Z' - 1)) & ~v & (ones * 0x80);
  return v | (capital >> 2);
}
/// Of eight bytes loaded from memory, the first `r` (1 to 8), the others zero.
constexpr std::uint64_t first_bytes(std::uint64_t v, std::size_t r) {
  if constexpr (std::endian::native == std::endian::little) return v & (~std::uint64_t{0} >> (64 - 8 * r));
  else return v & (~std::uint64_t{0} << (64 - 8 * r));
}
inline std::uint64_t load8(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
constexpr std::uint64_t mix(std::uint64_t h, std::uint64_t eight) { return (h ^ eight) * 0x9E3779B97F4A7C15ull; }
/// The top half of the last product (of all the bytes) into its low half,
/// which tables index by; its top bits, the best mixed, stay as they are.
constexpr std::uint64_t finish(std::uint64_t h) { return h ^ (h >> 32); }

}  // namespace word_hashing

/// The hash of a word by which the gazetteers and a sentence's word index
/// find it: of its bytes, ASCII-lowercased, taken eight at a time (a word
/// costs a few steps, not one multiply a byte). A word holds no NUL, so
/// the zeros that fill its last eight bytes tell its length.
inline std::uint64_t word_hash(std::string_view word) {
  using namespace word_hashing;
  std::uint64_t h = seed;
  std::size_t k = 0;
  for (; k + 8 < word.size(); k += 8) h = mix(h, lower8(load8(word.data() + k)));
  if (k < word.size()) {
    std::uint64_t v = 0;
    std::memcpy(&v, word.data() + k, word.size() - k);
    h = mix(h, lower8(v));
  }
  return finish(h);
}

/// A bit set of first-word hashes: a quick filter before Gazetteer::at_word().
using GazetteerFilter = std::array<std::uint64_t, 64>;
constexpr bool in_filter(const GazetteerFilter& f, std::uint64_t h) { return (f[h >> 58] >> ((h >> 52) & 63)) & 1; }
constexpr void add_to_filter(GazetteerFilter& f, std::uint64_t h) { f[h >> 58] |= std::uint64_t{1} << ((h >> 52) & 63); }

/// Whether `text` holds U+017F or U+212A, which RE2's (?i) folds to `s`/`k`.
bool has_folding(std::string_view text);

/// Immutable after construction.
class Gazetteer {
 public:
  /// Forms must be printable ASCII that start and end with a letter, digit or
  /// `_`; `source` names the data file in the error thrown otherwise.
  Gazetteer(std::vector<std::string> forms, GazetteerOptions options, std::string_view source);

  /// The forms in priority order: longest first, then bytewise; no duplicates.
  [[nodiscard]] const std::vector<std::string>& forms() const { return forms_; }
  /// The leftmost match that starts at or after `from` (the first form in
  /// priority order among those that match there), as RE2 would find it.
  [[nodiscard]] std::optional<FormHit> next(std::string_view text, std::size_t from) const;
  /// The hashes at_word() can find a form by: of each form's first word,
  /// and with a plural ending of a one-word form.
  [[nodiscard]] const GazetteerFilter& filter() const { return filter_; }
  /// The match at word start p, whose ASCII word run has the lowercase hash
  /// h, when the text has no folding code point.
  [[nodiscard]] std::optional<FormHit> at_word(std::string_view text, std::size_t p, std::uint64_t h) const;

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t first = 0;  // into ranks_
    std::uint32_t count = 0;
  };
  [[nodiscard]] std::optional<FormHit> match(std::string_view text, std::size_t p, std::size_t form) const;
  [[nodiscard]] std::optional<FormHit> match_any(std::string_view text, std::size_t p) const;
  void match_key(std::string_view text, std::size_t p, std::uint64_t key, std::optional<FormHit>& best) const;
  [[nodiscard]] std::size_t slot_of(std::uint64_t h) const { return (h ^ (h >> 29)) & mask_; }

  std::vector<std::string> forms_;
  std::vector<Slot> table_;          // open addressing by first-word hash
  std::vector<std::uint32_t> ranks_;  // forms by slot, in priority order
  std::size_t mask_ = 0;
  GazetteerFilter filter_{};
  GazetteerOptions options_;
};

namespace gazetteer_detail {

// The hits of the word at p, whose hash is h, for each gazetteer of `gs`
// not past it yet (`resume`: where each may next match).
template <class F>
void scan_word(std::span<const Gazetteer* const> gs, const GazetteerFilter& any, std::string_view text, std::size_t p,
               std::uint64_t h, std::array<std::size_t, 4>& resume, F& found) {
  if (!in_filter(any, h)) return;
  for (std::size_t g = 0; g < gs.size() && g < resume.size(); ++g)
    if (gs[g] && p >= resume[g] && in_filter(gs[g]->filter(), h))
      if (const auto hit = gs[g]->at_word(text, p, h)) {
        found(g, *hit);
        resume[g] = hit->end;
      }
}

}  // namespace gazetteer_detail

/// Scans `text` once for every gazetteer in `gs` (null ones are skipped):
/// found(g, hit) for each match of gs[g], as gs[g]->next() would give them.
/// `any` holds the filters of all of them.
template <class F>
void scan_gazetteers(std::span<const Gazetteer* const> gs, const GazetteerFilter& any, std::string_view text, F&& found) {
  using namespace gazetteer_detail;
  if (has_folding(text)) {
    for (std::size_t g = 0; g < gs.size(); ++g)
      if (gs[g])
        for (auto hit = gs[g]->next(text, 0); hit; hit = gs[g]->next(text, hit->end)) found(g, *hit);
    return;
  }
  std::array<std::size_t, 4> resume{};
  const std::size_t n = text.size();
  std::size_t p = 0;
  while (p < n) {
    if (!is_word(text[p])) {
      ++p;
      continue;
    }
    std::size_t r = p + 1;
    while (r < n && is_word(text[r])) ++r;
    scan_word(gs, any, text, p, word_hash(text.substr(p, r - p)), resume, found);
    p = r;
  }
}

/// The same, given the words of `text` as (hash, start), in order: its runs
/// of word bytes (ASCII letters, digits, `_`), each with its word_hash().
/// `text` must hold no code point that folds to ASCII (has_folding() is false).
template <class F>
void scan_gazetteers(std::span<const Gazetteer* const> gs, const GazetteerFilter& any, std::string_view text,
                     std::span<const std::pair<std::uint64_t, std::size_t>> words, F&& found) {
  std::array<std::size_t, 4> resume{};
  for (const auto& [h, p] : words) gazetteer_detail::scan_word(gs, any, text, p, h, resume, found);
}

}  // namespace liner::ingest
