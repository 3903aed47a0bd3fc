#include "ingest/extract/mentions/roles.h"

#include <algorithm>

#include "ingest/text.h"

namespace liner::ingest::extract {

std::vector<RoleMatch> free_roles(const SentenceView& v) {
  std::vector<RoleMatch> out;
  out.reserve(v.roles().size());  // one allocation, not one per doubling
  for (const auto& r : v.roles()) {
    const Range rr{r.begin, r.end};
    bool inside = false;
    for (const auto& w : v.works) inside = inside || w.range.overlaps(rr);
    for (const auto& a : v.awards()) inside = inside || rr.overlaps({a.begin, a.end});
    for (const auto& c : v.categories()) inside = inside || c.range.overlaps(rr);
    if (!inside) out.push_back(r);
  }
  return out;
}

namespace {

// Where the clauses of the sentence break: each ";", ", while " and the like,
// and ", and " before a pronoun or the subject's name.
std::vector<std::size_t> clause_breaks(const SentenceView& v, const ArticleState& st) {
  const std::string_view t = v.text();
  std::vector<std::size_t> breaks;
  for (std::size_t at = t.find(';'); at != std::string_view::npos; at = t.find(';', at + 1)) breaks.push_back(at);
  // Each separator starts with a comma: one pass over the commas (the order
  // of the breaks does not matter to clause_at).
  for (std::size_t at = t.find(','); at != std::string_view::npos; at = t.find(',', at + 1)) {
    const std::string_view rest = t.substr(at);
    if (rest.starts_with(", while ") || rest.starts_with(", but ") || rest.starts_with(", whereas ")) {
      breaks.push_back(at);
    } else if (rest.starts_with(", and ")) {
      const std::string_view next = t.substr(at + 6, t.find(' ', at + 6) - at - 6);
      if (st.lex.pronoun(next) || next == st.surname || next == st.subject.name) breaks.push_back(at);
    }
  }
  return breaks;
}

std::pair<std::size_t, std::size_t> clause_at(const std::vector<std::size_t>& breaks, std::size_t size,
                                              std::size_t pos) {
  std::size_t b = 0, e = size;
  for (const std::size_t at : breaks) {
    if (at < pos) b = std::max(b, at);
    else e = std::min(e, at);
  }
  return {b, e};
}

}  // namespace

std::pair<std::size_t, std::size_t> clause_of(const SentenceView& v, const ArticleState& st, std::size_t pos) {
  return clause_at(clause_breaks(v, st), v.text().size(), pos);
}

std::pair<std::size_t, std::size_t> Clauses::around(std::size_t pos) {
  if (!breaks_) breaks_ = clause_breaks(v_, st_);
  return clause_at(*breaks_, v_.text().size(), pos);
}

bool noun_counts(const SentenceView& v, const ArticleState& st, const RoleMatch& r, const std::vector<RoleMatch>& all) {
  const std::string_view t = v.text();
  const std::string_view after = t.substr(r.end);
  for (auto next : st.cues.noun_role_after)
    if (after.starts_with(next)) return true;
  const std::string_view before = t.substr(0, r.begin);
  for (auto lead : st.cues.noun_role_before)
    if (before.ends_with(lead)) return true;
  // Coordinated with a role that counts: "production and mixing duties".
  for (const auto& o : all) {
    if (&o == &r) continue;
    const bool adjacent = (o.begin > r.end && o.begin - r.end <= 6 &&
                           trim(t.substr(r.end, o.begin - r.end)).find_first_not_of(",and ") == std::string_view::npos) ||
                          (r.begin > o.end && r.begin - o.end <= 6 &&
                           trim(t.substr(o.end, r.begin - o.end)).find_first_not_of(",and ") == std::string_view::npos);
    if (adjacent &&
        (o.kind != RoleKind::noun || t.substr(o.end).starts_with(" on ") || t.substr(o.end).starts_with(" duties")))
      return true;
  }
  return false;
}

std::vector<std::pair<std::size_t, std::string>> roles_after_as(const SentenceView& v, const ArticleState& st) {
  const std::string_view t = v.text();
  std::vector<std::pair<std::size_t, std::string>> out;
  for (std::size_t at = v.find_word(t, "as"); at != std::string_view::npos; at = v.find_word(t, "as", at + 1)) {
    std::size_t start = at + 3;
    for (std::string_view article : {"an ", "a ", "the "})
      if (t.substr(start).starts_with(article)) {
        start += article.size();
        break;
      }
    std::size_t e = start;
    int words = 0;
    while (e < t.size() && words < 4) {
      std::size_t n = t.find(' ', e);
      if (n == std::string_view::npos) n = t.size();
      const std::string_view w = core(t.substr(e, n - e));
      const auto roles = st.lex.find_roles(w);
      ++words;
      const bool ends = t.substr(e, n - e).find_first_of(",;.") != std::string_view::npos;
      e = n;
      if (!roles.empty() &&
          (ends || e >= t.size() || st.lex.find_roles(core(t.substr(e + 1, t.find(' ', e + 1) - e - 1))).empty())) {
        out.emplace_back(start, std::string(core(t.substr(start, e - start))));
        break;
      }
      if (ends) break;
      ++e;
    }
  }
  return out;
}

}  // namespace liner::ingest::extract
