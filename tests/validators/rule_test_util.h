#pragma once
// Hand-built documents for rule tests: sentences, claims, markers and
// references, with real spans into a real text, so rules see what the
// pipeline would give them without depending on the extractor.

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "ingest/entity.h"
#include "validators/check.h"

namespace liner::testing {

/// A document built line by line: each sentence is one line of its own paragraph
/// unless `same_paragraph` is set.
class Built {
 public:
  explicit Built(std::string subject = "Ada Example") : subject_(std::move(subject)) {
    document.uri = "built.txt";
    document.text = subject_ + "\n";
    article.title = subject_;
  }

  /// Adds a sentence (markers `[n]` appended to the text); returns its index.
  int sentence(const std::string& text, std::vector<std::string> citations = {}, bool same_paragraph = false) {
    if (!same_paragraph || article.paragraphs.empty()) {
      if (!article.paragraphs.empty()) document.text += "\n";
      ingest::Paragraph p;
      p.span = span_at(document.text.size(), document.text.size());
      article.paragraphs.push_back(p);
    } else {
      document.text += " ";
    }
    ingest::Sentence s;
    s.text = text;
    s.paragraph = static_cast<int>(article.paragraphs.size()) - 1;
    const std::size_t start = document.text.size();
    document.text += text;
    s.span = span_at(start, document.text.size());
    for (auto& c : citations) {
      ingest::CitationMarker m{c, span_at(document.text.size(), document.text.size() + c.size() + 2)};
      document.text += "[" + c + "]";
      s.markers.push_back(static_cast<int>(article.markers.size()));
      article.markers.push_back(m);
    }
    s.citations = std::move(citations);
    article.sentences.push_back(s);
    return static_cast<int>(article.sentences.size()) - 1;
  }

  /// Adds a claim stated by a sentence. Qualifiers are set with `q`.
  ingest::Claim& claim(int sentence, ingest::Predicate p, std::string object_or_value,
                       std::initializer_list<std::pair<std::string_view, std::string>> qualifiers = {},
                       std::string subject = {}) {
    const auto& s = article.sentences[static_cast<std::size_t>(sentence)];
    ingest::Claim c;
    c.id = "c" + std::to_string(claims.size() + 1);
    c.predicate = p;
    const std::string who = subject.empty() ? subject_ : subject;
    c.subject = {who, ingest::EntityType::Person, ingest::entity_key(who)};
    const bool literal = p == ingest::Predicate::birthDate || p == ingest::Predicate::deathDate ||
                         p == ingest::Predicate::graduationYear || p == ingest::Predicate::releaseYear ||
                         p == ingest::Predicate::awardCount || p == ingest::Predicate::firstEvent ||
                         p == ingest::Predicate::ageAt;
    if (literal)
      c.value = object_or_value;
    else
      c.object = ingest::Entity{object_or_value, ingest::EntityType::Award, ingest::entity_key(object_or_value)};
    for (const auto& [k, v] : qualifiers) set(c.qualifiers, k, v);
    c.span = s.span;
    c.quote = document.text.substr(s.span.start, s.span.end - s.span.start);
    c.citations = s.citations;
    claims.push_back(c);
    return claims.back();
  }

  /// Adds a reference list entry on its own line.
  void reference(const std::string& label, const std::string& text, const std::string& url = {}) {
    document.text += "\n";
    const std::size_t start = document.text.size();
    document.text += "[" + label + "] " + text + (url.empty() ? "" : " " + url);
    article.references.push_back({label, text, url, span_at(start, document.text.size())});
  }

  /// Runs one rule with its defaults (or the given configuration).
  std::vector<validators::Finding> run(std::string_view id, const validators::Config& config = {}) const {
    const auto* rule = validators::find_rule(id);
    EXPECT_NE(rule, nullptr) << id;
    if (!rule) return {};
    return validators::run_rule(*rule, document, article, claims, config);
  }

  /// The messages of one rule's findings.
  std::vector<std::string> messages(std::string_view id, const validators::Config& config = {}) const {
    std::vector<std::string> out;
    for (const auto& f : run(id, config)) out.push_back(f.message);
    return out;
  }

  ingest::Document document;
  ingest::Article article;
  std::vector<ingest::Claim> claims;

 private:
  ingest::SourceSpan span_at(std::size_t start, std::size_t end) const {
    ingest::SourceSpan s{start, end, 1, 1};
    for (std::size_t i = 0; i < start; ++i)
      if (document.text[i] == '\n') ++s.line, s.column = 1;
      else if ((static_cast<unsigned char>(document.text[i]) & 0xC0) != 0x80) ++s.column;
    return s;
  }

  static void set(ingest::Qualifiers& q, std::string_view k, const std::string& v) {
    if (k == "year") q.year = v;
    else if (k == "category") q.category = v;
    else if (k == "work") q.work = v;
    else if (k == "role") q.role = v;
    else if (k == "artist") q.artist = v;
    else if (k == "award") q.award = v;
    else if (k == "scope") q.scope = v;
    else if (k == "qualifier") q.qualifier = v;
    else if (k == "field") q.field = v;
    else if (k == "degree") q.degree = v;
    else if (k == "startYear") q.start_year = v;
    else if (k == "endYear") q.end_year = v;
    else if (k == "institution") q.institution = v;
    else if (k == "workType") q.work_type = v;
    else ADD_FAILURE() << "unknown qualifier " << k;
  }

  std::string subject_;
};

}  // namespace liner::testing
