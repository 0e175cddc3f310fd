#pragma once

#include <algorithm>
#include <cstdio>
#include <vector>

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

/// The value at fraction `p` (0.5: the median) of `values`, nearest rank from below.
inline double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

} // namespace saskati::bench
