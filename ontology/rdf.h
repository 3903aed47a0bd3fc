#pragma once
// Writing and reading RDF through Raptor2. Every IRI and literal is checked
// (iri.h) before Raptor sees it, and a Raptor message at error level makes the
// call fail: Raptor writes malformed IRIs without complaint otherwise.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/error.h"
#include "ontology/graph.h"

namespace liner::ontology {

/// RDF syntaxes liner writes and reads.
enum class Syntax { turtle, ntriples, nquads };

/// `turtle`, `ntriples`, `nquads`.
std::string_view to_string(Syntax s);
/// File extension without the dot: `ttl`, `nt`, `nq`.
std::string_view file_extension(Syntax s);

/// A triple and the graph it was read in (empty: the default graph).
struct Quad {
  Triple triple;
  std::string graph;
  auto operator<=>(const Quad&) const = default;
};

/// Owns one Raptor world. Not to be shared between threads; cheap to reuse.
class Rdf {
 public:
  /// Opens the Raptor world; throws std::runtime_error when Raptor cannot
  /// start (a broken installation, not bad input).
  Rdf();
  ~Rdf();
  Rdf(const Rdf&) = delete;
  Rdf& operator=(const Rdf&) = delete;

  /// Serializes the graphs. Turtle and N-Triples drop graph names (the graphs
  /// are merged); N-Quads writes each triple in its graph. Triples are
  /// written in the order given (call Graph::normalize() first for
  /// deterministic output). Turtle gets the prefixes of vocabulary.h plus
  /// `extra`. Fails, naming the value, on an invalid IRI, literal, blank node
  /// label or language tag, and on any Raptor error.
  ingest::Result<std::string> write(const std::vector<Graph>& graphs, Syntax syntax,
                                    const std::vector<Prefix>& extra = {});

  /// Parses RDF text (for tests and for checking what was written). `base`
  /// resolves relative IRIs. Fails on any Raptor error or warning.
  ingest::Result<std::vector<Quad>> read(std::string_view text, Syntax syntax, std::string_view base);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// `text` with control characters, backslashes and quotes escaped, so a
/// message that names a value stays on one line.
std::string printable(std::string_view text);

}  // namespace liner::ontology
