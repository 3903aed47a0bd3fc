#pragma once
// Organizations named in a sentence: names holding an organization word
// ("Castlegate Sound Studios", "Universidad de Buenos Aires"), and employers
// named by how the sentence speaks of them ("joined Estúdio Farol").

#include <string>
#include <vector>

#include "ingest/extract/sentence.h"
#include "ingest/extract/state.h"

namespace liner::ingest::extract {

struct Org {
  Range range;
  std::string name;
  EntityType type = EntityType::Organization;
  bool sub_unit = false;  ///< follows a possessive organization: "X University's Conservatory"
};

/// Capitalized names containing an organization word, in order.
std::vector<Org> organizations(const SentenceView& v, const ArticleState& st);

/// Studios and labels among the organizations, and names that the words
/// before them make an employer ("joined X", "a staff producer at X",
/// "her own label, X"), in order.
std::vector<Org> employers(const SentenceView& v, const ArticleState& st);

}  // namespace liner::ingest::extract
