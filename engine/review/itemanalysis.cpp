#include "itemanalysis.h"

#include <algorithm>
#include <cmath>

namespace saskati {

namespace {

// Exact zero only for truly constant data; allow for rounding in sums of doubles.
bool isZero(double value)
{
    return std::abs(value) < 1e-9;
}

} // namespace

ItemStatistics analyseItem(const QList<double> &marks, const QList<double> &totals, double maxMark)
{
    ItemSums sums;
    sums.n = marks.size();
    sums.maxMark = maxMark;
    if (marks.size() != totals.size())
        return analyseItem(ItemSums{0, maxMark});
    QList<double> rest(marks.size());
    for (qsizetype i = 0; i < marks.size(); ++i) {
        rest[i] = totals[i] - marks[i];
        sums.x += marks[i];
        sums.xx += marks[i] * marks[i];
        sums.r += rest[i];
        sums.rr += rest[i] * rest[i];
        sums.xr += marks[i] * rest[i];
    }
    // The largest covariance these marks and rests could have: both in the same order.
    QList<double> sortedMarks = marks;
    std::sort(sortedMarks.begin(), sortedMarks.end());
    std::sort(rest.begin(), rest.end());
    for (qsizetype i = 0; i < marks.size(); ++i)
        sums.xrSorted += sortedMarks[i] * rest[i];
    return analyseItem(sums);
}

ItemStatistics analyseItem(const ItemSums &sums)
{
    ItemStatistics s;
    s.attempts = int(sums.n);
    s.maxMark = sums.maxMark;
    if (sums.n == 0)
        return s;
    const double n = double(sums.n);
    s.meanMark = sums.x / n;
    s.facility = sums.maxMark > 0 ? s.meanMark / sums.maxMark : 0;
    if (sums.n < 2)
        return s;
    // Sample (n - 1) covariances from sums: (Σab - Σa·Σb/n) / (n - 1).
    const auto cov = [n](double ab, double a, double b) { return (ab - a * b / n) / (n - 1); };
    const double c = cov(sums.xr, sums.x, sums.r);
    const double varMarks = cov(sums.xx, sums.x, sums.x);
    const double varRest = cov(sums.rr, sums.r, sums.r);
    if (!isZero(varMarks) && !isZero(varRest))
        s.discrimination = 100.0 * c / std::sqrt(varMarks * varRest);
    const double covMax = cov(sums.xrSorted, sums.x, sums.r);
    if (!isZero(covMax))
        s.efficiency = 100.0 * c / covMax;
    return s;
}

GainLevel gainLevel(double gain)
{
    return gain < 0.3 ? GainLevel::Low : gain > 0.7 ? GainLevel::High : GainLevel::Medium;
}

GainStatistics hakeGain(const QList<std::pair<double, double>> &prePost)
{
    GainStatistics g;
    g.pairs = int(prePost.size());
    if (prePost.isEmpty())
        return g;
    double sumPre = 0, sumPost = 0, sumGains = 0;
    for (const auto &[pre, post] : prePost) {
        sumPre += pre;
        sumPost += post;
        if (pre < 100) {
            sumGains += (post - pre) / (100 - pre);
            ++g.definedPairs;
        }
    }
    g.meanPre = sumPre / g.pairs;
    g.meanPost = sumPost / g.pairs;
    if (g.meanPre < 100)
        g.classGain = (g.meanPost - g.meanPre) / (100 - g.meanPre);
    if (g.definedPairs > 0)
        g.meanIndividualGain = sumGains / g.definedPairs;
    return g;
}

} // namespace saskati
