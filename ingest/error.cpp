#include "ingest/error.h"

namespace liner::ingest {

std::string Error::to_string() const {
  std::string out = path.empty() ? std::string("<input>") : path;
  if (span) out += ":" + std::to_string(span->line) + ":" + std::to_string(span->column);
  out += ": error: ";
  out += message;
  return out;
}

}  // namespace liner::ingest
