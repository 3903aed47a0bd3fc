#include "ontology/graph.h"

#include <algorithm>

namespace liner::ontology {

Term iri(std::string value) { return {Term::Kind::iri, std::move(value), {}, {}}; }

Term blank(std::string label) { return {Term::Kind::blank, std::move(label), {}, {}}; }

Term literal(std::string value, std::string_view datatype) {
  return {Term::Kind::literal, std::move(value), std::string(datatype), {}};
}

void Graph::normalize() {
  std::sort(triples.begin(), triples.end());
  triples.erase(std::unique(triples.begin(), triples.end()), triples.end());
}

}  // namespace liner::ontology
