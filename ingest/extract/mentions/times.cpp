#include "ingest/extract/mentions/times.h"

#include <algorithm>

#include "ingest/extract/tokens.h"

namespace liner::ingest::extract {

std::vector<TimeMention> sentence_times(const TimeParser& time, std::string_view t, const std::vector<Work>& works) {
  std::vector<std::pair<std::size_t, std::size_t>> exclude;
  exclude.reserve(works.size());
  for (const auto& w : works) exclude.emplace_back(w.range.begin, std::max(w.range.end, w.after));
  return time.find(t, exclude);
}

int year_near(const std::vector<TimeMention>& ts, int anchor_year, std::size_t from) {
  int fallback = 0;
  for (const auto& m : ts) {
    if (m.relative) continue;
    if (m.begin >= from) return m.value.begin_year;
    if (!fallback) fallback = m.value.begin_year;
  }
  if (fallback) return fallback;
  for (const auto& m : ts)
    if (m.relative && anchor_year)
      if (const auto v = TimeParser::resolve(m, anchor_year)) return v->begin_year;
  return 0;
}

std::string stated_year(const TimeMention& m) {
  if (m.value.precision == TimePrecision::year) return year_string(m.value.begin_year);
  if (m.value.precision == TimePrecision::approximate && m.value.end_year - m.value.begin_year == 2)
    return year_string(m.value.begin_year + 1);
  return m.value.iso;
}

void period(std::string_view t, const std::vector<TimeMention>& ts, const CueWords& cues, Qualifiers& q,
            std::size_t from) {
  const TimeMention* start = nullptr;
  const TimeMention* end = nullptr;
  for (const auto& m : ts) {
    if (m.relative || m.begin < from) continue;
    if (m.value.precision == TimePrecision::range && m.value.end_year != m.value.begin_year) {
      q.start_year = year_string(m.value.begin_year);
      if (m.value.end_year) q.end_year = year_string(m.value.end_year);  // 0 for "2001–present"
      return;
    }
    const std::string_view before = t.substr(0, m.begin);
    if (ends_with_any(before, cues.end_leads) && start && !before.ends_with(" in "))
      end = &m;
    else if (ends_with_any(before, cues.open_end_leads))
      end = &m;
    else if (!start)
      start = &m;
  }
  if (start) q.start_year = stated_year(*start);
  if (start && start->value.precision == TimePrecision::approximate &&
      start->value.end_year - start->value.begin_year == 2)
    q.qualifier = "around";
  if (end) q.end_year = stated_year(*end);
}

std::string_view precision_name(TimePrecision p) {
  switch (p) {
    case TimePrecision::day: return "day";
    case TimePrecision::month: return "month";
    case TimePrecision::year: return "year";
    case TimePrecision::range: return "range";
    case TimePrecision::decade: return "decade";
    case TimePrecision::approximate: return "approximate";
  }
  return "year";
}

}  // namespace liner::ingest::extract
