#include "ingest/extract/sink.h"

#include "ingest/entity.h"
#include "ingest/extract/tokens.h"

namespace liner::ingest::extract {

Entity entity(std::string name, EntityType type) {
  Entity e{std::move(name), type, {}};
  e.key = entity_key(e.name);
  return e;
}

void ClaimSink::add(Predicate p, Entity subject, std::optional<Entity> object, std::optional<std::string> value,
                    Qualifiers q, const Origin& o) {
  Claim c;
  c.predicate = p;
  c.subject = std::move(subject);
  c.object = std::move(object);
  c.value = std::move(value);
  c.qualifiers = std::move(q);
  c.span = o.span;
  c.quote = std::string(std::string_view(doc_.text).substr(o.span.start, o.span.end - o.span.start));
  c.citations = o.citations;
  // The id hashes what the claim says and where: its bytes are public.
  std::string key = std::string(to_string(p)) + "|" + c.subject.key + "|" + (c.object ? c.object->key : "") + "|" +
                    c.value.value_or("") + "|" + std::to_string(o.span.start) + "|" + c.qualifiers.year.value_or("") +
                    "|" + c.qualifiers.role.value_or("") + "|" + c.qualifiers.category.value_or("") + "|" +
                    c.qualifiers.work.value_or("") + "|" + c.qualifiers.field.value_or("") + "|" +
                    c.qualifiers.scope.value_or("");
  static constexpr char hex[] = "0123456789abcdef";
  std::uint64_t h = fnv1a(key);
  c.id = "c";
  for (int k = 15; k >= 0; --k) c.id += hex[(h >> (k * 4)) & 15];
  if (!claim_ids_.insert(c.id).second) return;  // the same claim from the same place
  if (c.predicate == Predicate::credit && c.object)
    credited_.insert(std::to_string(c.span.start) + "|" + c.subject.key + "|" + c.object->key);
  claims_.push_back(std::move(c));
}

bool ClaimSink::credited(std::size_t start, const std::string& subject_key, const std::string& work_key) const {
  return credited_.contains(std::to_string(start) + "|" + subject_key + "|" + work_key);
}

}  // namespace liner::ingest::extract
