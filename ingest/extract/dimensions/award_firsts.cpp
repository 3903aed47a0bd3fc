// firstEvent, and the win it implies: "His first Grammy wins came in 1997
// for the song X" says both that his first Grammy came in 1997 and that he
// won one then.

#include "ingest/extract/dimensions/dimensions.h"
#include "ingest/extract/mentions/times.h"
#include "ingest/text.h"

namespace liner::ingest::extract {

void read_award_firsts(const SentenceView& v, ArticleState& st, ClaimSink& out) {
  const std::string_view t = v.text();
  const auto& toks = v.tokens();
  const auto& awards = v.awards();
  for (std::size_t a = 0; a < awards.size(); ++a) {
    std::size_t i = 0;
    while (i < toks.size() && toks[i].end <= awards[a].begin) ++i;
    if (i == 0 || lower_ascii(core(word_of(t, toks, i - 1))) != "first") continue;
    st.first_awards.insert(a);
    Qualifiers q;
    q.award = st.lex.awards()[awards[a].index].name;
    if (const int y = year_near(v.times, st.anchor_year, awards[a].end)) q.year = year_string(y);
    for (const auto& w : v.works)
      if (w.range.begin > awards[a].end) {
        q.work = w.name;
        break;
      }
    const bool nomination = v.has_word(t.substr(awards[a].end, 20), {"nomination", "nominations"});
    out.add(Predicate::firstEvent, st.subject, std::nullopt, std::string(nomination ? "awardNominated" : "awardWon"), q,
            v.origin);
    Qualifiers win;
    win.year = q.year;
    win.work = q.work;
    if (win.year || win.work)
      out.add(nomination ? Predicate::awardNominated : Predicate::awardWon, st.subject,
              entity(st.lex.awards()[awards[a].index].name, EntityType::Award), std::nullopt, std::move(win), v.origin);
  }
}

}  // namespace liner::ingest::extract
