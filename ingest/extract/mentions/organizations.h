#pragma once
// Organizations named in a sentence: names holding an organization word
// ("Castlegate Sound Studios", "Universidad de Buenos Aires"), and employers
// named by how the sentence speaks of them ("joined Estúdio Farol").

#include <string>
#include <vector>

#include "ingest/extract/mentions/org.h"
#include "ingest/extract/sentence.h"
#include "ingest/extract/state.h"

namespace liner::ingest::extract {

/// Capitalized names containing an organization word, in order.
std::vector<Org> organizations(const SentenceView& v, const ArticleState& st);

/// organizations(v, st), found once per sentence (education and employment both ask).
const std::vector<Org>& sentence_organizations(const SentenceView& v, ArticleState& st);

/// Studios and labels among the organizations, and names that the words
/// before them make an employer ("joined X", "a staff producer at X",
/// "her own label, X"), in order.
std::vector<Org> employers(const SentenceView& v, ArticleState& st);

}  // namespace liner::ingest::extract
