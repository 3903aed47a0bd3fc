#include "report/junit.h"

#include <pugixml.hpp>
#include <sstream>

#include "validators/check.h"

namespace liner::report {

std::string render_junit(const std::vector<validators::DocumentResult>& results, const validators::Config& config) {
  std::vector<const validators::Rule*> enabled;
  for (const auto& rule : validators::registry()) {
    const auto it = config.rules.find(std::string(rule.info.id));
    if (it == config.rules.end() || it->second.enabled) enabled.push_back(&rule);
  }
  pugi::xml_document doc;
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  auto suites = doc.append_child("testsuites");
  suites.append_attribute("name") = "liner";
  std::size_t all_tests = 0, all_failures = 0;
  for (const auto& r : results) {
    auto suite = suites.append_child("testsuite");
    suite.append_attribute("name") = r.document->uri.c_str();
    suite.append_attribute("tests") = static_cast<unsigned long long>(enabled.size());
    std::size_t failures = 0;  // findings of enabled rules (all of them, when the results come from run_rules)
    for (const auto& f : r.findings)
      for (const auto* rule : enabled) failures += f.rule == rule->info.id;
    suite.append_attribute("failures") = static_cast<unsigned long long>(failures);
    suite.append_attribute("errors") = 0;
    all_tests += enabled.size();
    all_failures += failures;
    for (const auto* rule : enabled) {
      auto test = suite.append_child("testcase");
      const std::string name = std::string(rule->info.id) + " " + std::string(rule->info.name);
      test.append_attribute("name") = name.c_str();
      test.append_attribute("classname") = r.document->uri.c_str();
      for (const auto& f : r.findings) {
        if (f.rule != rule->info.id) continue;
        const auto at = validators::location(f);
        auto failure = test.append_child("failure");
        failure.append_attribute("type") = std::string(validators::to_string(f.severity)).c_str();
        failure.append_attribute("message") = f.message.c_str();
        std::string body = r.document->uri + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
                           std::string(validators::to_string(f.severity)) + ": " + f.message + " [" + f.rule + "]\n";
        for (const auto& e : f.evidence) {
          std::string cites;
          for (const auto& c : e.citations) cites += (cites.empty() ? "" : ", ") + c;
          body += "  " + std::to_string(e.span.line) + ":" + std::to_string(e.span.column) + ": \"" + e.quote + "\" " +
                  (cites.empty() ? std::string("(no citation)") : "[" + cites + "]") + "\n";
        }
        failure.text().set(body.c_str());
      }
    }
  }
  suites.append_attribute("tests") = static_cast<unsigned long long>(all_tests);
  suites.append_attribute("failures") = static_cast<unsigned long long>(all_failures);
  std::ostringstream s;
  doc.save(s, "  ", pugi::format_default, pugi::encoding_utf8);
  return s.str();
}

}  // namespace liner::report
