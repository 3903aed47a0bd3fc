#include "ingest/extract/sink.h"

#include <bit>
#include <charconv>
#include <cstring>
#include <iterator>

#include "ingest/entity.h"
#include "ingest/extract/tokens.h"

namespace liner::ingest::extract {

Entity entity(std::string name, EntityType type) {
  Entity e{std::move(name), type, {}};
  e.key = entity_key(e.name);
  return e;
}

void HashTable::reserve(std::size_t n) {
  std::size_t slots = 16;
  while (slots < 2 * n) slots *= 2;
  if (slots > slots_.size()) grow(slots);
}

void HashTable::grow(std::size_t slots) {
  std::vector<Slot> old = std::move(slots_);
  slots_ = std::vector<Slot>(slots);
  shift_ = static_cast<unsigned>(64 - std::countr_zero(slots));
  for (const Slot& s : old)
    if (s.value_1 != 0) put(s.hash, s.value_1 - 1);
}

void HashTable::put(std::uint64_t h, std::size_t value) {
  std::size_t i = home(h);
  while (slots_[i].value_1 != 0) i = (i + 1) & mask();
  slots_[i] = {h, value + 1};
}

void HashTable::add(std::uint64_t h, std::size_t value) {
  if (2 * (size_ + 1) > slots_.size()) grow(slots_.empty() ? 16 : 2 * slots_.size());
  put(h, value);
  ++size_;
}

bool HashTable::add_new(std::uint64_t h, std::size_t value) {
  if (any_of(h, [](std::size_t) { return true; })) return false;
  add(h, value);
  return true;
}

namespace {

// The 16 hex digits of h, the highest first, at out (SWAR: each nibble
// spread to a byte, then each byte made a digit, 8 at a time).
void write_hex(std::uint64_t h, char* out) {
  static_assert(std::endian::native == std::endian::little);  // the first digit in the lowest byte
  for (const auto half : {static_cast<std::uint32_t>(h >> 32), static_cast<std::uint32_t>(h)}) {
    std::uint64_t v = half;
    v = ((v & 0xFFFF0000ull) << 16) | (v & 0xFFFFull);
    v = ((v & 0x0000FF000000FF00ull) << 8) | (v & 0x000000FF000000FFull);
    v = ((v & 0x00F000F000F000F0ull) << 4) | (v & 0x000F000F000F000Full);
    // Nibble k (from the lowest) is now byte k: the highest goes first.
    v = (v >> 56) | ((v >> 40) & 0xFF00ull) | ((v >> 24) & 0xFF0000ull) | ((v >> 8) & 0xFF000000ull) |
        ((v << 8) & 0xFF00000000ull) | ((v << 24) & 0xFF0000000000ull) | ((v << 40) & 0xFF000000000000ull) | (v << 56);
    // '0' + n, and 'a' - '0' - 10 more past 9 (where n + 6 carries into bit 4).
    const std::uint64_t letters = ((v + 0x0606060606060606ull) >> 4) & 0x0101010101010101ull;
    v += 0x3030303030303030ull + letters * ('a' - '0' - 10);
    std::memcpy(out, &v, 8);
    out += 8;
  }
}

// fnv1a(s, h) (tokens.h), four bytes a turn: the ids hash every claim's words.
std::uint64_t fnv1a_unrolled(std::string_view s, std::uint64_t h) {
  constexpr std::uint64_t prime = 1099511628211ull;
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  std::size_t i = 0;
  for (; i + 4 <= s.size(); i += 4) {
    h = (h ^ byte(i)) * prime;
    h = (h ^ byte(i + 1)) * prime;
    h = (h ^ byte(i + 2)) * prime;
    h = (h ^ byte(i + 3)) * prime;
  }
  for (; i < s.size(); ++i) h = (h ^ byte(i)) * prime;
  return h;
}

}  // namespace

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
  for (std::size_t i = 0; i < std::size(parts); ++i) h = fnv1a_unrolled(parts[i], i ? fnv1a("|", h) : h);
  // The id is "c" and the hash in 16 hex digits, so equal ids are equal hashes.
  if (!claim_ids_.add_new(h, 0)) return;  // the same claim from the same place
  char id[17];
  id[0] = 'c';
  write_hex(h, id + 1);
  const bool credit = p == Predicate::credit && object;
  // Built in place, its parts moved in.
  const Claim& c = claims_.emplace_back(std::string(id, sizeof id), p, std::move(subject), std::move(object),
                                        std::move(value), std::move(q),
                                        std::string(std::string_view(doc_.text).substr(o.span.start, o.span.end - o.span.start)),
                                        o.span, o.citations);
  if (credit) credited_.add(credit_hash(c.span.start, c.subject.key, c.object->key), claims_.size() - 1);
}

std::uint64_t ClaimSink::credit_hash(std::size_t start, std::string_view subject_key, std::string_view work_key) {
  return fnv1a(work_key, fnv1a(subject_key, start * 0x9E3779B97F4A7C15ull + subject_key.size()));
}

bool ClaimSink::credited(std::size_t start, std::string_view subject_key, std::string_view work_key) const {
  // A hash match is checked against the claim itself.
  return credited_.any_of(credit_hash(start, subject_key, work_key), [&](std::size_t i) {
    const Claim& c = claims_[i];
    return c.span.start == start && c.subject.key == subject_key && c.object->key == work_key;
  });
}

}  // namespace liner::ingest::extract
