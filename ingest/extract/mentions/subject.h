#pragma once
// Whether a sentence, or a part of it, speaks of the article's subject.

#include <string_view>

#include "ingest/extract/sentence.h"
#include "ingest/extract/state.h"

namespace liner::ingest::extract {

/// `part` (of v's sentence, or any text) names the subject, its surname, a
/// pronoun, or for a group "the band" and the like.
bool mentions_subject(const SentenceView& v, const ArticleState& st, std::string_view part);

}  // namespace liner::ingest::extract
