#include "ingest/extract/mentions/organizations.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "ingest/extract/mentions/names.h"

namespace liner::ingest::extract {
namespace {

// The end of a name that follows its head word, as names in many languages
// do: capitalized words, and lowercase particles or adjectives that a
// capitalized word soon follows ("Universidad de Buenos Aires", "École
// nationale supérieure Louis-Lumière"). Stops at a clause word or punctuation.
std::size_t name_after_head(std::string_view t, const std::vector<Token>& toks, std::size_t e, const ArticleState& st) {
  auto word = [&](std::size_t k) { return word_of(t, toks, k); };
  std::size_t end = e;
  for (std::size_t k = e; k < toks.size() && k < e + 6; ++k) {
    const std::string_view w = word(k);
    const std::string_view c = core(w);
    bool take = false;
    if (capitalized(w) && !st.lex.pronoun(lower_ascii(c))) {
      take = true;
    } else if (!st.cues.name_stops.contains(c) && c == w) {
      for (std::size_t n = k + 1; n < toks.size() && n <= k + 2 && !take; ++n) take = capitalized(word(n));
    }
    if (!take) break;
    if (capitalized(w)) end = k + 1;
    if (w.find_first_of(",;.)") != std::string_view::npos) break;
  }
  return end;
}

// org_word() past its first test: the core, less a possessive's "'s" or "’s".
std::string_view org_word_of_core(std::string_view raw) {
  const std::string_view c = !raw.empty() && ascii_alnum(raw.front()) && ascii_alnum(raw.back()) ? raw : core(raw);
  if (c.size() <= 3 || c.back() != 's') return c;
  if (c.ends_with("'s")) return c.substr(0, c.size() - 2);
  if (c.ends_with("\xE2\x80\x99s")) return c.substr(0, c.size() - 4);
  return c;
}

// is_possessive(raw) ? possessor(raw) : core(raw), with core taken once: a
// core of more than 3 bytes ending in "'s" or "’s" is a possessive's. Most
// words start and end with an ASCII letter or digit (their own core, as
// core() drops only punctuation, quotes and brackets) and end in no "s":
// answered inline.
inline std::string_view org_word(std::string_view raw) {
  if (!raw.empty() && ascii_alnum(raw.front()) && ascii_alnum(raw.back()) && (raw.size() <= 3 || raw.back() != 's'))
    return raw;
  return org_word_of_core(raw);
}

// The first token from i on whose org_word() is an organization word, with
// its type; toks.size() when none. Most words are none: a loop of its own,
// kept apart from the work on the few found.
std::size_t next_org_word(std::string_view t, const std::vector<Token>& toks, std::size_t i, const Lexicon& lex,
                          EntityType& type) {
  const Token* const tok = toks.data();
  const std::size_t n = toks.size();
  for (; i < n; ++i) {
    // A token lies inside the text: no bounds check.
    const std::string_view raw(t.data() + tok[i].begin, tok[i].end - tok[i].begin);
    if (const auto found = lex.organization_word(org_word(raw))) {
      type = *found;
      return i;
    }
  }
  return n;
}

bool open_word(std::string_view raw) {
  return !is_possessive(raw) && raw.find_first_of(",;.)") == std::string_view::npos;
}

// The end token of the organization name whose word is token i.
std::size_t org_end(std::string_view t, const std::vector<Token>& toks, std::size_t i, const ArticleState& st) {
  std::size_t e = i + 1;
  // Further organization words belong to the same name: "Castlegate Sound Studios".
  while (open_word(word_of(t, toks, e - 1)) && e < toks.size()) {
    if (!st.lex.organization_word(org_word(word_of(t, toks, e)))) break;
    ++e;
  }
  if (open_word(word_of(t, toks, e - 1))) {
    if (e + 1 < toks.size() && core(word_of(t, toks, e)) == "of" && capitalized(word_of(t, toks, e + 1))) {
      const std::size_t run = name_run(t, toks, e + 1, false, st.cues);  // "of The Hague", "of Music"
      if (run > e + 1) e = run;
    }
  }
  return e;
}

// Which runs of 4 and of 7 bytes of a sentence end with a space, a bit each
// (hashed). A text that holds a needle holds the needle's runs that end at
// one of its spaces: a needle with such a run the text lacks is not in it;
// one that has them all may be. Only the runs at the spaces are hashed (each
// employer lead holds a space past its third byte), and the spaces are those
// between the sentence's tokens.
class SpaceRuns {
 public:
  SpaceRuns(std::string_view t, const std::vector<Token>& toks) : t_(t) {
    // Tokens split at spaces and em dashes: every space lies between them.
    std::size_t from = 0;
    for (const Token& k : toks) {
      add_spaces(from, k.begin);
      from = k.end;
    }
    add_spaces(from, t.size());
  }
  [[nodiscard]] bool may_hold(std::string_view needle) const {
    for (std::size_t i = 3; i < needle.size(); ++i) {
      if (needle[i] != ' ') continue;
      if (!has(hash4(needle.data() + i - 3)) || (i >= 6 && !has(hash7(needle.data() + i - 6)))) return false;
    }
    return true;
  }

 private:
  void add_spaces(std::size_t b, std::size_t e) {
    for (std::size_t p = std::max<std::size_t>(b, 3); p < e; ++p)
      if (t_[p] == ' ') {
        add(hash4(t_.data() + p - 3));
        if (p >= 6) add(hash7(t_.data() + p - 6));
      }
  }
  void add(std::size_t h) { bits_[h >> 6] |= std::uint64_t{1} << (h & 63); }
  [[nodiscard]] bool has(std::size_t h) const { return (bits_[h >> 6] >> (h & 63)) & 1; }
  static std::size_t hash4(const char* p) {
    std::uint32_t x = 0;
    std::memcpy(&x, p, 4);
    return static_cast<std::size_t>((x * 2654435761u) >> 22);  // 10 bits
  }
  static std::size_t hash7(const char* p) {
    std::uint32_t x = 0, y = 0;
    std::memcpy(&x, p, 4);
    std::memcpy(&y, p + 3, 4);
    return static_cast<std::size_t>(((x ^ (y * 0x9E3779B9u)) * 2654435761u) >> 22);
  }
  std::string_view t_;
  std::array<std::uint64_t, 16> bits_{};
};

}  // namespace

std::vector<Org> organizations(const SentenceView& v, const ArticleState& st) {
  std::vector<Org> out;
  const std::string_view t = v.text();
  const auto& toks = v.tokens();
  const auto& awards = v.awards();
  EntityType type = EntityType::Organization;
  for (std::size_t i = next_org_word(t, toks, 0, st.lex, type); i < toks.size();
       i = next_org_word(t, toks, i + 1, st.lex, type)) {
    const std::string_view raw = word_of(t, toks, i);
    bool in_award = false;
    for (const auto& a : awards) in_award = in_award || (toks[i].begin < a.end && a.begin < toks[i].end);
    if (in_award) continue;
    // Back over capitalized words ("Castlegate Sound Studios"), forward over "of Music".
    std::size_t b = i;
    while (b > 0) {
      const std::string_view r = word_of(t, toks, b - 1);
      if (!capitalized(r) || r.find_first_of(",;()") != std::string_view::npos || is_possessive(r) || r == "The" ||
          r == "In" || r == "At")
        break;
      --b;
    }
    std::size_t e = org_end(t, toks, i, st);
    if (b == i && e == i + 1 && !is_possessive(raw) && raw.find_first_of(",;.)") == std::string_view::npos)
      e = name_after_head(t, toks, e, st);  // "Conservatorio Giuseppe Verdi", "École nationale supérieure Louis-Lumière"
    if (b == i && e == i + 1 && !(is_possessive(raw) || i + 1 < toks.size())) continue;
    std::string name = text_of(t, toks, b, e);
    if (is_possessive(word_of(t, toks, e - 1))) {
      const std::size_t cut = name.rfind(possessor(word_of(t, toks, e - 1)));
      name = name.substr(0, cut) + std::string(possessor(word_of(t, toks, e - 1)));
    }
    if (split_words(name).size() < 2) continue;  // "School" alone names nothing
    Org org{{toks[b].begin, toks[e - 1].end}, std::move(name), type, false};
    org.sub_unit = !out.empty() && b > 0 && out.back().range.end == toks[b - 1].end && is_possessive(word_of(t, toks, b - 1));
    out.push_back(std::move(org));
    i = e - 1;
  }
  return out;
}

const std::vector<Org>& sentence_organizations(const SentenceView& v, ArticleState& st) {
  if (!st.orgs || st.orgs_text != v.text()) {
    st.orgs = organizations(v, st);
    st.orgs_text = v.text();
  }
  return *st.orgs;
}

std::vector<Org> employers(const SentenceView& v, ArticleState& st) {
  std::vector<Org> out;
  const std::string_view t = v.text();
  for (const auto& org : sentence_organizations(v, st))
    if (org.type == EntityType::Studio || org.type == EntityType::Label) out.push_back(org);
  const auto& toks = v.tokens();
  const auto& cues = st.cues;
  const SpaceRuns runs(t, toks);
  for (std::string_view lead : cues.employer_leads) {
    if (!runs.may_hold(lead)) continue;  // exact: every occurrence holds the lead's runs
    for (std::size_t at = find_text(t, lead); at != std::string_view::npos; at = find_text(t, lead, at + 1)) {
      const std::size_t start = at + lead.size();
      if (lead == " for " && !v.has_any(t.substr(0, at), cues.work_verbs)) continue;
      if (lead == " at " && !v.has_any(t.substr(at > 40 ? at - 40 : 0, std::min<std::size_t>(at, 40)), cues.job_words))
        continue;
      std::size_t ti = 0;
      while (ti < toks.size() && toks[ti].begin < start) ++ti;
      const std::size_t e = name_run(t, toks, ti, false, cues);
      if (e <= ti) continue;
      const std::string name = text_of(t, toks, ti, e);
      const Range r{toks[ti].begin, toks[e - 1].end};
      bool seen = false;
      for (const auto& o : out) seen = seen || o.range.overlaps(r);
      if (seen || name == st.subject.name || name == st.surname || !st.lex.find_awards(name).empty()) continue;
      // "at Berklee College of Music": a school is no employer unless the sentence says so.
      EntityType type = lead.starts_with("label") ? EntityType::Label : EntityType::Organization;
      for (const auto& tok : split_words(name))
        if (const auto ot = st.lex.organization_word(core(name.substr(tok.begin, tok.end - tok.begin)))) type = *ot;
      if (type == EntityType::School && !v.has_any(t, cues.teaching_words)) continue;
      out.push_back({r, name, type, false});
    }
  }
  std::sort(out.begin(), out.end(), [](const Org& a, const Org& b) { return a.range.begin < b.range.begin; });
  return out;
}

}  // namespace liner::ingest::extract
