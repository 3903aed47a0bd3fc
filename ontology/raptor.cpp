// The only file that includes raptor2.h.
#include <raptor2.h>

#include <stdexcept>

#include "ontology/iri.h"
#include "ontology/rdf.h"
#include "ontology/vocabulary.h"

namespace liner::ontology {

std::string raptor_version() { return raptor_version_string; }

namespace {

using World = std::unique_ptr<raptor_world, decltype(&raptor_free_world)>;
using TermPtr = std::unique_ptr<raptor_term, decltype(&raptor_free_term)>;
using Uri = std::unique_ptr<raptor_uri, decltype(&raptor_free_uri)>;
using Serializer = std::unique_ptr<raptor_serializer, decltype(&raptor_free_serializer)>;
using Parser = std::unique_ptr<raptor_parser, decltype(&raptor_free_parser)>;
using Stream = std::unique_ptr<raptor_iostream, decltype(&raptor_free_iostream)>;
using Statement = std::unique_ptr<raptor_statement, decltype(&raptor_free_statement)>;

// Raptor's messages of the current call.
struct Log {
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
  void clear() {
    errors.clear();
    warnings.clear();
  }
};

void on_log(void* user, raptor_log_message* m) {
  auto* log = static_cast<Log*>(user);
  std::string text = m->text ? m->text : "unknown raptor error";
  if (m->locator && m->locator->line > 0)
    text = "line " + std::to_string(m->locator->line) + ": " + text;
  if (m->level >= RAPTOR_LOG_LEVEL_ERROR) log->errors.push_back(std::move(text));
  else if (m->level == RAPTOR_LOG_LEVEL_WARN) log->warnings.push_back(std::move(text));
}

int write_byte(void* user, const int byte) {
  static_cast<std::string*>(user)->push_back(static_cast<char>(byte));
  return 0;
}

int write_bytes(void* user, const void* ptr, size_t size, size_t nmemb) {
  static_cast<std::string*>(user)->append(static_cast<const char*>(ptr), size * nmemb);
  return static_cast<int>(nmemb);
}

const raptor_iostream_handler string_sink{2, nullptr, nullptr, &write_byte, &write_bytes, nullptr, nullptr, nullptr};

const unsigned char* bytes(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

ingest::Error fail(std::string message) { return {ingest::ErrorCode::syntax, {}, std::nullopt, std::move(message)}; }

bool valid_blank_label(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return false;
  return true;
}

bool valid_language(std::string_view s) {
  // BCP 47 shape as Turtle's LANGTAG: [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s.front()))) return false;
  bool after_dash = false;
  for (char c : s) {
    if (c == '-') {
      if (after_dash) return false;
      after_dash = true;
    } else if (std::isalnum(static_cast<unsigned char>(c))) {
      after_dash = false;
    } else {
      return false;
    }
  }
  return !after_dash;
}

std::optional<std::string> term_problem(const Term& t) {
  switch (t.kind) {
    case Term::Kind::iri:
      if (auto p = iri_problem(t.value)) return "invalid IRI \"" + printable(t.value) + "\": " + *p;
      return std::nullopt;
    case Term::Kind::blank:
      if (!valid_blank_label(t.value)) return "invalid blank node label \"" + printable(t.value) + "\"";
      return std::nullopt;
    case Term::Kind::literal:
      if (auto p = literal_problem(t.value)) return "invalid literal \"" + printable(t.value) + "\": " + *p;
      if (!t.datatype.empty())
        if (auto p = iri_problem(t.datatype)) return "invalid datatype IRI \"" + printable(t.datatype) + "\": " + *p;
      if (!t.language.empty() && !valid_language(t.language))
        return "invalid language tag \"" + printable(t.language) + "\"";
      if (!t.language.empty() && !t.datatype.empty()) return "a literal has both a datatype and a language";
      return std::nullopt;
  }
  return "unknown term kind";
}

TermPtr make_term(raptor_world* w, const Term& t) {
  switch (t.kind) {
    case Term::Kind::iri:
      return {raptor_new_term_from_counted_uri_string(w, bytes(t.value), t.value.size()), &raptor_free_term};
    case Term::Kind::blank:
      return {raptor_new_term_from_counted_blank(w, bytes(t.value), t.value.size()), &raptor_free_term};
    case Term::Kind::literal: {
      Uri datatype{nullptr, &raptor_free_uri};
      if (!t.datatype.empty()) {
        datatype.reset(raptor_new_uri_from_counted_string(w, bytes(t.datatype), t.datatype.size()));
        if (!datatype) return {nullptr, &raptor_free_term};
      }
      // The term takes its own reference to the datatype URI.
      return {raptor_new_term_from_counted_literal(w, bytes(t.value), t.value.size(), datatype.get(),
                                                   t.language.empty() ? nullptr : bytes(t.language),
                                                   static_cast<unsigned char>(t.language.size())),
              &raptor_free_term};
    }
  }
  return {nullptr, &raptor_free_term};
}

std::string uri_string(raptor_uri* u) {
  size_t len = 0;
  const unsigned char* s = raptor_uri_as_counted_string(u, &len);
  return s ? std::string(reinterpret_cast<const char*>(s), len) : std::string();
}

Term from_raptor(const raptor_term* t) {
  Term out;
  if (t == nullptr) return out;
  switch (t->type) {
    case RAPTOR_TERM_TYPE_URI:
      out = iri(uri_string(t->value.uri));
      break;
    case RAPTOR_TERM_TYPE_BLANK:
      out = blank(std::string(reinterpret_cast<const char*>(t->value.blank.string), t->value.blank.string_len));
      break;
    case RAPTOR_TERM_TYPE_LITERAL:
      out = literal(std::string(reinterpret_cast<const char*>(t->value.literal.string), t->value.literal.string_len));
      if (t->value.literal.datatype) out.datatype = uri_string(t->value.literal.datatype);
      if (t->value.literal.language)
        out.language.assign(reinterpret_cast<const char*>(t->value.literal.language), t->value.literal.language_len);
      break;
    case RAPTOR_TERM_TYPE_UNKNOWN:
      break;
  }
  return out;
}

struct ReadState {
  std::vector<Quad>* out;
};

void on_statement(void* user, raptor_statement* s) {
  auto* out = static_cast<std::vector<Quad>*>(user);
  Quad q{{from_raptor(s->subject), from_raptor(s->predicate), from_raptor(s->object)}, {}};
  if (s->graph) q.graph = from_raptor(s->graph).value;
  out->push_back(std::move(q));
}

const char* raptor_name(Syntax s) {
  switch (s) {
    case Syntax::turtle: return "turtle";
    case Syntax::ntriples: return "ntriples";
    case Syntax::nquads: return "nquads";
  }
  return "ntriples";
}

}  // namespace

struct Rdf::Impl {
  World world{nullptr, &raptor_free_world};
  Log log;

  std::optional<std::string> raptor_failure(std::string_view what) const {
    if (log.errors.empty()) return std::nullopt;
    return std::string(what) + ": " + log.errors.front();
  }
};

std::string_view to_string(Syntax s) { return raptor_name(s); }

std::string_view file_extension(Syntax s) {
  switch (s) {
    case Syntax::turtle: return "ttl";
    case Syntax::ntriples: return "nt";
    case Syntax::nquads: return "nq";
  }
  return "nt";
}

Rdf::Rdf() : impl_(std::make_unique<Impl>()) {
  impl_->world.reset(raptor_new_world());
  if (!impl_->world) throw std::runtime_error("raptor: cannot create a world");
  if (raptor_world_set_log_handler(impl_->world.get(), &impl_->log, &on_log) != 0)
    throw std::runtime_error("raptor: cannot set the log handler");
  if (raptor_world_open(impl_->world.get()) != 0) throw std::runtime_error("raptor: cannot open the world");
}

Rdf::~Rdf() = default;

ingest::Result<std::string> Rdf::write(const std::vector<Graph>& graphs, Syntax syntax,
                                       const std::vector<Prefix>& extra) {
  raptor_world* w = impl_->world.get();
  impl_->log.clear();
  // Check everything first: Raptor would write a bad IRI as it is.
  for (const auto& g : graphs) {
    if (!g.name.empty())
      if (auto p = iri_problem(g.name)) return fail("invalid graph IRI \"" + printable(g.name) + "\": " + *p);
    for (const auto& t : g.triples) {
      if (t.subject.kind == Term::Kind::literal) return fail("a literal as subject: \"" + printable(t.subject.value) + "\"");
      if (t.predicate.kind != Term::Kind::iri) return fail("a predicate that is not an IRI: \"" + printable(t.predicate.value) + "\"");
      for (const Term* term : {&t.subject, &t.predicate, &t.object})
        if (auto p = term_problem(*term)) return fail(*p);
    }
  }
  std::vector<Prefix> all;
  for (const auto& p : prefixes) all.push_back({std::string(p.name), std::string(p.iri)});
  all.insert(all.end(), extra.begin(), extra.end());
  for (const auto& p : all)
    if (auto problem = iri_problem(p.iri)) return fail("invalid prefix IRI \"" + printable(p.iri) + "\": " + *problem);

  std::string out;
  Stream stream{raptor_new_iostream_from_handler(w, &out, &string_sink), &raptor_free_iostream};
  if (!stream) return fail("raptor: cannot create an output stream");
  Serializer ser{raptor_new_serializer(w, raptor_name(syntax)), &raptor_free_serializer};
  if (!ser) return fail(std::string("raptor: no serializer for ") + raptor_name(syntax));
  if (syntax == Syntax::turtle) {
    for (const auto& p : all) {
      if (p.name == "rdf") continue;  // Raptor's Turtle writer declares rdf: itself
      Uri u{raptor_new_uri_from_counted_string(w, bytes(p.iri), p.iri.size()), &raptor_free_uri};
      if (!u) return fail("raptor: cannot make the IRI " + p.iri);
      if (raptor_serializer_set_namespace(ser.get(), u.get(), reinterpret_cast<const unsigned char*>(p.name.c_str())) != 0)
        return fail("raptor: cannot declare the prefix " + p.name);
    }
  }
  if (raptor_serializer_start_to_iostream(ser.get(), nullptr, stream.get()) != 0)
    return fail(impl_->raptor_failure("raptor").value_or("raptor: cannot start the serializer"));
  for (const auto& g : graphs) {
    const bool named = syntax == Syntax::nquads && !g.name.empty();
    for (const auto& t : g.triples) {
      TermPtr s = make_term(w, t.subject), p = make_term(w, t.predicate), o = make_term(w, t.object);
      TermPtr name{nullptr, &raptor_free_term};
      if (named) name = make_term(w, iri(g.name));
      if (!s || !p || !o || (named && !name)) return fail("raptor: cannot make a term (out of memory)");
      // The statement takes ownership of the terms.
      Statement st{raptor_new_statement_from_nodes(w, s.release(), p.release(), o.release(), name.release()),
                   &raptor_free_statement};
      if (!st) return fail("raptor: cannot make a statement");
      if (raptor_serializer_serialize_statement(ser.get(), st.get()) != 0)
        return fail(impl_->raptor_failure("raptor").value_or("raptor: cannot write a statement"));
      if (auto f = impl_->raptor_failure("raptor")) return fail(*f);
    }
  }
  if (raptor_serializer_serialize_end(ser.get()) != 0)
    return fail(impl_->raptor_failure("raptor").value_or("raptor: cannot finish the output"));
  ser.reset();
  stream.reset();
  if (auto f = impl_->raptor_failure("raptor")) return fail(*f);
  return out;
}

ingest::Result<std::vector<Quad>> Rdf::read(std::string_view text, Syntax syntax, std::string_view base) {
  raptor_world* w = impl_->world.get();
  impl_->log.clear();
  if (auto p = iri_problem(base)) return fail("invalid base IRI \"" + printable(base) + "\": " + *p);
  std::vector<Quad> out;
  Parser parser{raptor_new_parser(w, raptor_name(syntax)), &raptor_free_parser};
  if (!parser) return fail(std::string("raptor: no parser for ") + raptor_name(syntax));
  Uri base_uri{raptor_new_uri_from_counted_string(w, bytes(base), base.size()), &raptor_free_uri};
  if (!base_uri) return fail("raptor: cannot make the base IRI");
  raptor_parser_set_statement_handler(parser.get(), &out, &on_statement);
  if (raptor_parser_parse_start(parser.get(), base_uri.get()) != 0)
    return fail(impl_->raptor_failure("raptor").value_or("raptor: cannot start the parser"));
  const int rc = raptor_parser_parse_chunk(parser.get(), bytes(text), text.size(), 1);
  if (auto f = impl_->raptor_failure("parse error")) return fail(*f);
  if (!impl_->log.warnings.empty()) return fail("parse warning: " + impl_->log.warnings.front());
  if (rc != 0) return fail("parse error");
  return out;
}

std::string printable(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (c == '\\' || c == '"') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7F) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace liner::ontology
