// releaseYear from prose: a work with a year of its own ("Sea Glass (2004)",
// "the 1998 comedy-drama Patch Adams", "Paper Lanterns, was released in 1982").

#include "ingest/extract/dimensions/dimensions.h"

namespace liner::ingest::extract {

void read_release_years(const SentenceView& v, ArticleState& st, ClaimSink& out) {
  for (const auto& w : v.works) {
    if (!w.year) continue;
    Qualifiers q;
    if (!w.artist.empty()) q.artist = w.artist;
    q.work_type = std::string(type_word(w.type));
    out.add(Predicate::releaseYear, st.work_entity(w), std::nullopt, year_string(w.year), std::move(q), v.origin);
  }
}

}  // namespace liner::ingest::extract
