#include "ingest/extract/sentence.h"

#include <algorithm>
#include <array>

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

// ASCII letters and digits: the ASCII part of what word_at() sees as a word.
constexpr std::array<bool, 128> ascii_word_bytes = [] {
  std::array<bool, 128> set{};
  for (int c = 0; c < 128; ++c) set[static_cast<std::size_t>(c)] = ascii_alnum(static_cast<char>(c));
  return set;
}();

// Words are runs of letters and digits, as word_at() sees them, each hashed
// (fnv1a) as it is read from the ASCII-lowercased text, which is written to
// `folded` on the way.
std::vector<std::pair<std::uint64_t, std::size_t>> index_words(std::string_view t, std::string& folded) {
  std::vector<std::pair<std::uint64_t, std::size_t>> out;
  out.reserve(t.size() / 4 + 1);
  folded.assign(t);
  const std::string_view lt = folded;
  const std::size_t n = lt.size();
  // The end of the letter or digit at i (not ASCII), or i when there is none.
  auto letter_end = [&](std::size_t i) -> std::size_t {
    std::size_t p = i;
    return is_letter(next_code_point(lt, p)) ? p : i;
  };
  std::size_t i = 0;
  while (i < n) {
    auto c = static_cast<unsigned char>(lt[i]);
    if (c < 0x80 ? !ascii_word_bytes[c] : letter_end(i) == i) {  // not in a word
      if (c < 0x80) ++i;
      else next_code_point(lt, i);
      continue;
    }
    const std::size_t b = i;
    std::uint64_t h = fnv1a({});
    while (i < n) {  // fnv1a of the lowercased word, a byte at a time
      c = static_cast<unsigned char>(lt[i]);
      if (c < 0x80) {
        if (!ascii_word_bytes[c]) break;
        if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a'), folded[i] = static_cast<char>(c);
        h = (h ^ c) * 1099511628211ull;
        ++i;
        continue;
      }
      const std::size_t e = letter_end(i);
      if (e == i) break;
      for (; i < e; ++i) h = (h ^ static_cast<unsigned char>(lt[i])) * 1099511628211ull;
    }
    out.emplace_back(h, b);
  }
  return out;
}

}  // namespace

std::optional<std::uint64_t> head_hash(std::string_view name) {
  if (name.empty()) return std::nullopt;
  const std::string lower = lower_ascii(name);
  std::size_t p = 0;
  const char32_t c = next_code_point(lower, p);
  if (!is_letter(c) && !(lower[0] >= '0' && lower[0] <= '9')) return std::nullopt;
  return fnv1a(std::string_view(lower).substr(0, word_end(lower, p)));
}

SentenceView::SentenceView(const Sentence& s, const Lexicon& lex, const CueWords& cues)
    : sentence_(&s),
      text_(s.text),
      lex_(&lex),
      cues_(&cues),
      tokens_(split_words(text_)),
      words_(index_words(text_, folded_)) {
  lex.find_mentions(text_, &awards_, &roles_, &work_types_);
  categories_ = scan_categories(text_, lex, cues, &awards_, &tokens_);
  for (const auto& [h, at] : words_) bloom_[(h >> 6) % bloom_.size()] |= std::uint64_t{1} << (h & 63);
}

std::vector<Token> SentenceView::tokens_of(std::string_view part) const {
  return whole(part) ? tokens_ : split_words(part);
}

std::vector<Category> SentenceView::categories_of(std::string_view part) const {
  return whole(part) ? categories_ : scan_categories(part, *lex_, *cues_);
}

std::size_t SentenceView::find_word(std::string_view t, std::string_view w, std::size_t from) const {
  // A lowercase ASCII word (as the code writes its own) needs no copy.
  if (std::any_of(w.begin(), w.end(), [](char c) { return (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80; }))
    return find_word(t, CueWord(w), from);
  std::size_t head = 0;
  while (head < w.size() && ascii_alnum(w[head])) ++head;
  return find_lower(t, w, w, head > 0, fnv1a(w.substr(0, head)), from);
}

std::size_t SentenceView::find_word(std::string_view t, const CueWord& w, std::size_t from) const {
  return find_lower(t, w.text, w.lower, w.indexed, w.head_hash, from);
}

std::size_t SentenceView::find_lower(std::string_view t, std::string_view text, std::string_view lw, bool indexed,
                                     std::uint64_t head_hash, std::size_t from) const {
  const bool inside = !text_.empty() && t.data() >= text_.data() && t.data() + t.size() <= text_.data() + text_.size();
  if (!inside || text.empty() || text.size() > t.size()) return extract::find_word(t, text, from);
  const auto off = static_cast<std::size_t>(t.data() - text_.data());
  const std::string_view lt = std::string_view(folded_).substr(off, t.size());
  // The index answers when `t` starts and ends at word boundaries of the
  // sentence and `w` starts with an ASCII word followed by ASCII or nothing;
  // otherwise scan.
  if (indexed && (whole(t) || word_at(text_, off, off + t.size()))) {
    if (!may_have(head_hash)) return std::string_view::npos;
    for (const auto& [h, pos] : words_) {  // in order of position
      if (pos < off + from || h != head_hash) continue;
      const std::size_t at = pos - off;
      if (at + lw.size() > lt.size()) break;
      if (lt.compare(at, lw.size(), lw) == 0 && word_at(t, at, at + lw.size())) return at;
    }
    return std::string_view::npos;
  }
  for (std::size_t at = lt.find(lw, from); at != std::string_view::npos; at = lt.find(lw, at + 1))
    if (word_at(t, at, at + lw.size())) return at;
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
  for (const auto& w : words) {
    if (indexable && w.indexed && !may_have(w.head_hash)) continue;
    if (find_word(part, w) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace liner::ingest::extract
