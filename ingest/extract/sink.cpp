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
                    Qualifiers&& q, const Origin& o) {
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
  Claim& c = claims_.emplace_back();
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
  if (c.predicate == Predicate::credit && c.object)
    credited_.emplace(credit_hash(c.span.start, c.subject.key, c.object->key), claims_.size() - 1);
}

std::uint64_t ClaimSink::credit_hash(std::size_t start, std::string_view subject_key, std::string_view work_key) {
  return fnv1a(work_key, fnv1a(subject_key, start * 0x9E3779B97F4A7C15ull + subject_key.size()));
}

bool ClaimSink::credited(std::size_t start, std::string_view subject_key, std::string_view work_key) const {
  // A hash match is checked against the claim itself.
  const auto [b, e] = credited_.equal_range(credit_hash(start, subject_key, work_key));
  for (auto it = b; it != e; ++it) {
    const Claim& c = claims_[it->second];
    if (c.span.start == start && c.subject.key == subject_key && c.object->key == work_key) return true;
  }
  return false;
}

}  // namespace liner::ingest::extract
