#pragma once
// Claims: one fact a sentence, table row or infobox field asserts, with its source.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/span.h"

namespace liner::ingest {

/// The closed set of predicates (DESIGN.md). Names are a public contract.
enum class Predicate {
  birthDate,
  deathDate,
  birthPlace,
  educatedAt,
  graduationYear,
  workedAt,
  credit,
  releaseYear,
  awardWon,
  awardNominated,
  awardCount,
  firstEvent,
  memberOf,
  ageAt,
};

std::string_view to_string(Predicate p);
std::optional<Predicate> predicate_from_string(std::string_view name);

/// Entity types. Work subtypes (Album, Song, Film, TVSeries) refine Work.
enum class EntityType {
  Person,
  Group,
  Work,
  Album,
  Song,
  Film,
  TVSeries,
  Place,
  Organization,
  Studio,
  School,
  Label,
  Award,
  Event,
};

std::string_view to_string(EntityType t);

/// A named thing. `name` is for display, as written; `key` is for matching:
/// case folded, accents and punctuation removed (entity_key()).
struct Entity {
  std::string name;
  EntityType type = EntityType::Person;
  std::string key;
  bool operator==(const Entity&) const = default;
};

/// Qualifiers, all optional. Typed fields, not a bag of strings.
struct Qualifiers {
  std::optional<std::string> year;
  std::optional<std::string> category;
  std::optional<std::string> work;
  std::optional<std::string> role;
  std::optional<std::string> artist;
  std::optional<std::string> award;
  std::optional<std::string> scope;
  std::optional<std::string> qualifier;
  std::optional<std::string> field;
  std::optional<std::string> degree;
  std::optional<std::string> start_year;
  std::optional<std::string> end_year;
  std::optional<std::string> institution;
  std::optional<std::string> work_type;
  std::optional<std::string> precision;  ///< of a date value: day, month, year, decade, approximate
  bool operator==(const Qualifiers&) const = default;
};

/// The qualifiers that are set, as (public key, value) in a fixed order. The
/// keys are the JSON contract's names (`startYear`, `workType`, ...).
std::vector<std::pair<std::string_view, std::string>> qualifier_list(const Qualifiers& q);

/// One qualifier by its public key; nullopt when unset or unknown.
std::optional<std::string> qualifier(const Qualifiers& q, std::string_view key);

/// One claim. `value` holds literals (dates, years, counts); `object` holds
/// entities. `span` is where the claim is stated (a sentence, a table row, a
/// field) and `quote` is exactly text[span.start, span.end).
struct Claim {
  std::string id;  ///< stable: derived from predicate, subject, object/value and span
  Predicate predicate = Predicate::credit;
  Entity subject;
  std::optional<Entity> object;
  std::optional<std::string> value;
  Qualifiers qualifiers;
  std::string quote;
  SourceSpan span;
  std::vector<std::string> citations;
  bool operator==(const Claim&) const = default;
};

}  // namespace liner::ingest
