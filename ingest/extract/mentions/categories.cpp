#include "ingest/extract/mentions/categories.h"

#include <algorithm>

namespace liner::ingest::extract {
namespace {

bool overlaps_any(const std::vector<Category>& found, const Range& r) {
  bool inside = false;
  for (const auto& c : found) inside = inside || c.range.overlaps(r);
  return inside;
}

// After a head noun, "with" or "by" at token j starts the work or the artist
// ("Best Tropical Latin Album with Son de Madrugada"), unless what follows
// ends in a head noun too ("Best Pop Collaboration with Vocals").
bool with_starts_other(std::string_view t, const std::vector<Token>& toks, std::size_t j, std::size_t last,
                       const CueWords& cues) {
  if (!cues.category_end.contains(core(word_of(t, toks, last)))) return false;
  std::size_t k = j + 1, run_last = j;
  while (k < toks.size()) {
    const std::string_view r2 = word_of(t, toks, k);
    if (!capitalized(r2) && core(r2) != "of" && core(r2) != "and" && core(r2) != "the") break;
    if (capitalized(r2)) run_last = k;
    if (r2.find_first_of(",;.)") != std::string_view::npos) break;
    ++k;
  }
  return run_last == j || !cues.category_end.contains(core(word_of(t, toks, run_last)));
}

// "Best Latin Pop, Rock or Urban Album": from "Best" over capitalized words
// and the small words between them.
void best_categories(std::string_view t, const std::vector<Token>& toks, const Lexicon& lex, const CueWords& cues,
                     std::vector<Category>& out) {
  if (t.find("Best") == std::string_view::npos) return;  // no word's core can be "Best"
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const std::string_view w = word_of(t, toks, i);
    if (w.find("Best") == std::string_view::npos || core(w) != "Best") continue;
    std::size_t j = i + 1;
    std::size_t last = i;
    while (j < toks.size()) {
      const std::string_view raw = word_of(t, toks, j);
      const std::string_view c = core(raw);
      const bool cap = capitalized(raw) && !all_digits(c);
      const bool small = !cap && cues.category_inner.contains(c);
      if (!cap && !small) break;
      if ((c == "with" || c == "by") && with_starts_other(t, toks, j, last, cues)) break;
      if (cap) last = j;
      if (raw.back() == ')' || raw.back() == '.' || raw.back() == ';' || raw.find(')') != std::string_view::npos)
        break;
      if (raw.back() == ',') {
        // "Best Latin Pop, Rock or Urban Album": a comma inside, before a capital.
        if (j + 1 < toks.size() && capitalized(word_of(t, toks, j + 1)) &&
            lex.find_awards(word_of(t, toks, j + 1)).empty()) {
          ++j;
          continue;
        }
        break;
      }
      ++j;
    }
    if (last > i) {
      const std::string name = text_of(t, toks, i, last + 1);
      out.push_back({{toks[i].begin, toks[i].begin + name.size()}, name});
      i = last;
    }
  }
}

// "the Brit Award for British Female Solo Artist": after "<award> for", a
// capitalized phrase that starts or ends with a category head word.
void award_for_categories(std::string_view t, const std::vector<Token>& toks, const std::vector<Match>& awards,
                          const CueWords& cues, std::vector<Category>& out) {
  for (const auto& m : awards) {
    if (!t.substr(m.end).starts_with(" for ")) continue;
    std::size_t i = 0;
    while (i < toks.size() && toks[i].begin < m.end + 5) ++i;
    std::size_t last = i, j = i;
    for (; j < toks.size() && j < i + 8; ++j) {
      const std::string_view raw = word_of(t, toks, j);
      const std::string_view c = core(raw);
      if (capitalized(raw) && !all_digits(c)) last = j + 1;
      else if (!cues.category_after_for.contains(c)) break;
      if (raw.find_first_of(",;.)") != std::string_view::npos || raw.front() == '"') break;
    }
    if (last <= i) continue;
    const std::string_view first = core(word_of(t, toks, i));
    const std::string_view final = core(word_of(t, toks, last - 1));
    if (!cues.category_start.contains(first) && !cues.category_end.contains(final)) continue;
    const Range r{toks[i].begin, static_cast<std::size_t>(final.data() - t.data()) + final.size()};
    if (!overlaps_any(out, r)) out.push_back({r, std::string(t.substr(r.begin, r.end - r.begin))});
  }
}

// "in the Mastering Engineer category"
void named_category(std::string_view t, std::vector<Category>& out) {
  constexpr Needle category(" category");
  for (std::size_t at = find_text(t, category); at != std::string_view::npos; at = find_text(t, category, at + 1)) {
    const std::size_t the = t.rfind("the ", at);
    if (the == std::string_view::npos || at - the > 80) continue;
    const std::string_view inner = t.substr(the + 4, at - the - 4);
    if (!capitalized(inner) || inner.find_first_of(",;()") != std::string_view::npos) continue;
    const Range r{the + 4, at};
    if (!overlaps_any(out, r)) out.push_back({r, std::string(inner)});
  }
}

// "... of the Year": the capitalized words before it.
void of_the_year(std::string_view t, std::vector<Category>& out) {
  constexpr Needle year_needle(" of the Year");
  for (std::size_t at = find_text(t, year_needle); at != std::string_view::npos; at = find_text(t, year_needle, at + 1)) {
    std::size_t b = at;
    while (b > 0) {
      std::size_t s = t.rfind(' ', b - 1);
      s = s == std::string_view::npos ? 0 : s + 1;
      const std::string_view w = t.substr(s, b - s);
      if (!capitalized(w) || w.find_first_of(",;()") != std::string_view::npos || w == "The") break;
      b = s == 0 ? 0 : s - 1;
      if (s == 0) break;
    }
    while (b < at && t[b] == ' ') ++b;
    const Range r{b, at + 12};
    if (r.begin >= r.end - 12) continue;
    if (!overlaps_any(out, r)) out.push_back({r, std::string(t.substr(r.begin, r.end - r.begin))});
  }
}

}  // namespace

std::vector<Category> scan_categories(std::string_view t, const Lexicon& lex, const CueWords& cues,
                                      const std::vector<Match>* awards, const std::vector<Token>* tokens) {
  std::vector<Category> out;
  std::vector<Match> found;
  if (!awards) found = lex.find_awards(t);
  const std::vector<Match>& aw = awards ? *awards : found;
  // Only the finders after "Best" and after an award read words: without
  // either, no split.
  std::vector<Token> split;
  if (!tokens && (!aw.empty() || t.find("Best") != std::string_view::npos)) split = split_words(t);
  const std::vector<Token>& toks = tokens ? *tokens : split;
  best_categories(t, toks, lex, cues, out);
  award_for_categories(t, toks, aw, cues, out);
  named_category(t, out);
  of_the_year(t, out);
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.range.begin < b.range.begin; });
  return out;
}

}  // namespace liner::ingest::extract
