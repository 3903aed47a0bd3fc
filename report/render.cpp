#include "report/render.h"

#include "report/json.h"
#include "report/junit.h"
#include "report/outline.h"
#include "report/sarif.h"
#include "report/shacl.h"
#include "report/text.h"

namespace liner::report {

ingest::Result<std::string> render_findings(Format format, const std::vector<validators::DocumentResult>& results,
                                            const FindingsOptions& options) {
  switch (format) {
    case Format::text: {
      TextOptions text;
      text.color = options.color;
      return render_text(results, text);
    }
    case Format::json: {
      JsonOptions json;
      json.structure = false;
      json.claims = options.claims;
      return render_json(results, json, options.version);
    }
    case Format::sarif: return render_sarif(results, options.version);
    case Format::junit: return render_junit(results, options.config ? *options.config : validators::Config{});
    case Format::turtle: return render_shacl(results, options.base);
    case Format::ntriples:
    case Format::nquads:
    case Format::html: break;
  }
  return ingest::Error{ingest::ErrorCode::unsupported, "", std::nullopt,
                       "'liner check --format " + std::string(to_string(format)) + "' is not available"};
}

std::string render_extraction(Format format, const std::vector<validators::DocumentResult>& results,
                              std::string_view version) {
  switch (format) {
    case Format::json: return render_json(results, {}, version);
    case Format::text: return render_outline(results);
    default: return {};
  }
}

}  // namespace liner::report
