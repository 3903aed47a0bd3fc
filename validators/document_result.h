#pragma once
// What the pipeline produced for one document: the document, its structure,
// its claims and the findings of the rules. The cli fills it, validators/
// (baselines) and report/ (every output format) read it.

#include <vector>

#include "ingest/article.h"
#include "ingest/claim.h"
#include "ingest/document.h"
#include "validators/rule.h"

namespace liner::validators {

/// What the pipeline produced for one document.
struct DocumentResult {
  const ingest::Document* document = nullptr;  ///< not owned; outlives the result
  ingest::Article article;
  std::vector<ingest::Claim> claims;
  std::vector<Finding> findings;
};

}  // namespace liner::validators
