#include "ingest/extract/cues.h"

#include <stdexcept>

#include "ingest/data.h"
#include "ingest/extract/tokens.h"
#include "ingest/lexicon.h"
#include "ingest/text.h"

namespace liner::ingest::extract {
namespace {

std::set<std::string, std::less<>> word_set(const std::vector<std::string_view>& lines, bool lower = false) {
  std::set<std::string, std::less<>> out;
  for (auto w : lines) out.emplace(lower ? lower_ascii(w) : std::string(w));
  return out;
}

WordList words(const std::vector<std::string_view>& list) { return WordList(list.begin(), list.end()); }

// One list of a cue file; a missing list is a broken data file.
std::vector<std::string_view> list(const std::map<std::string, std::vector<std::string_view>, std::less<>>& lists,
                                   std::string_view file, std::string_view name) {
  const auto it = lists.find(name);
  if (it == lists.end()) throw std::logic_error(std::string(file) + ": no list '" + std::string(name) + "'");
  return it->second;
}

// The entries that hold no other entry (the first of equal ones): a text
// holds some entry exactly when it holds one of these.
std::vector<std::string_view> cores(const std::vector<std::string_view>& list) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    bool holds_other = false;
    for (std::size_t j = 0; j < list.size(); ++j)
      holds_other = holds_other ||
                    (j != i && list[i].find(list[j]) != std::string_view::npos && (list[i] != list[j] || j < i));
    if (!holds_other) out.push_back(list[i]);
  }
  return out;
}

}  // namespace

CueWord::CueWord(std::string_view word) : text(word), lower(lower_ascii(word)) {
  while (head < lower.size() && ascii_alnum(lower[head])) ++head;
  indexed = head > 0 && (head == lower.size() || static_cast<unsigned char>(lower[head]) < 0x80);
  head_hash = word_hash(std::string_view(lower).substr(0, head));
  filter_word = extract::filter_word(head_hash);
  filter_bits = extract::filter_bits(head_hash);
}

AnchoredPhrase::AnchoredPhrase(std::string_view phrase) : text(phrase) {
  auto plain = [](char c) { return static_cast<unsigned char>(c) < 0x80 && !ascii_alnum(c); };
  for (std::size_t b = 1; b < phrase.size(); ++b) {
    if (!plain(phrase[b - 1]) || !ascii_alnum(phrase[b])) continue;
    std::size_t e = b;
    while (e < phrase.size() && ascii_alnum(phrase[e])) ++e;
    if (e < phrase.size() && plain(phrase[e])) anchor.emplace(phrase.substr(b, e - b)), offset = b;
  }
}

std::map<std::string, std::vector<std::string_view>, std::less<>> read_cue_file(std::string_view file,
                                                                                 std::string_view text) {
  std::map<std::string, std::vector<std::string_view>, std::less<>> out;
  if (text.empty()) throw std::logic_error(std::string(file) + ": missing or empty");
  for (auto line : data::split_lines(text)) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) throw std::logic_error(std::string(file) + ": no tab in '" + std::string(line) + "'");
    std::string_view entry = line.substr(tab + 1);
    while (!entry.empty() && entry.front() == '\t') entry.remove_prefix(1);
    if (entry.size() >= 2 && entry.front() == '"' && entry.back() == '"') entry = entry.substr(1, entry.size() - 2);
    if (entry.empty()) throw std::logic_error(std::string(file) + ": empty entry in '" + std::string(line) + "'");
    out[std::string(trim(line.substr(0, tab)))].push_back(entry);
  }
  return out;
}

void CueWords::prepare_degrees() {
  for (auto form : degrees) {
    std::string capital(form);
    if (!capital.empty() && capital[0] >= 'a' && capital[0] <= 'z') capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
    degree_capitals.push_back(std::move(capital));
  }
  for (std::size_t d = 0; d < degrees.size(); ++d) {
    const std::uint64_t bit = d < 64 ? std::uint64_t{1} << d : 0;
    for (std::string_view f : {degrees[d], std::string_view(degree_capitals[d])})
      if (!f.empty()) degree_starts[static_cast<unsigned char>(f[0])] |= bit;
  }
}

CueWords::CueWords(DataFiles files) : replaced(std::move(files)) {
  const auto text = [&](std::string_view name) -> std::string_view {
    const auto it = replaced.find(name);
    return it != replaced.end() ? std::string_view(it->second) : data::file(name);
  };
  const auto lines = [&](std::string_view name) { return data::split_lines(text(name)); };
  const auto read_cue_file = [&](std::string_view name) { return extract::read_cue_file(name, text(name)); };
  relatives = words(lines("relatives.txt"));
  member_list = words(lines("member_words.txt"));
  negations = words(lines("negations.txt"));
  credit_words = words(lines("credit_words.txt"));
  degrees = lines("degrees.txt");
  prepare_degrees();
  completion_words = words(lines("completion_words.txt"));
  starters = word_set(lines("sentence_starters.txt"));
  member_words = word_set(lines("member_words.txt"), true);
  descriptors = word_set(lines("descriptors.txt"));
  name_particles = word_set(lines("name_particles.txt"));
  // category_heads.txt: words that start award category names ("Best",
  // "British") and words that end them ("Album", "Artist"), in two groups.
  std::string_view rest = text("category_heads.txt");
  std::set<std::string, std::less<>>* group = nullptr;
  while (!rest.empty()) {
    const std::size_t nl = rest.find('\n');
    const std::string_view line = trim(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    if (line == "# start:") group = &category_start;
    else if (line == "# end:") group = &category_end;
    else if (line == "# inner:") group = &category_inner;
    else if (line == "# after for:") group = &category_after_for;
    else if (group && !line.empty() && line.front() != '#') group->emplace(line);
  }
  const auto subject_cues = read_cue_file("subject_cues.tsv");
  copulas = list(subject_cues, "subject_cues.tsv", "copula");
  group_references = words(list(subject_cues, "subject_cues.tsv", "group_reference"));
  const auto org_cues = read_cue_file("organizations_cues.tsv");
  for (auto w : list(org_cues, "organizations_cues.tsv", "name_stop")) name_stops.emplace(w);
  const auto employment_cues = read_cue_file("employment_cues.tsv");
  employer_leads = list(employment_cues, "employment_cues.tsv", "employer_lead");
  work_verbs = words(list(employment_cues, "employment_cues.tsv", "work_verb"));
  job_words = words(list(employment_cues, "employment_cues.tsv", "job_word"));
  teaching_words = words(list(employment_cues, "employment_cues.tsv", "teaching_word"));
  employment_triggers = words(list(employment_cues, "employment_cues.tsv", "trigger"));
  const auto credits_cues = read_cue_file("credits_cues.tsv");
  noun_role_after = list(credits_cues, "credits_cues.tsv", "noun_role_after");
  noun_role_before = list(credits_cues, "credits_cues.tsv", "noun_role_before");
  group_self = list(credits_cues, "credits_cues.tsv", "group_self");
  fronting = list(credits_cues, "credits_cues.tsv", "fronting");
  role_chain = list(credits_cues, "credits_cues.tsv", "role_chain");
  const auto education = read_cue_file("education_cues.tsv");
  education_triggers = words(list(education, "education_cues.tsv", "trigger"));
  field_leads = list(education, "education_cues.tsv", "field_lead");
  phrase_stops = list(education, "education_cues.tsv", "phrase_stop");
  clause_breaks = list(education, "education_cues.tsv", "clause_break");
  lead_connectives = list(education, "education_cues.tsv", "lead_connective");
  lead_skips = list(education, "education_cues.tsv", "lead_skip");
  division_breaks = words(list(education, "education_cues.tsv", "division_break"));
  const auto awards = read_cue_file("awards_cues.tsv");
  total_tails = list(awards, "awards_cues.tsv", "total_tail");
  award_total_tails = list(awards, "awards_cues.tsv", "award_total_tail");
  count_nouns = list(awards, "awards_cues.tsv", "count_noun");
  count_noun_words = words(count_nouns);
  for (auto entry : list(awards, "awards_cues.tsv", "count_qualifier")) {
    const std::size_t tab = entry.find('\t');
    if (tab == std::string_view::npos) throw std::logic_error("awards_cues.tsv: count_qualifier needs a word and a qualifier");
    count_qualifiers.emplace_back(entry.substr(0, tab), trim(entry.substr(tab + 1)));
  }
  win_verbs = words(list(awards, "awards_cues.tsv", "win_verb"));
  nomination_words = words(list(awards, "awards_cues.tsv", "nomination_word"));
  year_list_separators = list(awards, "awards_cues.tsv", "year_list_separator");
  const auto membership = read_cue_file("membership_cues.tsv");
  member_headings = list(membership, "membership_cues.tsv", "member_heading");
  person_leads = list(membership, "membership_cues.tsv", "person_lead");
  for (auto lead : cores(person_leads)) person_lead_cores.emplace_back(lead);
  joined_verbs = words(list(membership, "membership_cues.tsv", "joined_verb"));
  left_verbs = words(list(membership, "membership_cues.tsv", "left_verb"));
  const auto tables = read_cue_file("tables_cues.tsv");
  year_column = list(tables, "tables_cues.tsv", "year_column");
  category_column = list(tables, "tables_cues.tsv", "category_column");
  work_column = list(tables, "tables_cues.tsv", "work_column");
  role_column = list(tables, "tables_cues.tsv", "role_column");
  result_column = list(tables, "tables_cues.tsv", "result_column");
  award_column = list(tables, "tables_cues.tsv", "award_column");
  artist_column = list(tables, "tables_cues.tsv", "artist_column");
  for (auto w : list(read_cue_file("names_cues.tsv"), "names_cues.tsv", "pair_joiner")) pair_joiners.emplace(w);
  const auto periods = read_cue_file("period_cues.tsv");
  end_leads = list(periods, "period_cues.tsv", "end_lead");
  open_end_leads = list(periods, "period_cues.tsv", "open_end_lead");
  // scripts/add-dimension adds a new dimension's cue file here.
  const auto works_cues = read_cue_file("works_cues.tsv");
  category_leads = list(works_cues, "works_cues.tsv", "category_lead");
  for (auto w : list(works_cues, "works_cues.tsv", "third_person")) third_person.emplace(w);
  if (category_start.empty() || category_end.empty() || category_inner.empty() || category_after_for.empty()) throw std::logic_error("category_heads.txt: a group is missing");
}

}  // namespace liner::ingest::extract
