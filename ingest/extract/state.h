#pragma once
// ArticleState: what extraction knows of the article beyond one sentence,
// passed explicitly to every dimension. The engine sets the contexts
// (paragraph, section) between sentences; dimensions may update the named
// fields noted below.

#include <bit>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "ingest/article.h"
#include "ingest/claim.h"
#include "ingest/extract/mentions/org.h"
#include "ingest/extract/mentions/work.h"
#include "ingest/extractor.h"

namespace liner::ingest::extract {

/// A cheap hash for the state's own string tables (names, keys: mostly 5 to
/// 30 bytes), eight bytes a step: std::hash costs about twice as much on
/// them. Only for tables whose order never reaches the output (they are
/// never iterated).
struct NameHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    constexpr std::uint64_t mul = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = s.size() * mul;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      h = std::rotl((h ^ w) * mul, 29);
    }
    std::uint64_t tail = 0;
    for (std::size_t k = i; k < s.size(); ++k) tail = tail << 8 | static_cast<unsigned char>(s[k]);
    h = (h ^ tail) * mul;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }
};
template <typename V>
using NameMap = std::unordered_map<std::string, V, NameHash, std::equal_to<>>;

/// What the state's cache of entity keys holds of a name (ArticleState::name_key).
struct NameKey {
  std::string key;              // entity_key(name)
  const Work* known = nullptr;  // known_works' work under `key`, once found
  std::string_view name;        // the name, as the cache holds it
};

struct ArticleState {
  ArticleState(const Article& article, const ExtractorContext& ctx);
  // The indexes and caches below point into known_works.
  ArticleState(const ArticleState&) = delete;
  ArticleState& operator=(const ArticleState&) = delete;

  const Article& article;
  const Lexicon& lex;
  const TimeParser& time;
  const CueWords& cues;

  Entity subject;       ///< the article's subject
  std::string surname;  ///< its last name, for a person named by two words or more
  /// The surname prepared for SentenceView::find_word (it views `surname`).
  std::optional<CueWord> surname_word;
  /// Works named anywhere in the article, by entity key; never iterated
  /// (known_titles orders what it finds by key), so a hash map. Pass 1 fills
  /// it; list items add to it.
  /// Its keys view the key cache's keys (NameKey::key, where they stay
  /// while the state lives): no copy of the key.
  std::unordered_map<std::string_view, Work, NameHash, std::equal_to<>> known_works;
  /// The elements of known_works (they stay where they are) by the
  /// head_hash() of their names' first word, to find the titles a sentence
  /// holds from its words; names with no first word apart. A word start is
  /// compared with each name of its head while they are few, and looked up
  /// by hash once per distinct length when they are many, so that a long
  /// article with many titles of one first word ("Volume II", "Volume
  /// III", ...) stays linear.
  using KnownEntry = const std::pair<const std::string_view, Work>*;
  struct KnownHead {
    std::vector<KnownEntry> names;
    std::vector<std::size_t> lengths;  // distinct, once they are more than few_known_names
  };
  static constexpr std::size_t few_known_names = 8;
  std::unordered_map<std::uint64_t, KnownHead> known_by_head;
  /// The elements of the heads with more than few_known_names names, by the
  /// hash of their exact names.
  std::unordered_multimap<std::uint64_t, KnownEntry> known_by_name;
  /// The same head hashes as bits (hash % 4096): most words of a sentence
  /// start no known name, and one bit tells.
  std::bitset<4096> known_heads;
  std::vector<KnownEntry> known_unindexed;
  /// Last name -> the first name before it ("Lund" -> "Iris" for "Iris
  /// Lund") seen in the article; empty when ambiguous. Both view the
  /// article's sentences.
  std::unordered_map<std::string_view, std::string_view, NameHash, std::equal_to<>> full_names;

  // Contexts carried from sentence to sentence.
  int anchor_year = 0;                       ///< last absolute year of the paragraph
  int section = none - 1;                    ///< section of the sentence being read
  std::optional<std::size_t> award_context;  ///< award of the section or of the last mention
  std::optional<Entity> last_org;            ///< last employer of the paragraph (employment)
  std::optional<std::string> last_school;    ///< last school named (education)

  /// The award named by a parenthetical after a title, "(2011 Latin Grammy
  /// for Best Rock Album)", and its first category, by where its text starts
  /// in the sentence (works.cpp reads each once: pass 2 finds the titles of
  /// pass 1 again).
  struct ParenAward {
    std::optional<std::size_t> award;
    std::optional<std::string> category;
  };
  std::unordered_map<const char*, ParenAward> paren_awards;

  /// Whether the words before a place in a sentence make a work there the
  /// subject's ("her debut album X"), by the place (works.cpp).
  std::unordered_map<const char*, bool> subject_owns_at;

  /// Per sentence, reset by the engine: award mentions the count and first-event
  /// dimensions used, which the awards dimension then leaves alone.
  std::set<std::size_t> counted_awards, first_awards;
  /// The organizations of the sentence whose text is `orgs_text` (see
  /// sentence_organizations): what they are depends on the text alone.
  std::string orgs_text;
  std::optional<std::vector<Org>> orgs;

  /// entity_key(name), computed once per article for each name asked (work
  /// names, artists, the surname: the same few names come back sentence after
  /// sentence). The reference stays valid while the state lives.
  [[nodiscard]] const std::string& key_of(std::string_view name);
  /// The cache's entry for `name`: its key, and its known work once found or
  /// set (remember_work sets it).
  [[nodiscard]] NameKey& name_key(std::string_view name);
  /// The entry for a work's name: the one the work carries (Work::key) when
  /// it was looked up for that name, else name_key(w.name).
  [[nodiscard]] NameKey& name_key(const Work& w) {
    return w.key && w.key->name == w.name ? *w.key : name_key(w.name);
  }
  /// known_works' work under the key of `n`, or null; once found, remembered
  /// with the key (a known work stays known, where it is).
  [[nodiscard]] const Work* known_work(NameKey& n);
  [[nodiscard]] const Work* known_work(std::string_view name) { return known_work(name_key(name)); }
  /// A work as an entity, its key from the cache.
  [[nodiscard]] Entity work_entity(const Work& w) { return Entity{w.name, w.type, name_key(w).key}; }

  /// A one-word name ("Lund") as the two-word name that ends with it elsewhere
  /// in the article ("Iris Lund"), when there is exactly one such name.
  [[nodiscard]] std::string full_name(const std::string& name) const;
  /// The first award named by the heading of `section` or of a section above
  /// it; each heading is read once (a section's parents come back with
  /// each of its subsections).
  [[nodiscard]] std::optional<std::size_t> section_award(int section);

 private:
  struct HeadingAward {
    bool read = false;
    std::optional<std::size_t> award;  // the first award its heading names
  };
  std::vector<HeadingAward> heading_awards_;  // by section, once read
  NameMap<NameKey> keys_;  // key_of, known_work: by name
};

}  // namespace liner::ingest::extract
