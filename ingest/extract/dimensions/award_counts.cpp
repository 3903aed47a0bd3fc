// awardCount: "16 Grammy Awards", "a record 13 Latin Grammy Awards", "three
// for Anglo music", "three victories in Latin album categories", "four
// Grammy Awards and two Latin Grammy Awards, six in total".

#include <algorithm>

#include "ingest/extract/dimensions/dimensions.h"
#include "ingest/text.h"

namespace liner::ingest::extract {
namespace {

// What the counting of one sentence carries from number to number.
struct Counting {
  std::optional<std::size_t> count_award;        // the award of the last count
  std::optional<std::string> category_of_count;  // "three for Best Album": its category
  std::vector<std::size_t> counted_awards;       // the awards counted so far
};

// The award a number at token i counts when no award mention follows it:
// "three victories", "three for Anglo music". Sets `scope`; nullopt when the
// number counts nothing.
std::optional<std::size_t> counted_by_noun(const SentenceView& v, ArticleState& st, std::size_t i, Counting& c,
                                           std::optional<std::string>& scope) {
  const std::string_view t = v.text();
  const auto& toks = v.tokens();
  auto word = [&](std::size_t k) { return core(word_of(t, toks, k)); };
  const std::size_t next = i + 1;
  if (next >= toks.size()) return std::nullopt;
  const std::string nw = lower_ascii(word(next));
  const auto& nouns = st.cues.count_nouns;
  if (std::find(nouns.begin(), nouns.end(), nw) == nouns.end()) return std::nullopt;
  if (nw == "for" && next + 1 < toks.size()) scope = st.lex.scope_word(word(next + 1));
  std::optional<std::string> count_category;
  if (nw == "for" && !scope)
    for (const auto& cat : v.categories())
      if (next + 1 < toks.size() && cat.range.begin == toks[next + 1].begin) count_category = cat.text;
  if (nw == "for" && !scope && !count_category) return std::nullopt;
  c.category_of_count = count_category;
  for (std::size_t k = next; k < std::min(toks.size(), next + 5) && !scope; ++k) scope = st.lex.scope_word(word(k));
  if (c.count_award) return c.count_award;
  if (!v.awards().empty()) {
    st.counted_awards.insert(0);
    return v.awards().front().index;
  }
  return st.award_context;
}

// The count of the number at token i, of `award` (mention `award_mention` or none).
void count_claim(const SentenceView& v, ArticleState& st, ClaimSink& out, std::size_t i, int n, std::size_t award,
                 std::size_t award_mention, std::optional<std::string> scope, Counting& c) {
  const std::string_view t = v.text();
  const auto& toks = v.tokens();
  const auto& awards = v.awards();
  Qualifiers q;
  q.award = st.lex.awards()[award].name;
  // Words just before the number, back to the previous clause: "a total of 16", "a record 13".
  for (std::size_t k = i; k > 0 && i - k < 4; --k) {
    const std::string_view raw = word_of(t, toks, k - 1);
    const std::string lw = lower_ascii(core(raw));
    if (lw == "and" || lw == "or" || raw.back() == ',' || raw.back() == ';') break;
    for (const auto& [word, qualifier] : st.cues.count_qualifiers)
      if (lw == word) q.qualifier = std::string(qualifier);
    if (const auto sw = st.lex.scope_word(lw)) scope = *sw;
  }
  if (award_mention < awards.size()) {
    if (starts_with_any(t.substr(awards[award_mention].end), st.cues.award_total_tails)) scope = "total";
    // "two Grammy Awards for Latin music"
    if (!scope && t.substr(awards[award_mention].end).starts_with(" for ")) {
      std::size_t k = 0;
      while (k < toks.size() && toks[k].end <= awards[award_mention].end + 5) ++k;
      if (k < toks.size()) scope = st.lex.scope_word(core(word_of(t, toks, k)));
    }
  }
  if (scope) q.scope = *scope;
  if (c.category_of_count) q.category = *c.category_of_count;
  c.category_of_count.reset();
  if (award_mention < awards.size()) st.counted_awards.insert(award_mention);
  c.count_award = award;
  c.counted_awards.push_back(award);
  out.add(Predicate::awardCount, st.subject, std::nullopt, std::to_string(n), std::move(q), v.origin);
}

// The token holding byte `at` of the sentence, or toks.size().
std::size_t token_at(const std::vector<Token>& toks, std::size_t at) {
  const auto it = std::upper_bound(toks.begin(), toks.end(), at, [](std::size_t p, const Token& k) { return p < k.end; });
  return it == toks.end() || it->begin > at ? toks.size() : static_cast<std::size_t>(it - toks.begin());
}

// The tokens a count may stand at, in order: each right before a token whose
// core is a whole-word occurrence of a count noun (as every core that is one,
// lowercased, is), or right before an award mention.
std::vector<std::size_t> count_places(const SentenceView& v, const CueWords& cues) {
  const std::string_view t = v.text();
  const auto& toks = v.tokens();
  std::vector<std::size_t> out;
  if (v.awards().empty() && !v.has_any(t, cues.count_noun_words)) return out;
  out.reserve(8);  // one allocation for the few places of most sentences
  auto noun_at = [&](std::size_t at, std::size_t size) {
    const std::size_t k = token_at(toks, at);
    if (k == 0 || k == toks.size()) return;
    const std::string_view c = core(word_of(t, toks, k));
    if (c.data() == t.data() + at && c.size() == size) out.push_back(k - 1);
  };
  // A noun of one ASCII word is a word of the index with its hash; a bit per
  // hash (its low 6 bits) rules out most words at once.
  auto one_word = [](const CueWord& w) { return w.indexed && w.head == w.lower.size(); };
  std::uint64_t bits = 0;
  for (const auto& noun : cues.count_noun_words)
    if (one_word(noun)) bits |= std::uint64_t{1} << (noun.head_hash & 63);
  for (const auto& [h, at] : v.word_index()) {
    if (!((bits >> (h & 63)) & 1)) continue;
    for (const auto& noun : cues.count_noun_words)
      if (one_word(noun) && h == noun.head_hash) noun_at(at, noun.lower.size());
  }
  for (const auto& noun : cues.count_noun_words)
    if (!one_word(noun))
      for (std::size_t at = v.find_word(t, noun); at != std::string_view::npos; at = v.find_word(t, noun, at + 1))
        noun_at(at, noun.lower.size());
  for (const auto& a : v.awards()) {
    const std::size_t k = a.begin >= 2 ? token_at(toks, a.begin - 2) : toks.size();
    if (k < toks.size() && toks[k].end + 1 == a.begin) out.push_back(k);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

void read_award_counts(const SentenceView& v, ArticleState& st, ClaimSink& out) {
  const std::string_view t = v.text();
  const auto& toks = v.tokens();
  const auto& awards = v.awards();
  auto word = [&](std::size_t k) { return core(word_of(t, toks, k)); };
  // A count is a number right before an award mention or a count noun; a
  // total ("six in total") needs a count before it. Other numbers count nothing.
  const std::vector<std::size_t> places = count_places(v, st.cues);
  std::size_t next_place = 0;
  Counting c;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (c.counted_awards.empty()) {  // before the first count, only its places
      while (next_place < places.size() && places[next_place] < i) ++next_place;
      if (next_place == places.size()) break;
      i = places[next_place];
    }
    const auto n = st.lex.number(word(i));
    if (!n || *n >= 1000 || *n <= 0) continue;
    if (i > 0 && (word(i - 1) == "No" || word(i - 1) == "the")) continue;
    // "four Grammy Awards and two Latin Grammy Awards, six in total": a total
    // of the counts before it, of one award when they all count the same one.
    if (starts_with_any(t.substr(toks[i].end), st.cues.total_tails) && !c.counted_awards.empty()) {
      Qualifiers q;
      q.scope = "total";
      const auto& counted = c.counted_awards;
      if (std::all_of(counted.begin(), counted.end(), [&](std::size_t a) { return a == counted.front(); }))
        q.award = st.lex.awards()[counted.front()].name;
      out.add(Predicate::awardCount, st.subject, std::nullopt, std::to_string(*n), std::move(q), v.origin);
      continue;
    }
    std::optional<std::size_t> award;
    std::size_t award_mention = awards.size();
    for (std::size_t a = 0; a < awards.size(); ++a)
      if (awards[a].begin == toks[i].end + 1) award = awards[a].index, award_mention = a;
    std::optional<std::string> scope;
    if (!award) award = counted_by_noun(v, st, i, c, scope);
    if (!award) continue;
    count_claim(v, st, out, i, *n, *award, award_mention, scope, c);
  }
}

}  // namespace liner::ingest::extract
