#pragma once
// Works named in a sentence: quoted titles, titles before "(YYYY)", titles
// after a type noun ("the album X"), and titles known from other sentences;
// each with its type, artist, release year and any award in its parenthetical.

#include <string_view>
#include <vector>

#include "ingest/extract/mentions/work.h"
#include "ingest/extract/sentence.h"
#include "ingest/extract/state.h"

namespace liner::ingest::extract {

/// The works of a sentence named with evidence of their own (quotes, a year,
/// a type noun): what pass 1 finds, before any title is known. `st` is
/// changed only in its cache of entity keys (the works carry theirs).
std::vector<Work> find_base_works(const SentenceView& v, ArticleState& st);

/// The works of the sentence: `base`, with `known` titles known from other
/// sentences too (`st.known_works`), merged and completed (shared artists
/// and types, the subject's own works, what is known of each elsewhere).
/// `st` is changed only in its cache of entity keys (ArticleState::key_of).
std::vector<Work> complete_works(const SentenceView& v, ArticleState& st, std::vector<Work> base, bool known);

/// Remembers a work for the rest of the article (a known title), keeping what
/// was already learned of it.
void remember_work(ArticleState& st, const Work& w);
void remember_work(ArticleState& st, Work&& w);

/// The work a table cell names: "Title", "Title (Artist)", "Title (1998)";
/// an empty name for a placeholder ("—", "N/A").
Work cell_work(std::string_view cell);

}  // namespace liner::ingest::extract
