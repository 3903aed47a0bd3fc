#pragma once
// Helpers of the tests that read RDF graphs (tests/ontology, tests/report):
// whether a triple is there, the objects of a subject and predicate, the
// subjects of a type.

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "ontology/rdf.h"
#include "ontology/vocabulary.h"

namespace liner::ontology::graph_test {

inline const std::string base = "https://example.org/id/";
inline const std::string xsd = std::string(ns::xsd);
inline const std::string rdf_type = std::string(ns::rdf) + "type";

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline bool has(const Graph& g, const std::string& s, const std::string& p, const Term& o) {
  return std::find(g.triples.begin(), g.triples.end(), Triple{iri(s), iri(p), o}) != g.triples.end();
}

inline std::vector<Term> objects(const Graph& g, const std::string& s, const std::string& p) {
  std::vector<Term> out;
  for (const auto& t : g.triples)
    if (t.subject == iri(s) && t.predicate == iri(p)) out.push_back(t.object);
  return out;
}

inline std::vector<std::string> subjects_of_type(const Graph& g, const std::string& cls) {
  std::vector<std::string> out;
  for (const auto& t : g.triples)
    if (t.predicate == iri(rdf_type) && t.object == iri(cls)) out.push_back(t.subject.value);
  return out;
}

/// An mc: term.
inline std::string m(std::string_view local) { return term(mc, local); }

}  // namespace liner::ontology::graph_test
