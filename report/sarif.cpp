#include "report/sarif.h"

#include <nlohmann/json.hpp>

#include "validators/check.h"

namespace liner::report {

namespace {

using nlohmann::ordered_json;

std::string_view level(validators::Severity s) {
  switch (s) {
    case validators::Severity::error: return "error";
    case validators::Severity::warning: return "warning";
    case validators::Severity::info: return "note";
  }
  return "warning";
}

ordered_json region(const ingest::LineIndex& index, const ingest::SourceSpan& span, std::string_view text) {
  // The end position is that of the last character, plus one column.
  const std::size_t end = std::min(span.end, text.size());
  ordered_json r{{"startLine", span.line}, {"startColumn", span.column}};
  if (end > span.start) {
    const std::size_t last = end - 1;
    r["endLine"] = index.line(last);
    r["endColumn"] = index.column(last) + 1;
  }
  r["byteOffset"] = span.start;
  r["byteLength"] = end > span.start ? end - span.start : 0;
  std::string snippet(text.substr(span.start, end - span.start));
  r["snippet"] = {{"text", snippet}};
  return r;
}

ordered_json location(const std::string& uri, const ordered_json& region_json) {
  return {{"physicalLocation", {{"artifactLocation", {{"uri", uri}}}, {"region", region_json}}}};
}

}  // namespace

std::string render_sarif(const std::vector<validators::DocumentResult>& results, std::string_view version) {
  ordered_json rules = ordered_json::array();
  for (const auto& rule : validators::registry()) {
    const auto& i = rule.info;
    rules.push_back({{"id", i.id},
                     {"name", i.name},
                     {"shortDescription", {{"text", i.summary}}},
                     {"fullDescription", {{"text", i.summary}}},
                     {"help", {{"text", i.doc}, {"markdown", i.doc}}},
                     {"defaultConfiguration", {{"level", level(i.severity)}}},
                     {"properties", {{"tags", {validators::to_string(i.family)}}}}});
  }
  ordered_json out_results = ordered_json::array();
  for (const auto& r : results) {
    const std::string_view text = r.document->text;
    const ingest::LineIndex index(text);
    for (const auto& f : r.findings) {
      std::size_t rule_index = 0;
      for (std::size_t i = 0; i < validators::registry().size(); ++i)
        if (validators::registry()[i].info.id == f.rule) rule_index = i;
      ordered_json result{{"ruleId", f.rule}, {"ruleIndex", rule_index}, {"level", level(f.severity)},
                          {"message", {{"text", f.message}}}};
      const auto at = validators::location(f);
      result["locations"] = ordered_json::array({location(r.document->uri, region(index, at, text))});
      ordered_json related = ordered_json::array();
      for (std::size_t k = 1; k < f.evidence.size(); ++k) {
        const auto physical = location(r.document->uri, region(index, f.evidence[k].span, text));
        ordered_json loc{{"id", k}, {"physicalLocation", physical["physicalLocation"]}};
        std::string cites;
        for (const auto& c : f.evidence[k].citations) cites += (cites.empty() ? "" : ", ") + c;
        loc["message"] = {{"text", cites.empty() ? std::string("no citation") : "cites [" + cites + "]"}};
        related.push_back(std::move(loc));
      }
      if (!related.empty()) result["relatedLocations"] = std::move(related);
      result["partialFingerprints"] = {{"linerFinding/v1", validators::fingerprint(r.document->uri, f)}};
      out_results.push_back(std::move(result));
    }
  }
  ordered_json artifacts = ordered_json::array();
  for (const auto& r : results) artifacts.push_back({{"location", {{"uri", r.document->uri}}}});
  ordered_json run{{"tool",
                    {{"driver",
                      {{"name", "liner"},
                       {"version", version},
                       {"informationUri", "https://w3id.org/liner"},
                       {"rules", std::move(rules)}}}}},
                   {"artifacts", std::move(artifacts)},
                   {"columnKind", "unicodeCodePoints"},
                   {"results", std::move(out_results)}};
  ordered_json log{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                   {"version", "2.1.0"},
                   {"runs", ordered_json::array({std::move(run)})}};
  return log.dump(2) + "\n";
}

}  // namespace liner::report
