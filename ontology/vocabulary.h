#pragma once
// Every IRI liner writes, in one place. The RDF mapping itself lands with the ontology issue.

#include <string>
#include <string_view>

namespace liner::ontology {

/// The music-credit ontology's namespace (stable, owned by the project).
inline constexpr std::string_view mc = "https://w3id.org/liner/mc#";
/// Default base for instance IRIs (`--base` changes it).
inline constexpr std::string_view default_base = "https://w3id.org/liner/id/";

/// Version of the linked Raptor2 library, e.g. "2.0.15".
std::string raptor_version();

}  // namespace liner::ontology

#include "ingest/claim.h"

namespace liner::ontology {

/// The IRI of an entity under `base`: `{base}{type}/{slug}` where the slug is
/// the entity key with spaces as `-` and every other byte outside
/// [a-z0-9-] percent-encoded, so the IRI is always valid and stable.
std::string entity_iri(std::string_view base, const ingest::Entity& entity);

}  // namespace liner::ontology
