// Employment: workedAt with role and period. "joined Estúdio Farol as a
// staff engineer in 1990", "a staff producer at Orbita Discos", "There, he
// served as an assistant engineer" (the previous sentence's place).

#include "ingest/extract/dimensions/dimensions.h"
#include "ingest/extract/mentions/organizations.h"
#include "ingest/extract/mentions/roles.h"
#include "ingest/extract/mentions/times.h"

namespace liner::ingest::extract {
namespace {

// "a staff producer at Orbita Discos": the role just before "at".
std::optional<std::string> role_before_at(std::string_view t, const Org& org, const ArticleState& st) {
  std::optional<std::string> role;
  if (!(org.range.begin > 4 && t.substr(0, org.range.begin).ends_with(" at "))) return role;
  const std::string_view before = t.substr(0, org.range.begin - 4);
  const std::size_t cut = before.find_last_of(",;");
  const std::string_view clause = before.substr(cut == std::string_view::npos ? 0 : cut + 1);
  const auto toks = split_words(clause);
  for (std::size_t k = toks.size(); k > 0 && toks.size() - k < 3; --k) {
    const std::string_view phrase = clause.substr(toks[k - 1].begin);
    if (!st.lex.find_roles(phrase).empty() && st.lex.find_roles(phrase).back().end == phrase.size()) {
      const std::string_view lead = word_of(clause, toks, k - 1);
      if (lead != "a" && lead != "an" && lead != "the") role = std::string(core(phrase));
    }
  }
  return role;
}

// Each organization takes the times of its own clause: "In the early 1990s she joined
// X as a house producer, and around 2000 she left to found her own label, Y."
std::vector<TimeMention> own_times(std::string_view t, const Org& org, const std::vector<TimeMention>& ts) {
  std::size_t cb = 0, ce = t.size();
  for (std::size_t at = t.find(", and "); at != std::string_view::npos; at = t.find(", and ", at + 1))
    (at < org.range.begin ? cb : ce) = at < org.range.begin ? std::max(cb, at) : std::min(ce, at);
  std::vector<TimeMention> own;
  for (const auto& m : ts)
    if (m.begin >= cb && m.end <= ce) own.push_back(m);
  return own;
}

}  // namespace

void read_employment(const SentenceView& v, ArticleState& st, ClaimSink& out) {
  const std::string_view t = v.text();
  std::vector<Org> places;
  if (v.has_any(t, st.cues.employment_triggers)) places = employers(v, st);
  if (places.empty()) {
    // "There, he served as an assistant engineer": the place of the previous sentence.
    if (!st.last_org || !(t.starts_with("There") || t.starts_with("At "))) return;
    if (const auto all_roles = roles_after_as(v, st); !all_roles.empty()) {
      Qualifiers q;
      q.role = all_roles.front().second;
      out.add(Predicate::workedAt, st.subject, *st.last_org, std::nullopt, std::move(q), v.origin);
    }
    return;
  }
  const auto all_roles = roles_after_as(v, st);
  const std::optional<std::string> role =
      all_roles.empty() ? std::nullopt : std::optional<std::string>(all_roles.front().second);
  for (const auto& org : places) {
    Qualifiers q;
    if (role) q.role = role;
    else q.role = role_before_at(t, org, st);
    const std::vector<TimeMention> own = own_times(t, org, v.times);
    const Entity obj = entity(org.name, org.type);
    st.last_org = obj;
    // Several roles at the one place: "worked as an assistant from 1990 to
    // 1993 and as chief engineer from 1993 to 2004". Each role takes the
    // times up to the next one.
    if (const auto& roles = all_roles; places.size() == 1 && roles.size() >= 2) {
      for (std::size_t k = 0; k < roles.size(); ++k) {
        const std::size_t from = roles[k].first, to = k + 1 < roles.size() ? roles[k + 1].first : t.size();
        std::vector<TimeMention> mine;
        for (const auto& m : own)
          if (m.begin >= from && m.end <= to) mine.push_back(m);
        Qualifiers rq;
        rq.role = roles[k].second;
        period(t, mine, st.cues, rq);
        out.add(Predicate::workedAt, st.subject, obj, std::nullopt, std::move(rq), v.origin);
      }
      continue;
    }
    period(t, own, st.cues, q);
    out.add(Predicate::workedAt, st.subject, obj, std::nullopt, std::move(q), v.origin);
  }
}

}  // namespace liner::ingest::extract
