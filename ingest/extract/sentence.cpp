#include "ingest/extract/sentence.h"

#include <algorithm>
#include <array>
#include <bit>
#include <memory>
#include <type_traits>

#include "ingest/extract/byte_blocks.h"
#include "ingest/text.h"

namespace liner::ingest::extract {
namespace {

// The end of the run of letters and digits (as word_at() sees them) that starts at i.
std::size_t word_end(std::string_view lt, std::size_t i) {
  while (i < lt.size()) {
    std::size_t q = i;
    const char32_t d = next_code_point(lt, q);
    if (!is_letter(d) && !(lt[i] >= '0' && lt[i] <= '9')) break;
    i = q;
  }
  return i;
}

// Decodes the code point at i (not ASCII) as next_code_point() does; sets
// `malformed` when that takes a byte that is no continuation byte (text that
// is not UTF-8, which split_words() reads otherwise).
char32_t decode(std::string_view t, std::size_t& i, bool& malformed) {
  const std::size_t b = i;
  const char32_t c = next_code_point(t, i);
  for (std::size_t k = b + 1; k < i; ++k) malformed = malformed || (static_cast<unsigned char>(t[k]) & 0xC0) != 0x80;
  return c;
}

// word_hash() of the run of `size` (not 0) word bytes at p, which 8 bytes
// past it can be loaded from. ASCII letters and digits alone (`alnum`)
// lowercase with one OR.
template <bool alnum>
inline std::uint64_t hash_run(const char* p, std::size_t size) {
  using namespace word_hashing;
  const auto lowered = [](std::uint64_t v) -> std::uint64_t {
    if constexpr (alnum) return v | (ones * 0x20);
    else return lower8(v);
  };
  std::uint64_t h = seed;
  for (; size > 8; p += 8, size -= 8) h = mix(h, lowered(load8(p)));
  return finish(mix(h, first_bytes(lowered(load8(p)), size)));
}

// A known number of items, made on the stack (on the heap past 128), then
// copied into a vector of their exact size: one allocation, and no spare
// capacity kept while the article's views live. The stack buffer is not
// initialized: each item is made as it is pushed.
template <class T>
class Buffer {
  static constexpr std::size_t local = 128;
  static_assert(std::is_trivially_destructible_v<T>);

 public:
  explicit Buffer(std::size_t n) : items_(n <= local ? local_.items : (more_.resize(n), more_.data())) {}
  void push(const T& x) { std::construct_at(items_ + made_++, x); }
  void move_to(std::vector<T>& out) const { out.assign(items_, items_ + made_); }

 private:
  union Local {
    Local() {}  // leaves items unmade
    T items[local];
  } local_;
  std::vector<T> more_;
  T* items_;
  std::size_t made_ = 0;
};

void set_bit(std::uint64_t* bits, std::size_t i, bool on) {
  const std::uint64_t bit = std::uint64_t{1} << (i % ByteBlocks::block);
  if (on) bits[i / ByteBlocks::block] |= bit;
  else bits[i / ByteBlocks::block] &= ~bit;
}

// Reads the code points past ASCII as the words and tokens take them: a
// letter's bytes are word bytes, an em dash's (E2 80 94) end tokens, other
// code points are neither (in text that is not UTF-8, a code point may take
// ASCII bytes after its lead byte: they are its own). Returns whether one
// is a letter.
bool mark_past_ascii(std::string_view t, ByteBlocks& b, bool& malformed) {
  bool letters = false;
  std::size_t next = 0;  // the first byte no code point took yet
  for (std::size_t k = 0; k < b.count(); ++k)
    for (std::uint64_t high = b.high[k]; high != 0; high &= high - 1) {
      const std::size_t p = ByteBlocks::block * k + static_cast<std::size_t>(std::countr_zero(high));
      if (p < next) continue;
      std::size_t q = p;
      const bool letter = is_letter(decode(t, q, malformed));
      for (std::size_t i = p; i < q; ++i) set_bit(b.words, i, letter);
      if (!letter && t.substr(p, 3) == "\xE2\x80\x94")
        for (std::size_t i = p; i < p + 3; ++i) set_bit(b.spaces, i, true);
      letters = letters || letter;
      next = q;
    }
  return letters;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Whether `s`, ASCII-lowercased, is `lw`.
bool equals_lower(std::string_view s, std::string_view lw) {
  if (s.size() != lw.size()) return false;
  for (std::size_t k = 0; k < s.size(); ++k)
    if (lower(s[k]) != lw[k]) return false;
  return true;
}

// lower_ascii(t).find(lw, from), without the copy: the first byte of `lw`
// (not empty) is found as written and uppercased, each with memchr.
std::size_t find_lowered(std::string_view t, std::string_view lw, std::size_t from) {
  constexpr auto npos = std::string_view::npos;
  if (from > t.size() || lw.size() > t.size()) return npos;
  const char a = lw[0];
  const char b = a >= 'a' && a <= 'z' ? static_cast<char>(a - 'a' + 'A') : a;
  std::size_t pa = t.find(a, from), pb = a == b ? npos : t.find(b, from);
  for (;;) {
    const std::size_t at = std::min(pa, pb);
    if (at == npos || at + lw.size() > t.size()) return npos;
    if (equals_lower(t.substr(at + 1, lw.size() - 1), lw.substr(1))) return at;
    if (at == pa) pa = t.find(a, at + 1);
    else pb = t.find(b, at + 1);
  }
}

}  // namespace

std::optional<std::uint64_t> head_hash(std::string_view name) {
  // Its ASCII letters and digits first; code points only from the first
  // byte past ASCII (ASCII letters are the only ASCII letters word_end() sees).
  std::size_t e = 0;
  while (e < name.size() && ascii_alnum(name[e])) ++e;
  if (e == name.size() || static_cast<unsigned char>(name[e]) < 0x80)
    return e > 0 ? std::optional(word_hash(name.substr(0, e))) : std::nullopt;
  std::size_t p = e;
  if (e == 0 && !is_letter(next_code_point(name, p))) return std::nullopt;
  return word_hash(name.substr(0, word_end(name, p)));
}

SentenceView::SentenceView(const Sentence& s, const Lexicon& lex, const CueWords& cues)
    : sentence_(&s), text_(s.text), lex_(&lex), cues_(&cues) {
  ByteBlocks blocks(text_);
  if (read_words(blocks)) {
    lex.find_mentions(text_, words_, &awards_, &roles_, &work_types_);
  } else if (!has_folding(text_)) {
    // The gazetteers' words are not the index's: runs of their own word bytes.
    std::vector<std::uint64_t> bits(blocks.count());
    blocks.gazetteer_bits(text_, bits.data());
    const auto gazetteer_bits = [&](std::size_t k) { return bits[k]; };
    std::vector<std::pair<std::uint64_t, std::size_t>> words;
    words.reserve(count_runs(blocks.count(), gazetteer_bits));
    for_each_run(blocks.count(), gazetteer_bits, [&](std::size_t b, std::size_t e) {
      words.emplace_back(hash_run<false>(blocks.bytes() + b, e - b), b);
    });
    lex.find_mentions(text_, words, &awards_, &roles_, &work_types_);
  } else {
    lex.find_mentions(text_, &awards_, &roles_, &work_types_);
  }
  categories_ = scan_categories(text_, lex, cues, &awards_, &tokens_);
}

// Tokens are split_words(text); words are runs of letters and digits, as
// word_at() sees them, each with its word_hash(). Without `_` and letters
// past ASCII, they are the gazetteers' words too. Both are counted first:
// each vector is allocated once, at its size (the article's views keep them).
bool SentenceView::read_words(ByteBlocks& b) {
  const std::string_view t = text_;
  bool malformed = false;
  const bool letters = mark_past_ascii(t, b, malformed);
  if (malformed) {
    tokens_ = split_words(t);
  } else {
    const auto token_bits = [&](std::size_t k) { return ~b.spaces[k] & b.valid(k); };
    Buffer<Token> toks(count_runs(b.count(), token_bits));
    for_each_run(b.count(), token_bits, [&](std::size_t begin, std::size_t end) { toks.push({begin, end}); });
    toks.move_to(tokens_);
  }
  const auto word_bits = [&](std::size_t k) { return b.words[k]; };
  Buffer<std::pair<std::uint64_t, std::size_t>> words(count_runs(b.count(), word_bits));
  const auto add = [&](std::uint64_t h, std::size_t begin) {
    words.push({h, begin});
    bloom_[filter_word(h)] |= filter_bits(h);
  };
  if (letters)
    for_each_run(b.count(), word_bits, [&](std::size_t begin, std::size_t end) { add(hash_run<false>(b.bytes() + begin, end - begin), begin); });
  else
    for_each_run(b.count(), word_bits, [&](std::size_t begin, std::size_t end) { add(hash_run<true>(b.bytes() + begin, end - begin), begin); });
  words.move_to(words_);
  return !letters && !b.underscore() && !malformed;
}

std::vector<Token> SentenceView::tokens_of(std::string_view part) const {
  return whole(part) ? tokens_ : split_words(part);
}

std::vector<Category> SentenceView::categories_of(std::string_view part) const {
  return whole(part) ? categories_ : scan_categories(part, *lex_, *cues_);
}

std::vector<Category> SentenceView::categories_of(std::string_view part, const std::vector<Match>& awards) const {
  return whole(part) ? categories_ : scan_categories(part, *lex_, *cues_, &awards);
}

std::size_t SentenceView::find_word(std::string_view t, std::string_view w, std::size_t from) const {
  // A lowercase ASCII word (as the code writes its own) needs no copy; one
  // pass checks that and hashes its head (its leading letters and digits).
  std::size_t head = 0;
  bool in_head = true;
  for (const char c : w) {
    if ((c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80) return find_word(t, CueWord(w), from);
    in_head = in_head && ascii_alnum(c);
    head += in_head;
  }
  return find_lower(t, w, w, head > 0, word_hash(w.substr(0, head)), from);
}

std::size_t SentenceView::find_word(std::string_view t, const CueWord& w, std::size_t from) const {
  // The whole sentence, the most asked: the index answers (see find_lower).
  if (w.indexed && whole(t) && !t.empty() && !w.text.empty() && w.text.size() <= t.size())
    return may_have(w) ? find_indexed(t, 0, w.lower, w.head_hash, from) : std::string_view::npos;
  return find_lower(t, w.text, w.lower, w.indexed, w.head_hash, from);
}

std::size_t SentenceView::find_lower(std::string_view t, std::string_view text, std::string_view lw, bool indexed,
                                     std::uint64_t head_hash, std::size_t from) const {
  constexpr auto npos = std::string_view::npos;
  const bool inside = !text_.empty() && t.data() >= text_.data() && t.data() + t.size() <= text_.data() + text_.size();
  if (!inside || text.empty() || text.size() > t.size()) return extract::find_word(t, text, from);
  const auto off = static_cast<std::size_t>(t.data() - text_.data());
  auto indexed_match = [&](std::size_t start) { return find_indexed(t, off, lw, head_hash, start); };
  auto match_at = [&](std::size_t at) { return equals_lower(t.substr(at, lw.size()), lw) && word_at(t, at, at + lw.size()); };
  auto code_point_starts = [&](std::size_t p) { return p == text_.size() || (static_cast<unsigned char>(text_[p]) & 0xC0) != 0x80; };
  // The index answers when `w` starts with an ASCII word followed by ASCII
  // or nothing, and alone when `t` starts and ends at word boundaries of
  // the sentence; otherwise scan.
  if (indexed && (whole(t) || word_at(text_, off, off + t.size())))
    return may_have(head_hash) ? indexed_match(from) : npos;
  if (indexed && code_point_starts(off) && code_point_starts(off + t.size())) {
    // `t` cuts words: a match after its start begins at a word start of the
    // sentence, and that word is the first word of `w`, unless the match
    // ends where `t` does (inside a longer word of the sentence).
    if (from == 0 && match_at(0)) return 0;
    if (may_have(head_hash))
      if (const std::size_t at = indexed_match(std::max<std::size_t>(from, 1)); at != npos) return at;
    const std::size_t last = t.size() - lw.size();
    return last >= from && last > 0 && match_at(last) ? last : npos;
  }
  for (std::size_t at = find_lowered(t, lw, from); at != npos; at = find_lowered(t, lw, at + 1))
    if (word_at(t, at, at + lw.size())) return at;
  return npos;
}

std::size_t SentenceView::find_indexed(std::string_view t, std::size_t off, std::string_view lw, std::uint64_t head_hash,
                                       std::size_t start) const {
  auto it = words_.begin();
  if (off + start > 0)
    it = std::lower_bound(words_.begin(), words_.end(), off + start,
                          [](const auto& word, std::size_t p) { return word.second < p; });
  for (; it != words_.end(); ++it) {
    if (it->first != head_hash) continue;
    const std::size_t at = it->second - off;
    if (at + lw.size() > t.size()) break;
    if (equals_lower(t.substr(at, lw.size()), lw) && word_at(t, at, at + lw.size())) return at;
  }
  return std::string_view::npos;
}

bool SentenceView::has_word(std::string_view part, std::initializer_list<std::string_view> words) const {
  for (auto w : words)
    if (find_word(part, w) != std::string_view::npos) return true;
  return false;
}

bool SentenceView::has_any(std::string_view part, const WordList& words) const {
  // Where the word index answers (see find_word), a word whose first word's
  // hash no word of the sentence has is not there: skip it without a search.
  const bool inside = !text_.empty() && part.data() >= text_.data() &&
                      part.data() + part.size() <= text_.data() + text_.size();
  const auto off = static_cast<std::size_t>(part.data() - text_.data());
  const bool indexable = whole(part) || (inside && word_at(text_, off, off + part.size()));
  if (!indexable) {
    for (const auto& w : words)
      if (find_word(part, w) != std::string_view::npos) return true;
    return false;
  }
  // An indexed word find_word would look up in the index: straight there
  // (find_lower's other tests passed for the whole part already).
  for (const auto& w : words) {
    if (!w.indexed) {
      if (find_word(part, w) != std::string_view::npos) return true;
    } else if (may_have(w)) {
      const bool direct = inside && !w.text.empty() && w.text.size() <= part.size();
      if ((direct ? find_indexed(part, off, w.lower, w.head_hash, 0) : find_word(part, w)) != std::string_view::npos)
        return true;
    }
  }
  return false;
}

}  // namespace liner::ingest::extract
