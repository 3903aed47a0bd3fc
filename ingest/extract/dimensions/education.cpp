// Education: educatedAt (school, field, degree, years) and graduationYear.
//
// Each school in a sentence owns the text around it: the text before the
// first school, and after the last, belongs to them; between two schools,
// the last clause leads into the second and the rest trails the first.
// Fields, degrees and years are read in the parts a school owns, so "studied
// physics at A, earning a degree in 1988, before completing a master's
// degree in acoustics at B in 1990" gives each school its own.

#include <algorithm>
#include <bit>
#include <cstdint>
#include <optional>

#include "ingest/extract/dimensions/dimensions.h"
#include "ingest/extract/mentions/organizations.h"
#include "ingest/text.h"

namespace liner::ingest::extract {
namespace {

// A phrase after `at` up to a clause end: "majoring in percussion and music theory".
std::string phrase_after(std::string_view t, std::size_t at, const CueWords& cues) {
  std::size_t e = at;
  while (e < t.size() && t[e] != ',' && t[e] != ';' && t[e] != '.' && t[e] != '(') ++e;
  std::string_view p = t.substr(at, e - at);
  for (auto stop : cues.phrase_stops) {
    const std::size_t s = p.find(stop);
    if (s != std::string_view::npos) p = p.substr(0, s);
  }
  return std::string(trim(p));
}

// The first degree named in t[b, e): its range and form. Of the forms found
// at the first place one starts, the longest (the first listed of equals).
std::optional<std::pair<Range, std::string>> degree_in(std::string_view t, std::size_t b, std::size_t e,
                                                       const CueWords& cues) {
  const auto& starting = cues.degree_starts;
  auto ascii_alnum = [](char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); };
  auto form_at = [&](std::size_t at, std::size_t d, std::optional<std::pair<Range, std::string>>& best) {
    const std::string_view form = cues.degrees[d];
    for (std::string_view f : {form, std::string_view(cues.degree_capitals[d])}) {
      if (f.empty() || f[0] != t[at] || at + f.size() > e || at + f.size() > t.size()) continue;
      // Most forms that start with the byte differ in the next one: no compare call for them.
      if ((f.size() > 1 && t[at + 1] != f[1]) || t.compare(at, f.size(), f) != 0) continue;
      if (!word_at(t, at, at + f.size()) && !(f.back() == '.' && word_at(t, at, at + f.size() - 1))) continue;
      if (!best || at + f.size() > best->first.end) best = std::make_pair(Range{at, at + f.size()}, std::string(form));
      return;  // a form and its capital differ in the first byte, or not at all
    }
  };
  // All forms have a bit of `starting` when they are 64 at most: a byte
  // with none starts none (read once, out of the loop over the bytes).
  const bool all_masked = cues.degrees.size() <= 64;
  const std::size_t end = std::min(e, t.size());
  for (std::size_t at = b; at < end; ++at) {
    // A form starts a word: after no letter or digit (word_at checks the rest).
    const std::uint64_t mask = starting[static_cast<unsigned char>(t[at])];
    if ((!mask && all_masked) || (at > 0 && ascii_alnum(t[at - 1]))) continue;
    std::optional<std::pair<Range, std::string>> best;
    for (std::uint64_t m = mask; m; m &= m - 1) form_at(at, static_cast<std::size_t>(std::countr_zero(m)), best);
    for (std::size_t d = 64; d < cues.degrees.size(); ++d) form_at(at, d, best);
    if (best) return best;
  }
  return std::nullopt;
}

// Where the last clause of t[b, e) starts: the clause that leads into what
// follows e ("..., before completing a degree at <school>").
std::size_t last_clause(std::string_view t, std::size_t b, std::size_t e, const CueWords& cues) {
  std::size_t cut = b;
  if (b >= e) return cut;
  // Only a break inside t[b, e) counts: search there, not all of t before e.
  const std::string_view between = t.substr(b, e - b);
  for (auto brk : cues.clause_breaks) {
    const std::size_t at = between.rfind(brk);
    if (at != std::string_view::npos && b + at > cut) cut = b + at;
  }
  return cut;
}

// The year after a word that ends a course of study, inside the parts.
int graduation_year(const SentenceView& v, const ArticleState& st, const std::vector<Range>& parts) {
  const std::string_view t = v.text();
  // The parts start and end at word boundaries of the sentence (between
  // words, or at a comma or semicolon), so a word none of them lacks is in
  // the sentence.
  const auto& words = st.cues.completion_words;
  if (!v.has_any(t, words)) return 0;
  // Which words the sentence holds, a bit each (all past the 64th): only those
  // can be in a part.
  std::uint64_t held = 0;
  for (std::size_t i = 0; i < words.size() && i < 64; ++i)
    if (v.find_word(t, words[i]) != std::string_view::npos) held |= std::uint64_t{1} << i;
  for (const auto& r : parts) {
    const std::string_view part = t.substr(r.begin, r.end - r.begin);
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (i < 64 && !((held >> i) & 1)) continue;
      const std::size_t at = v.find_word(part, words[i]);
      if (at == std::string_view::npos) continue;
      // The year after the word, in a part the school owns: "completing a
      // master's degree in orchestration at <school> in 1982".
      for (const auto& m : v.times) {
        bool owned = false;
        for (const auto& p : parts) owned = owned || (m.begin >= p.begin && m.end <= p.end);
        if (owned && !m.relative && m.begin > r.begin + at && m.begin - (r.begin + at) < 160 &&
            m.value.precision != TimePrecision::decade && m.value.precision != TimePrecision::range)
          return m.value.begin_year;
      }
    }
  }
  return 0;
}

// The schools of a sentence and the parts of it each owns.
struct Schools {
  std::vector<Org> schools;
  std::vector<std::vector<Range>> owned;
  std::vector<bool> continues;          // "... and later at B": B shares A's field
  std::vector<std::string> lead_field;  // "... and sound engineering at B"
};

// The clause between schools i-1 and i that leads into school i.
void lead_clause(const SentenceView& v, const ArticleState& st, Schools& s, std::size_t i) {
  const std::string_view t = v.text();
  const auto& cues = st.cues;
  const std::size_t from = s.schools[i - 1].range.end, to = s.schools[i].range.begin;
  const std::size_t cut = last_clause(t, from, to, cues);
  s.owned[i - 1].push_back({from, cut});
  s.owned[i].push_back({cut, to});
  // The leading clause: connective, then words, then "at"/"from" (and "the").
  std::string_view lead = trim(t.substr(cut, to - cut));
  for (auto c : cues.lead_connectives)
    if (lead.starts_with(c)) lead = trim(lead.substr(c.size()));
  if (lead.ends_with(" the") || lead == "the") lead.remove_suffix(std::min<std::size_t>(lead.size(), 4));
  lead = trim(lead);
  bool at_end = false;
  for (std::string_view a : {" at", " from"})
    if (lead.ends_with(a)) lead.remove_suffix(a.size()), at_end = true;
  if (lead == "at" || lead == "from") lead = {}, at_end = true;
  if (!at_end) return;
  std::string words;
  for (const auto& tok : split_words(lead)) {
    const std::string_view w = lead.substr(tok.begin, tok.end - tok.begin);
    if (std::find(cues.lead_skips.begin(), cues.lead_skips.end(), w) != cues.lead_skips.end()) continue;
    words += (words.empty() ? "" : " ") + std::string(w);
  }
  if (words.empty()) s.continues[i] = true;
  else if (cut == from && !capitalized(words) && split_words(words).size() <= 4 &&
           !st.lex.pronoun(lower_ascii(words.substr(0, words.find(' ')))) &&
           !st.lex.title_word(lower_ascii(words.substr(0, words.find(' ')))) &&
           degree_in(words, 0, words.size(), cues) == std::nullopt)
    s.lead_field[i] = words;
}

Schools schools_of(const SentenceView& v, ArticleState& st) {
  const std::string_view t = v.text();
  Schools s;
  for (const auto& org : sentence_organizations(v, st))
    if (org.type == EntityType::School && !org.sub_unit) s.schools.push_back(org);
  if (s.schools.empty()) return s;
  const std::size_t n = s.schools.size();
  s.owned.resize(n);
  s.continues.assign(n, false);
  s.lead_field.resize(n);
  s.owned[0].push_back({0, s.schools[0].range.begin});
  for (std::size_t i = 1; i < n; ++i) lead_clause(v, st, s, i);
  s.owned.back().push_back({s.schools.back().range.end, t.size()});
  // "at A University, where she majored in X at its B School of Music": B
  // is a division of A, and what is said of B is said of A.
  for (std::size_t i = s.schools.size() - 1; i > 0; --i) {
    const std::string_view gap = t.substr(s.schools[i - 1].range.end, s.schools[i].range.begin - s.schools[i - 1].range.end);
    if (!v.has_any(gap, st.cues.division_words) || v.has_any(gap, st.cues.division_breaks) ||
        s.schools[i - 1].name.find("Universit") == std::string::npos)
      continue;
    s.owned[i - 1].push_back(s.schools[i].range);
    s.owned[i - 1].insert(s.owned[i - 1].end(), s.owned[i].begin(), s.owned[i].end());
    if (s.continues[i] || !s.lead_field[i].empty()) s.lead_field[i - 1] = s.lead_field[i];
    const auto at = static_cast<std::ptrdiff_t>(i);
    s.schools.erase(s.schools.begin() + at);
    s.owned.erase(s.owned.begin() + at);
    s.continues.erase(s.continues.begin() + at);
    s.lead_field.erase(s.lead_field.begin() + at);
  }
  return s;
}

// The fields of study a school's parts name, and its degree.
std::vector<std::string> fields_in(const SentenceView& v, const ArticleState& st, const std::vector<Range>& parts,
                                   const std::string& lead_field, std::optional<std::string>& degree) {
  const std::string_view t = v.text();
  const auto& cues = st.cues;
  std::vector<std::string> fields;
  auto add_field = [&](std::string f) {
    if (!f.empty() && std::find(fields.begin(), fields.end(), f) == fields.end()) fields.push_back(std::move(f));
  };
  for (const auto& r : parts)
    for (auto lead : cues.field_leads)
      for (std::size_t at = t.find(lead, r.begin); at != std::string_view::npos && at < r.end; at = t.find(lead, at + 1)) {
        std::string f = phrase_after(t, at + lead.size(), cues);
        const std::string first_word = lower_ascii(f.substr(0, f.find(' ')));
        if (f.empty() || capitalized(f) || f.size() > 60 || st.lex.pronoun(first_word) || first_word == "the" ||
            first_word == "a" || first_word == "an" || st.lex.title_word(first_word) || (f[0] >= '0' && f[0] <= '9'))
          continue;
        add_field(std::move(f));
      }
  if (!lead_field.empty()) add_field(lead_field);
  for (const auto& r : parts) {
    if (degree) break;
    if (auto d = degree_in(t, r.begin, r.end, cues)) {
      degree = d->second;
      // "a Bachelor of Arts in English": the field may be a proper noun.
      if (t.substr(d->first.end).starts_with(" in ")) {
        std::string f = phrase_after(t, d->first.end + 4, cues);
        if (!f.empty() && f.size() <= 60 && !(f[0] >= '0' && f[0] <= '9') &&
            !st.lex.organization_word(f.substr(f.rfind(' ') + 1)))
          add_field(std::move(f));
      }
    }
  }
  return fields;
}

// The claims of one school.
void school_claims(const SentenceView& v, ArticleState& st, ClaimSink& out, const Org& school,
                   const std::vector<Range>& parts, const std::vector<std::string>& fields,
                   const std::optional<std::string>& degree) {
  const int grad = graduation_year(v, st, parts);
  std::optional<std::pair<int, int>> span;
  for (const auto& m : v.times)
    if (!m.relative && m.value.precision == TimePrecision::range && m.value.end_year != 0)
      for (const auto& r : parts)
        if (m.begin >= r.begin && m.end <= r.end && !span) span = std::make_pair(m.value.begin_year, m.value.end_year);
  st.last_school = school.name;
  const Entity obj = entity(school.name, EntityType::School);
  auto base = [&] {
    Qualifiers q;
    if (degree) q.degree = degree;
    if (span) {
      q.start_year = year_string(span->first);
      q.end_year = year_string(span->second);
    }
    if (grad) q.end_year = year_string(grad);
    return q;
  };
  if (fields.empty()) out.add(Predicate::educatedAt, st.subject, obj, std::nullopt, base(), v.origin);
  for (const auto& f : fields) {
    Qualifiers q = base();
    q.field = f;
    out.add(Predicate::educatedAt, st.subject, obj, std::nullopt, std::move(q), v.origin);
  }
  if (grad) {
    Qualifiers q;
    q.institution = school.name;
    out.add(Predicate::graduationYear, st.subject, std::nullopt, year_string(grad), std::move(q), v.origin);
  }
}

}  // namespace

void read_education(const SentenceView& v, ArticleState& st, ClaimSink& out) {
  const std::string_view t = v.text();
  if (!v.has_any(t, st.cues.education_triggers)) return;
  const Schools s = schools_of(v, st);
  if (s.schools.empty()) {
    const int grad = graduation_year(v, st, {Range{0, t.size()}});
    if (grad && st.last_school) {
      Qualifiers q;
      q.institution = *st.last_school;
      out.add(Predicate::graduationYear, st.subject, std::nullopt, year_string(grad), std::move(q), v.origin);
    }
    return;
  }
  std::vector<std::string> previous_fields;
  for (std::size_t i = 0; i < s.schools.size(); ++i) {
    const auto& parts = s.owned[i];
    // Someone else's schooling: "..., whose father taught at B".
    bool other = false;
    for (const auto& r : parts) other = other || v.has_any(t.substr(r.begin, r.end - r.begin), st.cues.others_words);
    if (i > 0 && other) continue;
    std::optional<std::string> degree;
    std::vector<std::string> fields = fields_in(v, st, parts, s.lead_field[i], degree);
    if (fields.empty() && s.continues[i]) fields = previous_fields;
    previous_fields = fields;
    school_claims(v, st, out, s.schools[i], parts, fields, degree);
  }
}

}  // namespace liner::ingest::extract
