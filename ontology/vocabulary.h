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
