#include "itemanalysis.h"

#include <algorithm>
#include <cmath>

namespace saskati {

namespace {

double mean(const QList<double> &values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    return values.isEmpty() ? 0 : sum / double(values.size());
}

// Sample covariance (n - 1).
double covariance(const QList<double> &a, const QList<double> &b)
{
    const double meanA = mean(a), meanB = mean(b);
    double sum = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        sum += (a[i] - meanA) * (b[i] - meanB);
    return sum / double(a.size() - 1);
}

// Exact zero only for truly constant data; allow for rounding in sums of doubles.
bool isZero(double value)
{
    return std::abs(value) < 1e-12;
}

} // namespace

ItemStatistics analyseItem(const QList<double> &marks, const QList<double> &totals, double maxMark)
{
    ItemStatistics s;
    s.attempts = int(marks.size());
    s.maxMark = maxMark;
    s.meanMark = mean(marks);
    s.facility = maxMark > 0 ? s.meanMark / maxMark : 0;
    if (marks.size() < 2 || marks.size() != totals.size())
        return s;
    QList<double> rest(marks.size());
    for (qsizetype i = 0; i < marks.size(); ++i)
        rest[i] = totals[i] - marks[i];
    const double cov = covariance(marks, rest);
    const double varMarks = covariance(marks, marks);
    const double varRest = covariance(rest, rest);
    if (!isZero(varMarks) && !isZero(varRest))
        s.discrimination = 100.0 * cov / std::sqrt(varMarks * varRest);
    // The largest covariance these marks and rests could have: both in the same order.
    QList<double> sortedMarks = marks, sortedRest = rest;
    std::sort(sortedMarks.begin(), sortedMarks.end());
    std::sort(sortedRest.begin(), sortedRest.end());
    const double covMax = covariance(sortedMarks, sortedRest);
    if (!isZero(covMax))
        s.efficiency = 100.0 * cov / covMax;
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
