#include "ingest/extract/mentions/names.h"

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
        ends_with_any(raw, {"\xE2\x80\x9D", "\""}))
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
  if (st.cues.descriptors.contains(before) || before == "by") return true;
  const auto roles = st.lex.find_roles(before);
  return roles.size() == 1 && roles.front().kind == RoleKind::noun && roles.front().begin == 0 &&
         roles.front().end == before.size();
}

void index_names(ArticleState& st, const std::vector<SentenceView>& views) {
  for (const auto& v : views) {
    const std::string_view t = v.text();
    const auto& toks = v.tokens();
    for (std::size_t i = 1; i < toks.size(); ++i) {
      const std::string_view a = word_of(t, toks, i - 1);
      const std::string_view b = core(word_of(t, toks, i));
      const std::string_view last = is_possessive(b) ? possessor(b) : b;
      if (i == 1 || !capitalized(a) || core(a) != a || !capitalized(last) || all_digits(last) ||
          st.lex.title_word(lower_ascii(a)) || st.lex.organization_word(last))
        continue;
      const std::string full = std::string(a) + " " + std::string(last);
      auto [it, fresh] = st.full_names.try_emplace(std::string(last), full);
      if (!fresh && it->second != full) it->second.clear();  // ambiguous: two people share the surname
    }
  }
}

}  // namespace liner::ingest::extract
