// The only file that includes raptor2.h.
#include <raptor2.h>

#include "ontology/vocabulary.h"

namespace liner::ontology {

std::string raptor_version() { return raptor_version_string; }

}  // namespace liner::ontology
