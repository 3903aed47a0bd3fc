#pragma once
// RDF as plain values: terms, triples and named graphs, built by the mapper and
// written by the Raptor writer. Nothing here knows Raptor.

#include <compare>
#include <string>
#include <string_view>
#include <vector>

namespace liner::ontology {

/// An RDF term. For an IRI or a blank node `value` is the IRI or the blank
/// node label; for a literal it is the lexical form (raw UTF-8, not escaped),
/// with an optional datatype IRI (empty means xsd:string) or language tag.
struct Term {
  enum class Kind { iri, blank, literal };
  Kind kind = Kind::iri;
  std::string value;
  std::string datatype;
  std::string language;
  auto operator<=>(const Term&) const = default;
};

/// An IRI term.
Term iri(std::string value);
/// A blank node with the given label (labels are chosen by the caller, so
/// output stays deterministic).
Term blank(std::string label);
/// A literal; `datatype` empty for a plain string.
Term literal(std::string value, std::string_view datatype = {});

/// One triple.
struct Triple {
  Term subject;
  Term predicate;
  Term object;
  auto operator<=>(const Triple&) const = default;
};

/// A set of triples with an optional name (the graph IRI used in N-Quads;
/// empty for the default graph).
struct Graph {
  std::string name;
  std::vector<Triple> triples;

  /// Adds a triple.
  void add(Term s, Term p, Term o) { triples.push_back({std::move(s), std::move(p), std::move(o)}); }
  /// Sorts the triples and removes duplicates, so the same content always
  /// serializes to the same bytes.
  void normalize();
};

/// A namespace prefix for Turtle output (`mc` -> `https://w3id.org/liner/mc#`).
struct Prefix {
  std::string name;
  std::string iri;
};

}  // namespace liner::ontology
