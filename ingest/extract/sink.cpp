#include "ingest/extract/sink.h"

#include <charconv>
#include <iterator>

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
  // The id hashes what the claim says and where, its parts joined by "|"
  // (FNV-1a over the parts in turn is FNV-1a over the joined key): its bytes
  // are public.
  char start_buf[24];
  const auto [start_end, ec] = std::to_chars(std::begin(start_buf), std::end(start_buf), o.span.start);
  const std::string_view start(start_buf, static_cast<std::size_t>(start_end - start_buf));
  const std::string_view parts[] = {to_string(p), subject.key, object ? std::string_view(object->key) : "",
                                    value ? std::string_view(*value) : "", start,
                                    q.year ? std::string_view(*q.year) : "", q.role ? std::string_view(*q.role) : "",
                                    q.category ? std::string_view(*q.category) : "",
                                    q.work ? std::string_view(*q.work) : "", q.field ? std::string_view(*q.field) : "",
                                    q.scope ? std::string_view(*q.scope) : ""};
  std::uint64_t h = fnv1a({});
  for (std::size_t i = 0; i < std::size(parts); ++i) h = fnv1a(parts[i], i ? fnv1a("|", h) : h);
  // The id is "c" and the hash in 16 hex digits, so equal ids are equal hashes.
  if (!claim_ids_.insert(h).second) return;  // the same claim from the same place
  Claim c;
  c.predicate = p;
  c.subject = std::move(subject);
  c.object = std::move(object);
  c.value = std::move(value);
  c.qualifiers = std::move(q);
  c.span = o.span;
  c.quote = std::string(std::string_view(doc_.text).substr(o.span.start, o.span.end - o.span.start));
  c.citations = o.citations;
  static constexpr char hex[] = "0123456789abcdef";
  c.id.assign(17, 'c');
  for (std::size_t k = 0; k < 16; ++k) c.id[16 - k] = hex[(h >> (k * 4)) & 15];
  if (c.predicate == Predicate::credit && c.object) credited_.insert(credit_key(c.span.start, c.subject.key, c.object->key));
  claims_.push_back(std::move(c));
}

std::string ClaimSink::credit_key(std::size_t start, std::string_view subject_key, std::string_view work_key) {
  std::string key = std::to_string(start);
  key.append(1, '|').append(subject_key).append(1, '|').append(work_key);
  return key;
}

bool ClaimSink::credited(std::size_t start, const std::string& subject_key, const std::string& work_key) const {
  return credited_.contains(credit_key(start, subject_key, work_key));
}

}  // namespace liner::ingest::extract
