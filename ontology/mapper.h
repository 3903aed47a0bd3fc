#pragma once
// Claims -> RDF: one named graph per document under the music-credit ontology
// (ontology/mc.ttl), with provenance (document, NIF text span, references) on
// every claim. docs/ontology.md describes the model.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/article.h"
#include "ingest/claim.h"
#include "ingest/document.h"
#include "ontology/graph.h"
#include "ontology/vocabulary.h"

namespace liner::ingest {
class Lexicon;
}

namespace liner::ontology {

/// What mapping needs besides the claims.
struct MapOptions {
  std::string base = std::string(default_base);  ///< instance IRIs; checked with base_problem()
  /// Awarding body by award key (entity_key of the award's name): general
  /// knowledge from the award gazetteer, see award_bodies().
  std::map<std::string, std::string> award_bodies;
};

/// The awarding bodies the lexicon knows, keyed as MapOptions::award_bodies.
std::map<std::string, std::string> award_bodies(const ingest::Lexicon& lexicon);

/// The IRI of a document: `{base}document/{slug}`, the slug made from the
/// document id (the path or URL as given) with every run of characters
/// other than ASCII letters and digits turned into one `-`. A wiki page (of
/// a dump) is `{base}document/{host}/{Title}/{revision}` instead, whatever
/// file it came in (`.../document/en.wikipedia.org/Ada_Moreno/1234`).
std::string document_iri(std::string_view base, const ingest::Document& doc);

/// The URL of a wiki page's revision (`{site}Special:Redirect/revision/{id}`,
/// which any MediaWiki resolves), or empty when the site is not known.
std::string revision_url(const ingest::Document& doc);

/// The IRI of a claim: `{base}claim/{id}`.
std::string claim_iri(std::string_view base, std::string_view claim_id);

/// Maps one document and its claims to a graph named document_iri(), its
/// triples sorted (Graph::normalize()).
Graph map_document(const ingest::Document& doc, const ingest::Article& article,
                   const std::vector<ingest::Claim>& claims, const MapOptions& options);

}  // namespace liner::ontology
