#pragma once
// General domain knowledge (award bodies, roles, work types, organizations,
// number words), loaded from ingest/data/ and compiled into RE2 matchers once.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ingest/claim.h"

namespace re2 {
class RE2;
}

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

/// A found role word: byte range, its canonical roles and its kind.
struct RoleMatch {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<std::string> roles;
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
  /// Role words in `text`.
  [[nodiscard]] std::vector<RoleMatch> find_roles(std::string_view text) const;
  /// Work-type nouns in `text`; `index` is unused, the type is returned alongside.
  [[nodiscard]] std::vector<std::pair<Match, EntityType>> find_work_types(std::string_view text) const;

  /// The organization type a word makes a name (`University` -> School).
  [[nodiscard]] std::optional<EntityType> organization_word(std::string_view word) const;
  /// A lowercase word that may stand inside a title.
  [[nodiscard]] bool title_word(std::string_view word) const { return title_words_.contains(word); }
  /// A pronoun that can refer to the subject.
  [[nodiscard]] bool pronoun(std::string_view word) const;
  /// A noun that makes the subject a group (`band`).
  [[nodiscard]] bool group_word(std::string_view word) const;
  /// A cardinal written in digits or words ("13", "thirteen", "twenty-one").
  [[nodiscard]] std::optional<int> number(std::string_view word) const;
  /// Count scope words ("Anglo", "Latin", "total").
  [[nodiscard]] std::optional<std::string> scope_word(std::string_view word) const;

 private:
  std::vector<AwardInfo> awards_;
  std::unordered_map<std::string, std::size_t> award_forms_;  // lowercase form -> award
  std::unique_ptr<re2::RE2> award_re_;
  std::unordered_map<std::string, std::pair<std::vector<std::string>, RoleKind>> role_forms_;
  std::unique_ptr<re2::RE2> role_re_;
  std::unordered_map<std::string, EntityType> work_forms_;
  std::unique_ptr<re2::RE2> work_re_;
  StringMap<EntityType> organization_words_;
  StringSet title_words_;
  std::unordered_set<std::string> pronouns_;
  std::unordered_set<std::string> group_words_;
  std::unordered_map<std::string, int> numbers_;
  std::unordered_map<std::string, std::string> scopes_;
};

/// Lowercase ASCII letters (data keys are compared this way).
std::string lower_ascii(std::string_view s);

}  // namespace liner::ingest
