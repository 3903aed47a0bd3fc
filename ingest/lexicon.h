#pragma once
// General domain knowledge (award bodies, roles, work types, organizations,
// number words), loaded from ingest/data/ and indexed once.

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ingest/claim.h"
#include "ingest/gazetteer.h"

namespace liner::ingest {

/// An award from awards.tsv.
struct AwardInfo {
  std::string name;   ///< canonical: "Latin Grammy"
  std::string scope;  ///< "Latin", "Anglo", "film", ...
  std::string body;   ///< awarding body
};

/// A gazetteer hit in a text: byte range and the index of what it names.
struct Match {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t index = 0;
};

/// What part of speech a role word is (roles.tsv, third column).
enum class RoleKind { verb, gerund, noun };

/// A found role word: byte range, its canonical roles (owned by the Lexicon) and its kind.
struct RoleMatch {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::span<const std::string> roles;
  RoleKind kind = RoleKind::verb;
};

/// Hashing for string-keyed tables looked up by string_view (no copy of the key).
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

/// Immutable after construction; safe to share between threads.
class Lexicon {
 public:
  Lexicon();
  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  [[nodiscard]] const std::vector<AwardInfo>& awards() const { return awards_; }
  /// Award mentions in `text`, longest form first, non-overlapping, in order.
  [[nodiscard]] std::vector<Match> find_awards(std::string_view text) const;
  /// Whether every award form has an ASCII letter: award forms match byte
  /// for byte, so then text without one names no award.
  [[nodiscard]] bool award_needs_letter() const { return award_needs_letter_; }
  /// Role words in `text`.
  [[nodiscard]] std::vector<RoleMatch> find_roles(std::string_view text) const;
  /// Work-type nouns in `text`; `index` is unused, the type is returned alongside.
  [[nodiscard]] std::vector<std::pair<Match, EntityType>> find_work_types(std::string_view text) const;
  /// What find_awards, find_roles and find_work_types give, in one pass over
  /// `text`, appended to those of the vectors that are not null.
  void find_mentions(std::string_view text, std::vector<Match>* awards, std::vector<RoleMatch>* roles,
                     std::vector<std::pair<Match, EntityType>>* work_types) const;
  /// The same, given the words of `text` (hash, start) as scan_gazetteers
  /// reads them: for a text with no word byte `_` and no non-ASCII letter,
  /// its runs of ASCII letters and digits, hashed lowercase (fnv1a).
  void find_mentions(std::string_view text, std::span<const std::pair<std::uint64_t, std::size_t>> words,
                     std::vector<Match>* awards, std::vector<RoleMatch>* roles,
                     std::vector<std::pair<Match, EntityType>>* work_types) const;

  /// The organization type a word makes a name (`University` -> School).
  [[nodiscard]] std::optional<EntityType> organization_word(std::string_view word) const {
    // Most words have no organization word's first byte and length: answered inline.
    if (!word.empty() && !((organization_lengths_[static_cast<unsigned char>(word[0])] >> std::min<std::size_t>(word.size(), 63)) & 1))
      return std::nullopt;
    return find_organization_word(word);
  }
  /// A lowercase word that may stand inside a title.
  [[nodiscard]] bool title_word(std::string_view word) const {
    // Most words have no title word's first byte and length: answered inline.
    if (!word.empty() && !may_be_title_word(word[0], word.size())) return false;
    return title_words_.contains(word);
  }
  /// Whether some title word starts with `first` and has `size` bytes.
  [[nodiscard]] bool may_be_title_word(char first, std::size_t size) const {
    return (title_lengths_[static_cast<unsigned char>(first)] >> std::min<std::size_t>(size, 63)) & 1;
  }
  /// A pronoun that can refer to the subject.
  [[nodiscard]] bool pronoun(std::string_view word) const;
  /// A noun that makes the subject a group (`band`).
  [[nodiscard]] bool group_word(std::string_view word) const;
  /// A cardinal written in digits or words ("13", "thirteen", "twenty-one").
  [[nodiscard]] std::optional<int> number(std::string_view word) const {
    return word.empty() || !may_be_number(word) ? std::nullopt : read_number(word);
  }
  /// Count scope words ("Anglo", "Latin", "total").
  [[nodiscard]] std::optional<std::string> scope_word(std::string_view word) const;

 private:
  void load_words();
  /// Whether number() must read `word` (not empty): it starts with a digit,
  /// or its first two letters and its length (up to a first '-') may be a
  /// number word's. Inline, as the award counts ask it of every word.
  [[nodiscard]] bool may_be_number(std::string_view word) const {
    const auto first = static_cast<unsigned char>(word[0]);
    if (first >= '0' && first <= '9') return true;
    const unsigned f = (first | 0x20u) - 'a';
    if (f >= 26 || word.size() > number_length_) return false;
    unsigned s = 26;  // no second letter
    if (word.size() > 1 && word[1] != '-') {
      s = (static_cast<unsigned char>(word[1]) | 0x20u) - 'a';
      if (s >= 26) return false;
    }
    if (f == 0 && word.size() <= 2 && (s == 26 || s == 'n' - 'a')) return false;  // "a", "an" count nothing
    const std::uint32_t lengths = number_lengths_[f][s];
    if (word.size() < 32 && ((lengths >> word.size()) & 1)) return true;
    for (std::uint32_t m = lengths; m != 0; m &= m - 1)  // "twenty-one": a number word, then '-'
      if (const auto n = static_cast<std::size_t>(std::countr_zero(m)); n < word.size() && word[n] == '-') return true;
    return false;
  }
  /// number() of a word that may_be_number().
  [[nodiscard]] std::optional<int> read_number(std::string_view word) const;
  [[nodiscard]] std::optional<EntityType> find_organization_word(std::string_view word) const;
  void add_award(std::string_view text, const FormHit& hit, std::vector<Match>& out) const;
  /// What find_mentions keeps of a hit of gazetteer g (0: awards, 1: roles, 2: work types).
  void add_mention(std::string_view text, std::size_t g, const FormHit& hit, std::vector<Match>* awards,
                   std::vector<RoleMatch>* roles, std::vector<std::pair<Match, EntityType>>* work_types) const;

  using RoleEntry = std::pair<std::vector<std::string>, RoleKind>;

  std::vector<AwardInfo> awards_;
  std::optional<Gazetteer> award_forms_;
  std::vector<std::size_t> award_of_form_;  // by award_forms_ index
  bool award_needs_letter_ = false;
  std::unordered_map<std::string, RoleEntry> roles_;  // lowercase form -> entry
  std::optional<Gazetteer> role_forms_;
  std::vector<const RoleEntry*> role_of_form_;  // by role_forms_ index
  std::optional<Gazetteer> work_forms_;
  std::vector<EntityType> work_of_form_;  // by work_forms_ index
  GazetteerFilter any_form_{};  // the three gazetteers' filters
  StringMap<EntityType> organization_words_;
  // By first byte (ASCII-lowercased for pronouns), the lengths of the words (a bit each, 63: 63 or more).
  std::array<std::uint64_t, 256> organization_lengths_{};
  std::array<std::uint64_t, 256> pronoun_lengths_{};
  std::array<std::uint64_t, 256> title_lengths_{};  // title_words_' lengths by first byte
  StringSet title_words_;
  StringSet pronouns_;      // lowercase
  StringSet group_words_;   // lowercase
  StringMap<int> numbers_;  // lowercase
  GazetteerFilter number_words_{};  // gazetteer hashes of the keys of numbers_
  // By first and second letter (26: none, or '-' after a one-letter key), the lengths of the keys of numbers_.
  std::array<std::array<std::uint32_t, 27>, 26> number_lengths_{};
  std::size_t number_length_ = 0;      // the longest word number() can read: two keys joined by '-'
  StringMap<std::string> scopes_;  // lowercase
  std::size_t longest_word_ = 0;  // of the four above
};

/// Lowercase ASCII letters (data keys are compared this way).
std::string lower_ascii(std::string_view s);

}  // namespace liner::ingest
