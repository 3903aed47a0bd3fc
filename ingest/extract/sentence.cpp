#include "ingest/extract/sentence.h"

#include <algorithm>

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

// Words are runs of letters and digits, as word_at() sees them.
std::vector<std::pair<std::uint64_t, std::size_t>> index_words(std::string_view lt) {
  std::vector<std::pair<std::uint64_t, std::size_t>> out;
  std::size_t i = 0;
  while (i < lt.size()) {
    std::size_t p = i;
    const char32_t c = next_code_point(lt, p);
    const bool alnum = is_letter(c) || (lt[i] >= '0' && lt[i] <= '9');
    if (!alnum) {
      i = p;
      continue;
    }
    const std::size_t b = i;
    i = word_end(lt, p);
    out.emplace_back(fnv1a(lt.substr(b, i - b)), b);
  }
  std::sort(out.begin(), out.end());
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
      folded_(lower_ascii(text_)),
      words_(index_words(folded_)) {
  lex.find_mentions(text_, &awards_, &roles_, &work_types_);
  categories_ = scan_categories(text_, lex, cues, &awards_, &tokens_);
}

std::vector<Token> SentenceView::tokens_of(std::string_view part) const {
  return whole(part) ? tokens_ : split_words(part);
}

std::vector<Category> SentenceView::categories_of(std::string_view part) const {
  return whole(part) ? categories_ : scan_categories(part, *lex_, *cues_);
}

std::size_t SentenceView::find_word(std::string_view t, std::string_view w, std::size_t from) const {
  return find_word(t, CueWord(w), from);
}

std::size_t SentenceView::find_word(std::string_view t, const CueWord& w, std::size_t from) const {
  const bool inside = !text_.empty() && t.data() >= text_.data() && t.data() + t.size() <= text_.data() + text_.size();
  if (!inside || w.text.empty() || w.text.size() > t.size()) return extract::find_word(t, w.text, from);
  const std::string_view lw = w.lower;
  const auto off = static_cast<std::size_t>(t.data() - text_.data());
  const std::string_view lt = std::string_view(folded_).substr(off, t.size());
  // The index answers when `t` starts and ends at word boundaries of the
  // sentence and `w` starts with an ASCII word followed by ASCII or nothing;
  // otherwise scan.
  if (w.indexed && word_at(text_, off, off + t.size())) {
    auto it = std::lower_bound(words_.begin(), words_.end(), std::make_pair(w.head_hash, off + from));
    for (; it != words_.end() && it->first == w.head_hash; ++it) {
      const std::size_t at = it->second - off;
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
  for (const auto& w : words)
    if (find_word(part, w) != std::string_view::npos) return true;
  return false;
}

}  // namespace liner::ingest::extract
