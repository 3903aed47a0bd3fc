#include "ontology/vocabulary.h"

namespace liner::ontology {

std::string_view predicate_property(ingest::Predicate p) {
  // `credit` would read like the class mc:Credit; the property says what it asserts.
  return p == ingest::Predicate::credit ? "credited" : ingest::to_string(p);
}

bool asserted_directly(ingest::Predicate p) {
  return p != ingest::Predicate::awardCount && p != ingest::Predicate::firstEvent && p != ingest::Predicate::ageAt;
}

std::string_view class_name(ingest::EntityType t) { return ingest::to_string(t); }

std::string_view entity_path(ingest::EntityType t) {
  using T = ingest::EntityType;
  switch (t) {
    case T::Person: return "person";
    case T::Group: return "group";
    case T::Work: case T::Album: case T::Song: case T::Film: case T::TVSeries: return "work";
    case T::Place: return "place";
    case T::Organization: case T::Studio: case T::School: case T::Label: return "organization";
    case T::Award: return "award";
    case T::Event: return "event";
  }
  return "thing";
}

}  // namespace liner::ontology
