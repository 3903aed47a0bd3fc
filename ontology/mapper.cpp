#include "ontology/mapper.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "ingest/entity.h"
#include "ingest/lexicon.h"
#include "ontology/iri.h"

namespace liner::ontology {
namespace {

using ingest::EntityType;
using ingest::Predicate;

std::string mc_iri(std::string_view local) { return term(mc, local); }
Term mcp(std::string_view local) { return iri(mc_iri(local)); }
Term rdf(std::string_view local) { return iri(term(ns::rdf, local)); }
Term rdfs(std::string_view local) { return iri(term(ns::rdfs, local)); }
Term nif(std::string_view local) { return iri(term(ns::nif, local)); }
Term xsd_typed(std::string value, std::string_view type) { return literal(std::move(value), term(ns::xsd, type)); }

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

// A year as xsd:gYear when it is four digits; anything else ("1990/1993")
// stays a plain string rather than an ill-formed typed literal.
Term year_literal(const std::string& v) { return v.size() == 4 && all_digits(v) ? xsd_typed(v, "gYear") : literal(v); }

Term integer_literal(const std::string& v) {
  return all_digits(v) && v.size() <= 18 ? xsd_typed(v, "integer") : literal(v);
}

// 1969-12-31 -> xsd:date, 1969-12 -> xsd:gYearMonth, 1969 -> xsd:gYear, only
// when the date exists; anything else is a plain string.
Term date_literal(const std::string& v) {
  if (v.size() == 4 && all_digits(v)) return xsd_typed(v, "gYear");
  if (v.size() < 7 || v[4] != '-' || !all_digits(v.substr(0, 4)) || !all_digits(v.substr(5, 2))) return literal(v);
  const int year = number(v.substr(0, 4)), month = number(v.substr(5, 2));
  if (month < 1 || month > 12) return literal(v);
  if (v.size() == 7) return xsd_typed(v, "gYearMonth");
  if (v.size() != 10 || v[7] != '-' || !all_digits(v.substr(8, 2))) return literal(v);
  static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int day = number(v.substr(8, 2));
  if (day < 1 || day > days[month - 1] || (month == 2 && day == 29 && !leap)) return literal(v);
  return xsd_typed(v, "date");
}

// Role names in one qualifier: "engineer, mixer", "producer and arranger".
std::vector<std::string> split_roles(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    const auto b = cur.find_first_not_of(' ');
    if (b != std::string::npos) out.push_back(cur.substr(b, cur.find_last_not_of(' ') - b + 1));
    cur.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ',' || c == '/' || c == '&' || c == ';') {
      flush();
    } else if (text.substr(i, 5) == " and ") {
      flush();
      i += 4;
    } else {
      cur += c;
    }
  }
  flush();
  return out;
}

struct EntityInfo {
  std::set<std::string> classes;
  std::vector<std::string> names;  // in order of first mention
};

class Mapper {
 public:
  Mapper(const ingest::Document& doc, const MapOptions& options)
      : doc_(doc), options_(options), base_(options.base), doc_iri_(document_iri(options.base, doc)) {
    graph_.name = doc_iri_;
    bom_ = doc.text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  }

  Graph run(const ingest::Article& article, const std::vector<ingest::Claim>& claims) {
    for (const auto& c : claims) {
      note_agent(c.subject);
      if (c.object) note_agent(*c.object);
    }
    map_document_node(article, claims);
    for (const auto& r : article.references) map_reference(r.label, &r);
    for (const auto& c : claims) map_claim(c);
    emit_entities();
    graph_.normalize();
    return std::move(graph_);
  }

 private:
  void add(const std::string& s, Term p, Term o) { graph_.add(iri(s), std::move(p), std::move(o)); }

  void note_agent(const ingest::Entity& e) {
    if (e.type == EntityType::Person || e.type == EntityType::Group) agents_.emplace(e.key, entity_iri(base_, e));
  }

  // Registers an entity (class and name) and returns its IRI.
  std::string entity(const ingest::Entity& e) {
    const std::string id = entity_iri(base_, e);
    note(id, mc_iri(class_name(e.type)), e.name);
    if (e.type == EntityType::Award) award_body(id, e.key);
    return id;
  }

  std::string named(EntityType type, const std::string& name) { return entity({name, type, ingest::entity_key(name)}); }

  // A performing artist named only in a qualifier: the document's person or
  // group of that name, or else an agent of unknown kind.
  std::string artist(const std::string& name) {
    const std::string key = ingest::entity_key(name);
    if (auto it = agents_.find(key); it != agents_.end()) {
      note(it->second, {}, name);
      return it->second;
    }
    const std::string id = base_ + "agent/" + slug(key);
    note(id, mc_iri(mc_term::Agent), name);
    return id;
  }

  void note(const std::string& id, const std::string& cls, const std::string& name) {
    auto& info = entities_[id];
    if (!cls.empty()) info.classes.insert(cls);
    if (std::find(info.names.begin(), info.names.end(), name) == info.names.end()) info.names.push_back(name);
  }

  void award_body(const std::string& award, const std::string& key) {
    auto it = options_.award_bodies.find(key);
    if (it == options_.award_bodies.end()) return;
    const std::string body = base_ + "organization/" + slug(ingest::entity_key(it->second));
    note(body, mc_iri(mc_term::AwardBody), it->second);
    add(award, mcp(mc_term::conferredBy), iri(body));
  }

  std::string role(const std::string& name) {
    std::string lower = name;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::find(known_roles.begin(), known_roles.end(), lower) != known_roles.end())
      return mc_iri("role-" + slug(lower));
    const std::string id = base_ + "role/" + slug(ingest::entity_key(name));
    if (roles_.insert(id).second) {
      add(id, rdf("type"), mcp(mc_term::Role));
      add(id, iri(term(ns::skos, "prefLabel")), literal(name));
    }
    return id;
  }

  void emit_entities() {
    const std::string work = mc_iri("Work"), organization = mc_iri("Organization");
    const std::string agent = mc_iri(mc_term::Agent);
    for (auto& [id, info] : entities_) {
      auto& cls = info.classes;
      // The most specific classes only: an Album that a sentence calls a work is an Album.
      const bool specific_work = std::any_of(cls.begin(), cls.end(), [&](const std::string& c) {
        return c != work && (c == mc_iri("Album") || c == mc_iri("Song") || c == mc_iri("Film") || c == mc_iri("TVSeries"));
      });
      if (specific_work) cls.erase(work);
      const bool specific_org = std::any_of(cls.begin(), cls.end(), [&](const std::string& c) {
        return c == mc_iri("Studio") || c == mc_iri("School") || c == mc_iri("Label") || c == mc_iri("AwardBody");
      });
      if (specific_org) cls.erase(organization);
      if (cls.size() > 1) cls.erase(agent);
      for (const auto& c : cls) add(id, rdf("type"), iri(c));
      add(id, rdfs("label"), literal(info.names.front()));
      for (std::size_t i = 1; i < info.names.size(); ++i)
        add(id, iri(term(ns::skos, "altLabel")), literal(info.names[i]));
    }
  }

  std::size_t offset(std::size_t byte) const {
    const std::size_t cp = code_points(doc_.text, byte);
    return byte >= bom_ && bom_ > 0 ? cp - 1 : cp;
  }

  std::string context_iri() const { return doc_iri_ + "#char=0," + std::to_string(offset(doc_.text.size())); }

  void map_document_node(const ingest::Article& article, const std::vector<ingest::Claim>& claims) {
    add(doc_iri_, rdf("type"), mcp(mc_term::Document));
    add(doc_iri_, iri(term(ns::dcterms, "title")), literal(article.title.empty() ? doc_.title : article.title));
    add(doc_iri_, mcp(mc_term::sourceFormat), literal(std::string(ingest::to_string(article.format))));
    add(doc_iri_, mcp(mc_term::location), literal(doc_.uri));
    if (const std::string from = revision_url(doc_); !from.empty())
      add(doc_iri_, iri(term(ns::prov, "wasDerivedFrom")), iri(from));
    const std::string ctx = context_iri();
    add(doc_iri_, mcp(mc_term::context), iri(ctx));
    add(ctx, rdf("type"), nif("Context"));
    add(ctx, rdf("type"), nif("RFC5147String"));
    add(ctx, nif("isString"), literal(doc_.text.substr(bom_)));
    add(ctx, nif("beginIndex"), xsd_typed("0", "nonNegativeInteger"));
    add(ctx, nif("endIndex"), xsd_typed(std::to_string(offset(doc_.text.size())), "nonNegativeInteger"));
    const std::string title_key = ingest::entity_key(article.title);
    for (const auto& c : claims)
      if ((!title_key.empty() && c.subject.key == title_key) || c.subject.name == article.title) {
        add(doc_iri_, iri(term(ns::foaf, "primaryTopic")), iri(entity(c.subject)));
        break;
      }
  }

  std::string reference_iri(const std::string& label) const { return doc_iri_ + "/reference/" + slug(label); }

  std::string map_reference(const std::string& label, const ingest::Reference* entry) {
    const std::string id = reference_iri(label);
    add(id, rdf("type"), mcp(mc_term::Reference));
    add(id, rdfs("label"), literal(label));
    add(id, mcp(mc_term::document), iri(doc_iri_));
    if (entry != nullptr) {
      if (!entry->text.empty()) add(id, iri(term(ns::dcterms, "bibliographicCitation")), literal(entry->text));
      if (!entry->url.empty() && !iri_problem(entry->url)) add(id, iri(term(ns::schema, "url")), iri(entry->url));
    }
    return id;
  }

  std::string span(const ingest::SourceSpan& s) {
    const std::size_t b = offset(s.start), e = offset(s.end);
    const std::string id = doc_iri_ + "#char=" + std::to_string(b) + "," + std::to_string(e);
    add(id, rdf("type"), nif("String"));
    add(id, rdf("type"), nif("RFC5147String"));
    add(id, nif("beginIndex"), xsd_typed(std::to_string(b), "nonNegativeInteger"));
    add(id, nif("endIndex"), xsd_typed(std::to_string(e), "nonNegativeInteger"));
    add(id, nif("anchorOf"), literal(doc_.text.substr(s.start, s.end - s.start)));
    add(id, nif("referenceContext"), iri(context_iri()));
    return id;
  }

  Term value_term(const ingest::Claim& c) {
    const std::string& v = *c.value;
    switch (c.predicate) {
      case Predicate::birthDate: case Predicate::deathDate: return date_literal(v);
      case Predicate::graduationYear: case Predicate::releaseYear: return year_literal(v);
      case Predicate::awardCount: case Predicate::ageAt: return integer_literal(v);
      case Predicate::firstEvent:
        if (auto p = ingest::predicate_from_string(v)) return mcp(predicate_property(*p));
        return literal(v);
      default: return literal(v);
    }
  }

  void map_claim(const ingest::Claim& c) {
    const std::string id = claim_iri(base_, c.id);
    const std::string subject = entity(c.subject);
    add(id, rdf("type"), mcp(mc_term::Claim));
    add(id, iri(term(ns::dcterms, "identifier")), literal(c.id));
    add(id, rdf("subject"), iri(subject));
    add(id, rdf("predicate"), mcp(predicate_property(c.predicate)));
    std::optional<Term> object;
    if (c.object) object = iri(entity(*c.object));
    else if (c.value) object = value_term(c);
    if (object) {
      add(id, rdf("object"), *object);
      if (asserted_directly(c.predicate)) add(subject, mcp(predicate_property(c.predicate)), *object);
    }
    add(id, mcp(mc_term::document), iri(doc_iri_));
    if (c.span.start <= c.span.end && c.span.end <= doc_.text.size()) add(id, mcp(mc_term::textSpan), iri(span(c.span)));
    for (const auto& label : c.citations) add(id, iri(term(ns::prov, "wasDerivedFrom")), iri(map_reference(label, nullptr)));

    std::set<std::string_view> consumed;
    const auto& q = c.qualifiers;
    const bool award = (c.predicate == Predicate::awardWon || c.predicate == Predicate::awardNominated) && c.object;
    if (award) {
      consumed = {"year", "category", "work", "role"};
      award_statement(id, c, subject);
    } else if (c.predicate == Predicate::credit && c.object) {
      consumed = {"year", "role", "artist"};
      credit_statements(id, c, subject);
    }
    for (const auto& [key, value] : ingest::qualifier_list(q)) {
      if (consumed.contains(key)) continue;
      if (key == "year") add(id, mcp(mc_term::year), year_literal(value));
      else if (key == "category") add(id, mcp(mc_term::category), literal(value));
      else if (key == "work") add(id, mcp(mc_term::forWork), iri(named(EntityType::Work, value)));
      else if (key == "role") for (const auto& r : split_roles(value)) add(id, mcp(mc_term::role), iri(role(r)));
      else if (key == "artist") add(id, mcp(mc_term::artist), iri(artist(value)));
      else if (key == "award") add(id, mcp(mc_term::award), iri(named(EntityType::Award, value)));
      else if (key == "scope") add(id, mcp(mc_term::scope), literal(value));
      else if (key == "qualifier") add(id, mcp(mc_term::modifier), literal(value));
      else if (key == "field") add(id, mcp(mc_term::field), literal(value));
      else if (key == "degree") add(id, mcp(mc_term::degree), literal(value));
      else if (key == "startYear") add(id, mcp(mc_term::startYear), year_literal(value));
      else if (key == "endYear") add(id, mcp(mc_term::endYear), year_literal(value));
      else if (key == "institution") add(id, mcp(mc_term::institution), iri(named(EntityType::Organization, value)));
      else if (key == "workType") add(id, mcp(mc_term::workType), literal(value));
      else if (key == "precision") add(id, mcp(mc_term::precision), literal(value));
    }
  }

  // AwardWin / AwardNomination: one node per (recipient, award, year,
  // category, work), whatever sentence states it.
  void award_statement(const std::string& claim, const ingest::Claim& c, const std::string& recipient) {
    const auto& q = c.qualifiers;
    const bool won = c.predicate == Predicate::awardWon;
    const std::string award = entity_iri(base_, *c.object);
    std::string work;
    if (q.work) work = named(EntityType::Work, *q.work);
    const std::string key = recipient + '\x1f' + award + '\x1f' + q.year.value_or("") + '\x1f' +
                            ingest::entity_key(q.category.value_or("")) + '\x1f' + work;
    const std::string id = base_ + (won ? "award-win/" : "award-nomination/") + stable_hash(key);
    add(claim, mcp(mc_term::statement), iri(id));
    add(id, rdf("type"), mcp(won ? mc_term::AwardWin : mc_term::AwardNomination));
    add(id, mcp(mc_term::recipient), iri(recipient));
    add(id, mcp(mc_term::award), iri(award));
    std::string label = c.object->name;
    if (q.year) {
      add(id, mcp(mc_term::year), year_literal(*q.year));
      label += " " + *q.year;
    }
    if (q.category) {
      add(id, mcp(mc_term::category), literal(*q.category));
      label += ", " + *q.category;
    }
    if (q.work) {
      add(id, mcp(mc_term::forWork), iri(work));
      label += ", for " + *q.work;
    }
    if (q.role)
      for (const auto& r : split_roles(*q.role)) add(id, mcp(mc_term::role), iri(role(r)));
    labels_.emplace(id, label);
    add(id, rdfs("label"), literal(labels_[id]));
  }

  // Credit: one node per (agent, role, work, year); a claim naming two roles
  // gives two credits.
  void credit_statements(const std::string& claim, const ingest::Claim& c, const std::string& agent) {
    const auto& q = c.qualifiers;
    const std::string work = entity_iri(base_, *c.object);
    std::vector<std::string> roles = q.role ? split_roles(*q.role) : std::vector<std::string>{};
    if (roles.empty()) roles.emplace_back();
    for (const auto& r : roles) {
      const std::string role_id = r.empty() ? std::string() : role(r);
      const std::string key = agent + '\x1f' + role_id + '\x1f' + work + '\x1f' + q.year.value_or("");
      const std::string id = base_ + "credit/" + stable_hash(key);
      add(claim, mcp(mc_term::statement), iri(id));
      add(id, rdf("type"), mcp(mc_term::Credit));
      add(id, mcp(mc_term::agent), iri(agent));
      add(id, mcp(mc_term::work), iri(work));
      std::string label = c.subject.name + (r.empty() ? "" : ", " + r) + ", " + c.object->name;
      if (!role_id.empty()) add(id, mcp(mc_term::role), iri(role_id));
      if (q.year) {
        add(id, mcp(mc_term::year), year_literal(*q.year));
        label += " (" + *q.year + ")";
      }
      if (q.artist) add(id, mcp(mc_term::artist), iri(artist(*q.artist)));
      labels_.emplace(id, label);
      add(id, rdfs("label"), literal(labels_[id]));
    }
  }

  const ingest::Document& doc_;
  const MapOptions& options_;
  std::string base_;
  std::string doc_iri_;
  std::size_t bom_ = 0;
  Graph graph_;
  std::map<std::string, EntityInfo> entities_;
  std::map<std::string, std::string> agents_;  // person or group key -> IRI
  std::map<std::string, std::string> labels_;  // statement node -> its first label
  std::set<std::string> roles_;
};

}  // namespace

std::map<std::string, std::string> award_bodies(const ingest::Lexicon& lexicon) {
  std::map<std::string, std::string> out;
  for (const auto& a : lexicon.awards())
    if (!a.body.empty()) out.emplace(ingest::entity_key(a.name), a.body);
  return out;
}

namespace {

// A wiki page title as its URLs write it: spaces as `_`, and every byte
// other than ASCII letters, digits and `-._~` percent-encoded.
std::string title_segment(std::string_view title) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (const unsigned char c : title) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '~' || c == '_') out += static_cast<char>(c);
    else if (c == ' ') out += '_';
    else out += {'%', hex[c >> 4], hex[c & 15]};
  }
  return out;
}

// "https://en.wikipedia.org/wiki/" -> "en.wikipedia.org".
std::string_view host_of(std::string_view site) {
  const std::size_t scheme = site.find("://");
  if (scheme == std::string_view::npos) return {};
  const std::string_view rest = site.substr(scheme + 3);
  return rest.substr(0, rest.find('/'));
}

}  // namespace

std::string document_iri(std::string_view base, const ingest::Document& doc) {
  if (doc.page && !doc.page->revision_id.empty()) {
    // A wiki page: its site, title and revision, whatever file it came in.
    const std::string_view host = host_of(doc.page->site);
    return std::string(base) + "document/" + (host.empty() ? std::string("wiki") : title_segment(host)) + "/" +
           title_segment(doc.title) + "/" + slug(doc.page->revision_id);
  }
  std::string s;
  for (unsigned char c : doc.id) {
    if (std::isalnum(c)) s += static_cast<char>(std::tolower(c));
    else if (!s.empty() && s.back() != '-') s += '-';
  }
  while (!s.empty() && s.back() == '-') s.pop_back();
  return std::string(base) + "document/" + (s.empty() ? "_" : s);
}

std::string revision_url(const ingest::Document& doc) {
  if (!doc.page || doc.page->revision_id.empty() || host_of(doc.page->site).empty() || !doc.page->site.ends_with('/'))
    return {};
  return doc.page->site + "Special:Redirect/revision/" + slug(doc.page->revision_id);
}

std::string claim_iri(std::string_view base, std::string_view claim_id) {
  return std::string(base) + "claim/" + slug(claim_id);
}

Graph map_document(const ingest::Document& doc, const ingest::Article& article,
                   const std::vector<ingest::Claim>& claims, const MapOptions& options) {
  return Mapper(doc, options).run(article, claims);
}

}  // namespace liner::ontology
