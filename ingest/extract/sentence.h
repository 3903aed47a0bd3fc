#pragma once
// SentenceView: one sentence, read once. It owns the sentence's words, a
// word index for whole-word searches, and every mention found in it (awards,
// categories, work-type nouns, role words; then works and times, which the
// engine adds). Dimensions read it; none of them scans the sentence for
// these again.

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/article.h"
#include "ingest/extract/cues.h"
#include "ingest/extract/mentions/categories.h"
#include "ingest/extract/mentions/work.h"
#include "ingest/extract/sink.h"
#include "ingest/extract/tokens.h"
#include "ingest/lexicon.h"
#include "ingest/time.h"

namespace liner::ingest::extract {

class ByteBlocks;

/// The hash under which the word index keeps the first word of `name` (the
/// word_hash() of its first run of letters and digits); nullopt when `name`
/// does not start with a letter or digit.
std::optional<std::uint64_t> head_hash(std::string_view name);

class SentenceView {
 public:
  SentenceView(const Sentence& s, const Lexicon& lex, const CueWords& cues);

  [[nodiscard]] const Sentence& sentence() const { return *sentence_; }
  [[nodiscard]] std::string_view text() const { return text_; }
  /// The sentence's words.
  [[nodiscard]] const std::vector<Token>& tokens() const { return tokens_; }
  /// The words of `part`: the view's own when `part` is the whole sentence.
  [[nodiscard]] std::vector<Token> tokens_of(std::string_view part) const;

  /// Whole-word, case-insensitive (ASCII) search of `w` in `part` from
  /// `from`; `part` may be the sentence, a part of it, or any other text.
  [[nodiscard]] std::size_t find_word(std::string_view part, std::string_view w, std::size_t from = 0) const;
  /// The same for a cue word, prepared once.
  [[nodiscard]] std::size_t find_word(std::string_view part, const CueWord& w, std::size_t from = 0) const;
  [[nodiscard]] bool has_word(std::string_view part, std::initializer_list<std::string_view> words) const;
  [[nodiscard]] bool has_any(std::string_view part, const WordList& words) const;

  /// The words of the sentence as (word_hash() of the word, offset), in order.
  [[nodiscard]] const std::vector<std::pair<std::uint64_t, std::size_t>>& word_index() const { return words_; }

  /// Award mentions, category names, work-type nouns, role words of the whole sentence.
  [[nodiscard]] const std::vector<Match>& awards() const { return awards_; }
  [[nodiscard]] const std::vector<Category>& categories() const { return categories_; }
  [[nodiscard]] const std::vector<std::pair<Match, EntityType>>& work_types() const { return work_types_; }
  [[nodiscard]] const std::vector<RoleMatch>& roles() const { return roles_; }
  /// Categories of `part` (the view's own when `part` is the sentence).
  [[nodiscard]] std::vector<Category> categories_of(std::string_view part) const;
  /// The same, given lex.find_awards(part), found already.
  [[nodiscard]] std::vector<Category> categories_of(std::string_view part, const std::vector<Match>& awards) const;

  /// Found by the engine: the works (pass 1 alone, then with titles known
  /// from the whole article), the times outside titles, whether the sentence
  /// speaks of the subject, and where its claims come from.
  std::vector<Work> base_works;
  std::vector<Work> works;
  std::vector<TimeMention> times;
  bool about_subject = false;
  Origin origin;

 private:
  /// Fills tokens_, words_ and bloom_ from the text's byte classes (words
  /// and spaces gain the code points past ASCII); returns whether words_
  /// are the words the lexicon's gazetteers read.
  bool read_words(ByteBlocks& blocks);
  [[nodiscard]] bool whole(std::string_view part) const {
    return part.data() == text_.data() && part.size() == text_.size();
  }
  /// find_word of `text`, lowercased `lw`, with the hash of its first word.
  [[nodiscard]] std::size_t find_lower(std::string_view t, std::string_view text, std::string_view lw, bool indexed,
                                       std::uint64_t head_hash, std::size_t from) const;
  /// The first match of lowercased `lw` in `t` (the sentence's text from
  /// `off`) at an indexed word start at or after `start` whose hash is
  /// `head_hash`; `t` starts and ends at word boundaries.
  [[nodiscard]] std::size_t find_indexed(std::string_view t, std::size_t off, std::string_view lw,
                                         std::uint64_t head_hash, std::size_t start) const;
  /// Whether some word of the sentence may hash to `h` (no false negatives).
  [[nodiscard]] bool may_have(std::uint64_t h) const { return (bloom_[filter_word(h)] & filter_bits(h)) == filter_bits(h); }
  /// The same for the head of a cue word, its bits found once.
  [[nodiscard]] bool may_have(const CueWord& w) const { return (bloom_[w.filter_word] & w.filter_bits) == w.filter_bits; }

  const Sentence* sentence_;
  std::string_view text_;
  const Lexicon* lex_;
  const CueWords* cues_;
  std::vector<Token> tokens_;
  std::vector<std::pair<std::uint64_t, std::size_t>> words_;  // (hash of word, offset), in order
  std::array<std::uint64_t, 16> bloom_{};                   // the words' hashes, two bits each (cues.h)
  std::vector<Match> awards_;
  std::vector<Category> categories_;
  std::vector<std::pair<Match, EntityType>> work_types_;
  std::vector<RoleMatch> roles_;
};

}  // namespace liner::ingest::extract
