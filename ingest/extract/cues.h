#pragma once
// Word lists the extraction dimensions read (ingest/data/*.txt), loaded once
// per process into ExtractorContext and shared read-only by every document.

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace liner::ingest::extract {

/// Where a sentence's word filter (SentenceView) keeps a word of hash `h`:
/// a word of the filter and two bits in it, from the top bits of `h`, the
/// best mixed of a word_hash(). Two bits: with one, a cue word that shares
/// it with a word as common as "the" would pass in most sentences.
constexpr std::size_t filter_word(std::uint64_t h) { return h >> 60; }
constexpr std::uint64_t filter_bits(std::uint64_t h) {
  return (std::uint64_t{1} << ((h >> 54) & 63)) | (std::uint64_t{1} << ((h >> 48) & 63));
}

/// A word or phrase searched whole and case-insensitively (ASCII) by
/// SentenceView::find_word, with what the sentence's word index needs
/// computed once: its lowercase form and the hash of its first word.
struct CueWord {
  explicit CueWord(std::string_view word);
  std::string_view text;  ///< as written in the data file
  std::string lower;      ///< ASCII-lowercased
  std::size_t head = 0;   ///< length of its leading ASCII letters and digits
  std::uint64_t head_hash = 0;
  bool indexed = false;   ///< the word index can answer: a head, then ASCII or nothing
  std::size_t filter_word = 0;     ///< extract::filter_word(head_hash), found once
  std::uint64_t filter_bits = 0;   ///< extract::filter_bits(head_hash)
};
using WordList = std::vector<CueWord>;

/// A phrase searched as plain text (string_view::find), with the last word
/// it holds whole (ASCII letters and digits with ASCII that is neither on
/// both sides, inside the phrase): a text that holds the phrase holds that
/// word whole, where a sentence's word index finds it.
struct AnchoredPhrase {
  explicit AnchoredPhrase(std::string_view phrase);
  std::string_view text;
  std::optional<CueWord> anchor;  ///< none when the phrase holds no word whole
  std::size_t offset = 0;         ///< where the anchor starts in the phrase
};

/// The lists of a cue file (ingest/data/*_cues.tsv) whose text is `text`:
/// lines `list<TAB>entry`, an entry in double quotes when its spaces count
/// (`copula<TAB>" is "`). Lists keep file order. Throws std::logic_error on a
/// malformed line; `file` names it in the message.
std::map<std::string, std::vector<std::string_view>, std::less<>> read_cue_file(std::string_view file,
                                                                                 std::string_view text);

/// Data files given in place of the embedded ones, by name ("education_cues.tsv").
using DataFiles = std::map<std::string, std::string, std::less<>>;

/// Cue words by purpose. Views point into the embedded data files.
struct CueWords {
  /// The word lists of the embedded data files, or of `replaced` where it
  /// names a file: a changed data file changes what the dimensions read,
  /// with no change of code.
  explicit CueWords(DataFiles replaced = {});
  CueWords(const CueWords&) = delete;
  CueWords& operator=(const CueWords&) = delete;

  DataFiles replaced;  ///< owns the text of replaced files, which the lists point into

  // subject_cues.tsv
  std::vector<std::string_view> copulas;           ///< " is ", " was ": the lead's verb
  WordList group_references;  ///< "the band": a group's article speaks of it
  // organizations_cues.tsv
  std::set<std::string, std::less<>> name_stops;  ///< "in": ends a name after its head word
  // employment_cues.tsv
  std::vector<std::string_view> employer_leads;  ///< "joined ": an employer's name follows
  WordList work_verbs;      ///< "worked": " for X" is an employer
  WordList job_words;       ///< "engineer": " at X" is an employer
  WordList teaching_words;  ///< "taught": a school is an employer
  WordList employment_triggers;  ///< "joined": the sentence may name employers
  // credits_cues.tsv
  std::vector<std::string_view> noun_role_after;   ///< " duties": a role noun before it names a credit
  std::vector<std::string_view> noun_role_before;  ///< " as a ": a role noun after it names a credit
  std::vector<std::string_view> group_self;        ///< "the band": after "by", the group itself
  std::vector<std::string_view> fronting;          ///< "For ": a fronted work
  std::vector<std::string_view> role_chain;        ///< "and": between coordinated roles
  // education_cues.tsv
  WordList education_triggers;  ///< "studied": the sentence speaks of schooling
  std::vector<std::string_view> field_leads;         ///< "majoring in ": a field follows
  std::vector<std::string_view> phrase_stops;        ///< " at ": a field phrase ends
  std::vector<std::string_view> clause_breaks;       ///< " before ": a clause starts
  std::vector<std::string_view> lead_connectives;    ///< "and ": dropped from a leading clause
  std::vector<std::string_view> lead_skips;          ///< "later": no field
  WordList division_breaks;     ///< "later": not a division
  WordList division_words{CueWord("where"), CueWord("within"), CueWord("its")};  ///< "where": a school's division may follow
  WordList others_words{CueWord("who"), CueWord("whose"), CueWord("met")};  ///< "whose": someone else's schooling
  // awards_cues.tsv
  std::vector<std::string_view> total_tails;        ///< " in total" after a number
  std::vector<std::string_view> award_total_tails;  ///< " in all" after a counted award
  std::vector<std::string_view> count_nouns;        ///< "victories": a number counts awards
  WordList count_noun_words;                        ///< the same, for the word index
  std::vector<std::pair<std::string_view, std::string_view>> count_qualifiers;  ///< "least" -> "at least"
  WordList win_verbs;          ///< "won"
  WordList nomination_words;   ///< "nominated"
  std::vector<std::string_view> year_list_separators;  ///< ", and ": between listed years
  // membership_cues.tsv
  std::vector<std::string_view> member_headings;  ///< "member": a heading over a member list
  std::vector<std::string_view> person_leads;     ///< "member of the band ": a group follows
  /// The person leads that hold no other lead: a sentence holds some lead
  /// exactly when it holds one of these ("member of " for "member of the band ").
  std::vector<AnchoredPhrase> person_lead_cores;
  WordList joined_verbs;     ///< "joined": a start year follows
  WordList left_verbs;       ///< "left": an end year follows
  // tables_cues.tsv: header words of each kind of column
  std::vector<std::string_view> year_column, category_column, work_column, role_column, result_column,
      award_column, artist_column;
  // names_cues.tsv
  std::set<std::string, std::less<>> pair_joiners;  ///< "&": inside an artist's name after "by"
  // period_cues.tsv
  std::vector<std::string_view> end_leads;       ///< "to ": a year after it ends a started period
  std::vector<std::string_view> open_end_leads;  ///< "until ": a year after it ends a period
  // scripts/add-dimension adds a new dimension's lists here.
  // works_cues.tsv
  std::vector<std::string_view> category_leads;  ///< " for ": between a category and a title
  std::set<std::string, std::less<>> third_person;  ///< "he": no owner of the work after it

  WordList relatives;         ///< relatives.txt: "her father was born ..."
  CueWord born{"born"}, died{"died"};  ///< the verbs of a birth date and a death date (life.cpp)
  /// The words an age needs (life.cpp): "age", "aged", and the "year" of "17-year-old".
  WordList age_words{CueWord("age"), CueWord("aged"), CueWord("year")};
  WordList member_list;       ///< member_words.txt, as written
  WordList negations;         ///< negations.txt
  WordList credit_words;      ///< credit_words.txt: role-less credits
  std::vector<std::string_view> degrees;           ///< degrees.txt, in file order
  std::vector<std::string> degree_capitals;        ///< each degree with its first letter capitalized
  /// By byte, the degrees whose form or capital starts with it, a bit each
  /// in list order (all of them past the 64th, which no bit holds).
  std::array<std::uint64_t, 256> degree_starts{};
  WordList completion_words;  ///< completion_words.txt
  std::set<std::string, std::less<>> starters;      ///< sentence_starters.txt
  std::set<std::string, std::less<>> member_words;  ///< member_words.txt, lowercase
  std::set<std::string, std::less<>> descriptors;   ///< descriptors.txt: "singer", "band"
  std::set<std::string, std::less<>> name_particles;  ///< name_particles.txt: "de", "van"
  std::set<std::string, std::less<>> category_start;  ///< category_heads.txt "# start:" group
  std::set<std::string, std::less<>> category_end;    ///< category_heads.txt "# end:" group
  std::set<std::string, std::less<>> category_inner;  ///< "# inner:": "or", "of" between capitalized words
  std::set<std::string, std::less<>> category_after_for;  ///< "# after for:"

 private:
  void prepare_degrees();  // degree_capitals and degree_starts, from degrees
};

}  // namespace liner::ingest::extract
