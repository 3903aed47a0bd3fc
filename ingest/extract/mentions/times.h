#pragma once
// Time helpers over the TimeParser's mentions of a sentence.

#include <string>
#include <string_view>
#include <vector>

#include "ingest/claim.h"
#include "ingest/extract/cues.h"
#include "ingest/extract/mentions/work.h"
#include "ingest/time.h"

namespace liner::ingest::extract {

/// The times of `t`, outside titles and the parentheticals after them
/// ("(1995)", "(2011 Latin Grammy ...)"): the year there is the work's.
std::vector<TimeMention> sentence_times(const TimeParser& time, std::string_view t, const std::vector<Work>& works);

/// The first absolute year at or after `from`, else the first anywhere, else
/// a relative year resolved from `anchor_year`; 0 when none.
int year_near(const std::vector<TimeMention>& ts, int anchor_year, std::size_t from = 0);

/// Start and end of a period stated in `t`: a range ("from 1990 to 1993",
/// "1986–1994"), or a year and "until 1986" / "stayed until".
void period(std::string_view t, const std::vector<TimeMention>& ts, const CueWords& cues, Qualifiers& q,
            std::size_t from = 0);

/// The year as stated: "around 1988" is 1987/1989 as an interval, but 1988.
std::string stated_year(const TimeMention& m);

/// "day", "month", "year", ...: the `precision` qualifier.
std::string_view precision_name(TimePrecision p);

}  // namespace liner::ingest::extract
