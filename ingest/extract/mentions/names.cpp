#include "ingest/extract/mentions/names.h"

#include <array>

namespace liner::ingest::extract {

std::size_t name_run(std::string_view t, const std::vector<Token>& toks, std::size_t i, bool pairs,
                     const CueWords& cues) {
  std::size_t j = i;
  std::size_t last_cap = i;
  // A name starts with a capitalized word; digits may follow one ("Sum 41").
  if (i >= toks.size() || !capitalized(word_of(t, toks, i)) || all_digits(core(word_of(t, toks, i)))) return i;
  while (j < toks.size()) {
    const std::string_view raw = word_of(t, toks, j);
    const std::string_view w = core(raw);
    if (j > i && raw.front() == '(') break;  // "Puentes (2004)": the parenthetical is no name
    const bool cap = capitalized(raw) && !w.empty();
    // With `pairs` (an artist after "by"): "Simon & Garfunkel", "Ode to Winter", "Death Cab for Cutie".
    const bool particle =
        !cap && (cues.name_particles.contains(w) || (pairs && cues.pair_joiners.contains(w)));
    if (!cap && !particle) break;
    if (cap) last_cap = j + 1;
    // Punctuation after a word ends the name (the word belongs to it when capitalized).
    if (raw.back() == ',' || raw.back() == ';' || raw.back() == '.' || raw.back() == ')' || raw.back() == ':' ||
        raw.ends_with("\xE2\x80\x9D") || raw.ends_with('"'))
      break;
    ++j;
  }
  return last_cap;
}

std::string name_after_descriptor(std::string_view t, const std::vector<Token>& toks, std::size_t k,
                                  const ArticleState& st) {
  auto w = [&](std::size_t i) { return i < toks.size() ? core(word_of(t, toks, i)) : std::string_view{}; };
  std::size_t d = k;
  if (w(d) == "the" || w(d) == "a" || w(d) == "an") ++d;
  for (std::size_t j = d; j < toks.size() && j < d + 4; ++j) {
    if (st.cues.descriptors.contains(w(j))) {
      k = j + 1;
      break;
    }
  }
  std::size_t e = name_run(t, toks, k, true, st.cues);
  if (e <= k || !capitalized(w(k))) return {};
  // "by Ode to Winter and Northern Static (2013)": after the last "and" starts the next title.
  if (e < toks.size() && t.substr(toks[e].begin).starts_with("(") && e < toks.size() &&
      all_digits(core(t.substr(toks[e].begin, std::min<std::size_t>(5, toks[e].end - toks[e].begin))).substr(0, 4)))
    for (std::size_t m = e - 1; m > k; --m)
      if (w(m) == "and") {
        e = m;
        break;
      }
  const std::string name = text_of(t, toks, k, e);
  return st.full_name(name);
}

bool names_person(std::string_view t, const std::vector<Token>& toks, std::size_t first, const ArticleState& st) {
  if (first == 0) return false;
  const std::string_view before = core(word_of(t, toks, first - 1));
  if (before == "by" || st.cues.descriptors.contains(before)) return true;
  const auto roles = st.lex.find_roles(before);
  return roles.size() == 1 && roles.front().kind == RoleKind::noun && roles.front().begin == 0 &&
         roles.front().end == before.size();
}

namespace {

// A word that starts with an ASCII lowercase letter is not capitalized, even
// without what core() strips: most words, skipped before the exact tests.
bool lowercase_start(std::string_view w) { return !w.empty() && w.front() >= 'a' && w.front() <= 'z'; }

// Whether `lowercase(a)` is a title word, lowercased without an allocation when short.
bool title_word(const Lexicon& lex, std::string_view a) {
  // Most words: no title word has their first letter and length, and need no copy.
  if (!a.empty()) {
    const char first = a[0] >= 'A' && a[0] <= 'Z' ? static_cast<char>(a[0] - 'A' + 'a') : a[0];
    if (!lex.may_be_title_word(first, a.size())) return false;
  }
  std::array<char, 64> buf;
  if (a.size() > buf.size()) return lex.title_word(lower_ascii(a));
  for (std::size_t k = 0; k < a.size(); ++k) buf[k] = a[k] >= 'A' && a[k] <= 'Z' ? static_cast<char>(a[k] - 'A' + 'a') : a[k];
  return lex.title_word(std::string_view(buf.data(), a.size()));
}

}  // namespace

void index_names(ArticleState& st, const std::vector<SentenceView>& views) {
  // About a name a sentence: few rehashes on the way.
  st.full_names.reserve(views.size());
  for (const auto& v : views) {
    const std::string_view t = v.text();
    const auto& toks = v.tokens();
    for (std::size_t i = 2; i < toks.size(); ++i) {
      // "Iris Lund", "Iris Lund's": two capitalized words, the first without punctuation.
      const std::string_view raw_b = word_of(t, toks, i);
      if (lowercase_start(raw_b)) {
        ++i;  // nor does the next pair start with a name
        continue;
      }
      const std::string_view a = word_of(t, toks, i - 1);
      // core(a) is `a` when `a` starts and ends with an ASCII letter or digit (most words).
      const bool bare = !a.empty() && ascii_alnum(a.front()) && ascii_alnum(a.back());
      if (lowercase_start(a) || (!bare && core(a).size() != a.size()) || !capitalized(a)) continue;
      const std::string_view b = core(raw_b);
      const std::string_view last = is_possessive(b) ? possessor(b) : b;
      if (!capitalized(last) || all_digits(last) || title_word(st.lex, a) || st.lex.organization_word(last)) continue;
      const auto [it, fresh] = st.full_names.try_emplace(last, a);
      // Ambiguous: two people share the surname.
      if (!fresh && it->second != a) it->second = {};
    }
  }
}

}  // namespace liner::ingest::extract
