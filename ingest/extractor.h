#pragma once
// The claim extractor: Article -> claims, from sentences, tables and fields.

#include <vector>

#include "ingest/article.h"
#include "ingest/claim.h"
#include "ingest/document.h"
#include "ingest/extract/cues.h"
#include "ingest/lexicon.h"
#include "ingest/time.h"

namespace liner::ingest {

/// What extraction shares between documents; immutable, safe across threads.
struct ExtractorContext {
  ExtractorContext() = default;
  /// With the dimensions' word lists read from `replaced` where it names a
  /// data file (the cue files, category_heads.txt, ...): to try a pattern, and
  /// to test that a data file alone decides what is read.
  explicit ExtractorContext(extract::DataFiles replaced) : cues(std::move(replaced)) {}

  Lexicon lexicon;
  TimeParser time;
  extract::CueWords cues;
};

/// The article's subject: its title, typed Person or Group (a group when the
/// first sentence calls it a band, duo, ...).
Entity article_subject(const Article& article, const ExtractorContext& ctx);

/// Every claim the article states, in source order, duplicates (same
/// predicate, subject, object, value and qualifiers in one sentence) removed.
std::vector<Claim> extract_claims(const Document& doc, const Article& article, const ExtractorContext& ctx);

}  // namespace liner::ingest
