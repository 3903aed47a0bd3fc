#pragma once
// Names of people and groups: runs of capitalized words, names after a
// descriptor ("the singer X"), and the article's full-name index.

#include <string>
#include <string_view>
#include <vector>

#include "ingest/extract/sentence.h"
#include "ingest/extract/state.h"
#include "ingest/extract/tokens.h"

namespace liner::ingest::extract {

/// A run of capitalized words (a name) starting at token i; allows inner
/// lowercase particles (name_particles.txt: "de", "of") and "and"/"&" between
/// two names when `pairs` is set. Returns the end token (exclusive).
std::size_t name_run(std::string_view t, const std::vector<Token>& toks, std::size_t i, bool pairs,
                     const CueWords& cues);

/// The name at token k, after an optional descriptor: "the singer X", "the
/// Amsterdam band X", "singer X", "the duo X", "Averkamp's brother, X".
std::string name_after_descriptor(std::string_view t, const std::vector<Token>& toks, std::size_t k,
                                  const ArticleState& st);

/// Whether the word before token `first` says a person's name follows: a
/// descriptor ("the singer"), a role noun ("the arranger") or "by".
bool names_person(std::string_view t, const std::vector<Token>& toks, std::size_t first, const ArticleState& st);

/// Fills st.full_names from every sentence: "Iris Lund" makes "Lund" Iris Lund.
void index_names(ArticleState& st, const std::vector<SentenceView>& views);

}  // namespace liner::ingest::extract
