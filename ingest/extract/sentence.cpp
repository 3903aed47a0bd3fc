#include "ingest/extract/sentence.h"

#include <algorithm>
#include <array>
#include <memory>
#include <type_traits>

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

// Per byte, what the word index reads of it: the ASCII lowercase of an ASCII
// letter or digit (at least '0'); else a class below.
enum : unsigned char { other_byte = 0, past_ascii = 1, space_byte = 2, underscore = 3 };
constexpr std::array<unsigned char, 256> index_bytes = [] {
  std::array<unsigned char, 256> set{};
  for (int c = 0; c < 256; ++c) {
    const bool alnum = c < 0x80 && ascii_alnum(static_cast<char>(c));
    set[static_cast<std::size_t>(c)] = static_cast<unsigned char>(c >= 0x80 ? past_ascii : !alnum ? other_byte : c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  set[' '] = space_byte;
  set['_'] = underscore;
  return set;
}();

constexpr std::uint64_t fnv_prime = 1099511628211ull;

// Items gathered on the stack, then copied (memcpy) into a vector of their
// exact size: one allocation, and no spare capacity kept while the
// article's views live. The stack buffer is not initialized (96 items a
// sentence would be zeroed for nothing): each item is made as it is pushed.
template <class T, std::size_t N>
class Gather {
  static_assert(std::is_trivially_destructible_v<T>);

 public:
  void push(const T& x) {
    if (n_ < N) std::construct_at(&buf_.items[n_++], x);
    else more_.push_back(x);
  }
  void move_to(std::vector<T>& out) const {
    out.reserve(n_ + more_.size());
    out.insert(out.end(), buf_.items, buf_.items + n_);
    out.insert(out.end(), more_.begin(), more_.end());
  }

 private:
  union Buffer {
    Buffer() {}  // leaves items unmade
    T items[N];
  } buf_;
  std::size_t n_ = 0;
  std::vector<T> more_;  // past N
};

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
  // Its ASCII letters and digits first, hashed as read; code points only from
  // the first byte past ASCII (ASCII letters are the only ASCII letters word_end() sees).
  std::uint64_t h = fnv1a({});
  std::size_t e = 0;
  for (; e < name.size() && ascii_alnum(name[e]); ++e) h = (h ^ static_cast<unsigned char>(lower(name[e]))) * fnv_prime;
  if (e < name.size() && static_cast<unsigned char>(name[e]) < 0x80) return e > 0 ? std::optional(h) : std::nullopt;
  if (e == name.size()) return e > 0 ? std::optional(h) : std::nullopt;
  std::size_t p = e;
  if (e == 0 && !is_letter(next_code_point(name, p))) return std::nullopt;
  // fnv1a of the lowercased word, without a lowercased copy (lowering ASCII changes no letter into a non-letter).
  for (const char b : name.substr(e, word_end(name, p) - e)) h = (h ^ static_cast<unsigned char>(lower(b))) * fnv_prime;
  return h;
}

SentenceView::SentenceView(const Sentence& s, const Lexicon& lex, const CueWords& cues)
    : sentence_(&s), text_(s.text), lex_(&lex), cues_(&cues) {
  if (read_words()) lex.find_mentions(text_, words_, &awards_, &roles_, &work_types_);
  else lex.find_mentions(text_, &awards_, &roles_, &work_types_);
  categories_ = scan_categories(text_, lex, cues, &awards_, &tokens_);
}

// Tokens are split_words(text); words are runs of letters and digits, as
// word_at() sees them, each hashed (fnv1a) as it is read, ASCII-lowercased.
// Without `_` and letters past ASCII, they are the gazetteers' words too.
bool SentenceView::read_words() {
  const std::string_view t = text_;
  const char* const bytes = sentence_->text.c_str();  // t, and a NUL after it that ends a word
  const std::size_t n = t.size();
  Gather<Token, 96> toks;
  Gather<std::pair<std::uint64_t, std::size_t>, 96> words;
  bool plain = true, malformed = false;
  std::size_t tok = 0;  // where the current token starts
  std::size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    const unsigned char kind = index_bytes[c];
    if (kind == space_byte) {  // a space ends a token
      if (i > tok) toks.push({tok, i});
      tok = ++i;
      continue;
    }
    if (kind == other_byte || kind == underscore) {
      plain = plain && kind != underscore;
      ++i;
      continue;
    }
    if (kind == past_ascii) {
      std::size_t q = i;
      if (!is_letter(decode(t, q, malformed))) {  // not in a word; an em dash (E2 80 94) ends a token
        if (c == 0xE2 && i + 2 < n && t[i + 1] == '\x80' && t[i + 2] == '\x94') {
          if (i > tok) toks.push({tok, i});
          tok = i + 3;
        }
        i = q;
        continue;
      }
    }
    const std::size_t b = i;
    std::uint64_t h = fnv1a({});
    for (;;) {
      unsigned char l = 0;
      while ((l = index_bytes[static_cast<unsigned char>(bytes[i])]) >= '0') h = (h ^ l) * fnv_prime, ++i;
      if (l != past_ascii) break;  // the NUL after the text, or an ASCII byte that is no letter or digit
      std::size_t q = i;
      if (!is_letter(decode(t, q, malformed))) break;
      plain = false;
      for (; i < q; ++i) h = (h ^ static_cast<unsigned char>(t[i])) * fnv_prime;
    }
    words.push({h, b});
    bloom_[(h >> 6) % bloom_.size()] |= std::uint64_t{1} << (h & 63);
  }
  if (n > tok) toks.push({tok, n});
  if (malformed) tokens_ = split_words(t);
  else toks.move_to(tokens_);
  words.move_to(words_);
  return plain && !malformed;
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
  std::uint64_t h = fnv1a({});
  std::size_t head = 0;
  bool in_head = true;
  for (const char c : w) {
    if ((c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80) return find_word(t, CueWord(w), from);
    in_head = in_head && ascii_alnum(c);
    if (in_head) h = (h ^ static_cast<unsigned char>(c)) * fnv_prime, ++head;
  }
  return find_lower(t, w, w, head > 0, h, from);
}

std::size_t SentenceView::find_word(std::string_view t, const CueWord& w, std::size_t from) const {
  // The whole sentence, the most asked: the index answers (see find_lower).
  if (w.indexed && whole(t) && !t.empty() && !w.text.empty() && w.text.size() <= t.size())
    return may_have(w.head_hash) ? find_indexed(t, 0, w.lower, w.head_hash, from) : std::string_view::npos;
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
    } else if (may_have(w.head_hash)) {
      const bool direct = inside && !w.text.empty() && w.text.size() <= part.size();
      if ((direct ? find_indexed(part, off, w.lower, w.head_hash, 0) : find_word(part, w)) != std::string_view::npos)
        return true;
    }
  }
  return false;
}

}  // namespace liner::ingest::extract
