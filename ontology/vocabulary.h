#pragma once
// Every IRI liner writes, in one place: namespaces, the terms of the
// music-credit ontology (ontology/mc.ttl) and the standard terms the export
// uses. A test checks each mc term here is declared in mc.ttl.

#include <array>
#include <string>
#include <string_view>

#include "ingest/claim.h"

namespace liner::ontology {

/// The music-credit ontology's namespace (stable, owned by the project).
inline constexpr std::string_view mc = "https://w3id.org/liner/mc#";
/// Default base for instance IRIs (`--base` changes it).
inline constexpr std::string_view default_base = "https://w3id.org/liner/id/";
/// Where rule resources live (`.../rule/LN101`); rule IDs are stable.
inline constexpr std::string_view rule_ns = "https://w3id.org/liner/rule/";

/// Standard namespaces.
namespace ns {
inline constexpr std::string_view rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view rdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view owl = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view xsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view skos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view prov = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
inline constexpr std::string_view sh = "http://www.w3.org/ns/shacl#";
inline constexpr std::string_view dcterms = "http://purl.org/dc/terms/";
inline constexpr std::string_view foaf = "http://xmlns.com/foaf/0.1/";
inline constexpr std::string_view schema = "http://schema.org/";
inline constexpr std::string_view mo = "http://purl.org/ontology/mo/";
inline constexpr std::string_view wd = "http://www.wikidata.org/entity/";
}  // namespace ns

/// The prefixes written in Turtle output, `mc` first.
struct PrefixName {
  std::string_view name;
  std::string_view iri;
};
inline constexpr std::array<PrefixName, 11> prefixes{{{"mc", mc},
                                                      {"rdf", ns::rdf},
                                                      {"rdfs", ns::rdfs},
                                                      {"xsd", ns::xsd},
                                                      {"skos", ns::skos},
                                                      {"prov", ns::prov},
                                                      {"nif", ns::nif},
                                                      {"sh", ns::sh},
                                                      {"dcterms", ns::dcterms},
                                                      {"foaf", ns::foaf},
                                                      {"schema", ns::schema}}};

/// A term: namespace + local name.
inline std::string term(std::string_view ns_iri, std::string_view local) {
  return std::string(ns_iri) + std::string(local);
}

/// Local names of the mc: terms the mapper writes. Classes are PascalCase,
/// properties camelCase.
namespace mc_term {
// Classes.
inline constexpr std::string_view Agent = "Agent";
inline constexpr std::string_view Claim = "Claim";
inline constexpr std::string_view Reference = "Reference";
inline constexpr std::string_view Document = "Document";
inline constexpr std::string_view AwardBody = "AwardBody";
inline constexpr std::string_view AwardWin = "AwardWin";
inline constexpr std::string_view AwardNomination = "AwardNomination";
inline constexpr std::string_view Credit = "Credit";
inline constexpr std::string_view Role = "Role";
inline constexpr std::string_view Rule = "Rule";
// Instances declared in mc.ttl.
inline constexpr std::string_view roles = "roles";                  ///< the role concept scheme
inline constexpr std::string_view RuleComponent = "RuleComponent";  ///< sh:ConstraintComponent of findings
// Statement-node properties.
inline constexpr std::string_view statement = "statement";
inline constexpr std::string_view award = "award";
inline constexpr std::string_view recipient = "recipient";
inline constexpr std::string_view forWork = "forWork";
inline constexpr std::string_view category = "category";
inline constexpr std::string_view year = "year";
inline constexpr std::string_view agent = "agent";
inline constexpr std::string_view role = "role";
inline constexpr std::string_view work = "work";
inline constexpr std::string_view artist = "artist";
inline constexpr std::string_view conferredBy = "conferredBy";
// Claim qualifiers without a statement node.
inline constexpr std::string_view scope = "scope";
inline constexpr std::string_view modifier = "modifier";
inline constexpr std::string_view field = "field";
inline constexpr std::string_view degree = "degree";
inline constexpr std::string_view startYear = "startYear";
inline constexpr std::string_view endYear = "endYear";
inline constexpr std::string_view institution = "institution";
inline constexpr std::string_view workType = "workType";
inline constexpr std::string_view precision = "precision";
// Provenance and documents.
inline constexpr std::string_view document = "document";
inline constexpr std::string_view textSpan = "textSpan";
inline constexpr std::string_view context = "context";
inline constexpr std::string_view sourceFormat = "sourceFormat";
inline constexpr std::string_view location = "location";
// Findings.
inline constexpr std::string_view rule = "rule";
inline constexpr std::string_view evidence = "evidence";
inline constexpr std::string_view family = "family";
}  // namespace mc_term

/// The mc: property that states a claim's predicate (`credit` -> `credited`,
/// every other predicate keeps its contract name: `mc:birthDate`).
std::string_view predicate_property(ingest::Predicate p);

/// Whether a claim of this predicate is also asserted as a plain triple
/// (subject, property, object). Counts, ages and "first" events depend on
/// their qualifiers and live only on the claim node.
bool asserted_directly(ingest::Predicate p);

/// The class local name of an entity type (`Album`, `School`, ...).
std::string_view class_name(ingest::EntityType t);

/// The path segment of an entity type's IRIs. Subtypes share their parent's
/// (every work is under `work/`, every organization under `organization/`),
/// so a work typed Album in one sentence and Work in another is one node.
std::string_view entity_path(ingest::EntityType t);

/// The role concepts of the mc:roles scheme, by their canonical names as
/// the extractor writes them (`assistant engineer`). The concept IRI is
/// `mc:role-` + slug (`mc:role-assistant-engineer`).
inline constexpr std::array<std::string_view, 14> known_roles{
    "arranger", "assistant", "assistant engineer", "co-producer", "composer", "engineer", "executive producer", "lyricist",
    "mastering engineer", "mixer", "performer", "producer", "remixer", "songwriter"};

/// Version of the linked Raptor2 library, e.g. "2.0.15".
std::string raptor_version();

/// The IRI of an entity under `base`: `{base}{entity_path}/{slug}` where the
/// slug is made from the entity key (see slug() in iri.h), so the IRI is
/// always valid and stable.
std::string entity_iri(std::string_view base, const ingest::Entity& entity);

}  // namespace liner::ontology
