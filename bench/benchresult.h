#pragma once

#include <cstdio>

namespace saskati::bench {

/// One line of the benchmark table (tools/bench.sh collects these): a figure, its value, what it is measured
/// against (empty when nothing), the goal as words and whether it is met. Tab-separated, after "RESULT".
inline void result(const char *figure, double value, const char *unit, const char *reference,
                   double referenceValue, const char *goal, bool met)
{
    std::printf("RESULT\t%s\t%.2f %s\t%s\t%.2f %s\t%s\t%s\n", figure, value, unit, reference, referenceValue,
                reference[0] ? unit : "", goal, met ? "met" : "NOT met");
    std::fflush(stdout);
}

} // namespace saskati::bench
