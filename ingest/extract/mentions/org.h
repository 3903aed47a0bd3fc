#pragma once
// An organization named in a sentence (see organizations.h).

#include <string>

#include "ingest/claim.h"
#include "ingest/extract/tokens.h"

namespace liner::ingest::extract {

struct Org {
  Range range;
  std::string name;
  EntityType type = EntityType::Organization;
  bool sub_unit = false;  ///< follows a possessive organization: "X University's Conservatory"
};

}  // namespace liner::ingest::extract
