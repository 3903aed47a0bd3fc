#pragma once
// Award category names in a sentence: "Best Latin Pop, Rock or Urban Album",
// "the Brit Award for British Female Solo Artist", "in the Mastering Engineer
// category", "Record of the Year".

#include <string>
#include <string_view>
#include <vector>

#include "ingest/extract/cues.h"
#include "ingest/extract/tokens.h"
#include "ingest/lexicon.h"

namespace liner::ingest::extract {

/// A category name and where it stands in the sentence.
struct Category {
  Range range;
  std::string text;
};

/// Every category in `t`, by position; a name found by a later finder that
/// overlaps an earlier one is dropped.
/// `awards` and `tokens`, when given, are lex.find_awards(t) and
/// split_words(t), found already.
std::vector<Category> scan_categories(std::string_view t, const Lexicon& lex, const CueWords& cues,
                                      const std::vector<Match>* awards = nullptr,
                                      const std::vector<Token>* tokens = nullptr);

}  // namespace liner::ingest::extract
