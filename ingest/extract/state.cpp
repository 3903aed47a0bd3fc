#include "ingest/extract/state.h"

#include "ingest/entity.h"

namespace liner::ingest::extract {

ArticleState::ArticleState(const Article& a, const ExtractorContext& ctx)
    : article(a), lex(ctx.lexicon), time(ctx.time), cues(ctx.cues), subject(article_subject(a, ctx)) {
  const auto parts = split_words(subject.name);
  if (subject.type == EntityType::Person && parts.size() >= 2)
    surname = std::string(core(subject.name.substr(parts.back().begin)));
  if (!surname.empty()) surname_word.emplace(surname);
  // Works and the names keyed come at about one every other sentence: few rehashes on the way.
  known_works.reserve(a.sentences.size() / 2);
  keys_.reserve(a.sentences.size());
}

std::string ArticleState::full_name(const std::string& name) const {
  if (name.find(' ') != std::string::npos) return name;
  const auto it = full_names.find(name);
  if (it == full_names.end() || it->second.empty()) return name;
  std::string full;
  full.reserve(it->second.size() + 1 + name.size());
  return full.append(it->second).append(1, ' ').append(name);
}

std::optional<std::size_t> ArticleState::section_award(int s) {
  if (heading_awards_.empty()) heading_awards_.resize(article.sections.size());
  for (; s != none; s = article.sections[static_cast<std::size_t>(s)].parent) {
    HeadingAward& h = heading_awards_[static_cast<std::size_t>(s)];
    if (!h.read) {
      const auto found = lex.find_awards(article.sections[static_cast<std::size_t>(s)].heading);
      if (!found.empty()) h.award = found.front().index;
      h.read = true;
    }
    if (h.award) return h.award;
  }
  return std::nullopt;
}

NameKey& ArticleState::name_key(std::string_view name) {
  if (const auto it = keys_.find(name); it != keys_.end()) return it->second;
  const auto it = keys_.emplace(std::string(name), NameKey{entity_key(name), nullptr, {}}).first;
  it->second.name = it->first;  // the node's own copy: it stays where it is
  return it->second;
}

const std::string& ArticleState::key_of(std::string_view name) { return name_key(name).key; }

const Work* ArticleState::known_work(NameKey& n) {
  if (!n.known)
    if (const auto it = known_works.find(n.key); it != known_works.end()) n.known = &it->second;
  return n.known;
}

}  // namespace liner::ingest::extract
