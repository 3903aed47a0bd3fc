#pragma once
// A work (album, song, film, ...) named in a sentence.

#include <cstddef>
#include <optional>
#include <string>

#include "ingest/claim.h"
#include "ingest/extract/tokens.h"

namespace liner::ingest::extract {

struct NameKey;  // state.h

struct Work {
  Range range;  ///< the title in the sentence text
  std::string name;
  EntityType type = EntityType::Work;
  std::string artist;
  int year = 0;                   ///< release year
  std::size_t phrase_begin = 0;   ///< where its phrase (possessive, type noun) starts
  std::size_t after = 0;          ///< end of the title or of its parenthetical
  int award_year = 0;             ///< "(2011 Latin Grammy for ...)"
  std::optional<std::size_t> award;
  std::string award_category;
  /// The article's cache entry for `name` once looked up, so that the copies
  /// of a work in both passes and in known_works hash its name once
  /// (ArticleState::name_key(const Work&) checks it against `name`).
  NameKey* key = nullptr;
};

}  // namespace liner::ingest::extract
