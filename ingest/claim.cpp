#include "ingest/claim.h"

#include <array>
#include <utility>

namespace liner::ingest {
namespace {

constexpr std::array<std::pair<Predicate, std::string_view>, 14> predicate_names{{
    {Predicate::birthDate, "birthDate"},
    {Predicate::deathDate, "deathDate"},
    {Predicate::birthPlace, "birthPlace"},
    {Predicate::educatedAt, "educatedAt"},
    {Predicate::graduationYear, "graduationYear"},
    {Predicate::workedAt, "workedAt"},
    {Predicate::credit, "credit"},
    {Predicate::releaseYear, "releaseYear"},
    {Predicate::awardWon, "awardWon"},
    {Predicate::awardNominated, "awardNominated"},
    {Predicate::awardCount, "awardCount"},
    {Predicate::firstEvent, "firstEvent"},
    {Predicate::memberOf, "memberOf"},
    {Predicate::ageAt, "ageAt"},
}};

constexpr std::array<std::pair<EntityType, std::string_view>, 14> type_names{{
    {EntityType::Person, "Person"},
    {EntityType::Group, "Group"},
    {EntityType::Work, "Work"},
    {EntityType::Album, "Album"},
    {EntityType::Song, "Song"},
    {EntityType::Film, "Film"},
    {EntityType::TVSeries, "TVSeries"},
    {EntityType::Place, "Place"},
    {EntityType::Organization, "Organization"},
    {EntityType::Studio, "Studio"},
    {EntityType::School, "School"},
    {EntityType::Label, "Label"},
    {EntityType::Award, "Award"},
    {EntityType::Event, "Event"},
}};

// The one table of qualifier keys: JSON, text output and tests all read it.
constexpr std::array<std::pair<std::string_view, std::optional<std::string> Qualifiers::*>, 15> qualifier_fields{{
    {"year", &Qualifiers::year},
    {"category", &Qualifiers::category},
    {"work", &Qualifiers::work},
    {"role", &Qualifiers::role},
    {"artist", &Qualifiers::artist},
    {"award", &Qualifiers::award},
    {"scope", &Qualifiers::scope},
    {"qualifier", &Qualifiers::qualifier},
    {"field", &Qualifiers::field},
    {"degree", &Qualifiers::degree},
    {"startYear", &Qualifiers::start_year},
    {"endYear", &Qualifiers::end_year},
    {"institution", &Qualifiers::institution},
    {"workType", &Qualifiers::work_type},
    {"precision", &Qualifiers::precision},
}};

// Both tables list the enumerators in order, so a value is its own index.
template <typename E, std::size_t N>
constexpr bool in_order(const std::array<std::pair<E, std::string_view>, N>& names) {
  for (std::size_t i = 0; i < N; ++i)
    if (static_cast<std::size_t>(names[i].first) != i) return false;
  return true;
}
static_assert(in_order(predicate_names) && in_order(type_names));

}  // namespace

std::vector<std::pair<std::string_view, std::string>> qualifier_list(const Qualifiers& q) {
  std::vector<std::pair<std::string_view, std::string>> out;
  for (const auto& [key, field] : qualifier_fields)
    if (q.*field) out.emplace_back(key, *(q.*field));
  return out;
}

std::optional<std::string> qualifier(const Qualifiers& q, std::string_view key) {
  for (const auto& [k, field] : qualifier_fields)
    if (k == key) return q.*field;
  return std::nullopt;
}

std::string_view to_string(Predicate p) {
  const auto i = static_cast<std::size_t>(p);
  return i < predicate_names.size() ? predicate_names[i].second : "credit";
}

std::optional<Predicate> predicate_from_string(std::string_view name) {
  for (const auto& [k, n] : predicate_names)
    if (n == name) return k;
  return std::nullopt;
}

std::string_view to_string(EntityType t) {
  const auto i = static_cast<std::size_t>(t);
  return i < type_names.size() ? type_names[i].second : "Work";
}

}  // namespace liner::ingest
