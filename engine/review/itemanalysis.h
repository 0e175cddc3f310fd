#pragma once

#include <QList>
#include <optional>

namespace saskati {

/// Classical item analysis of one scenario decision across attempts, as Moodle's quiz statistics compute it
/// (docs/review-statistics.md). An item is a decision (a scene's choice, a referral plan, an assessment
/// question); its mark in an attempt is the points that decision gave; the attempt's rest is its total minus
/// that mark.
struct ItemStatistics {
    int attempts = 0;
    double maxMark = 0;
    double meanMark = 0;
    double facility = 0;                  // F = mean(mark) / max, 0..1 (negative marks can make it negative)
    std::optional<double> discrimination; // DI, percent; empty when a variance is 0 or fewer than 2 attempts
    std::optional<double> efficiency;     // DE, percent; empty when Cov_max is 0
    /// Below 15 % a decision does not tell better from weaker trainees: reword it or its options.
    bool dubious() const { return efficiency && *efficiency < dubiousEfficiency; }
    static constexpr double dubiousEfficiency = 15.0;
};

/// `marks[i]` and `totals[i]` belong to attempt i. Sample (n-1) denominators.
ItemStatistics analyseItem(const QList<double> &marks, const QList<double> &totals, double maxMark);

/// The same from sums a database can compute (x: marks, r: rests): n, Σx, Σx², Σr, Σr², Σxr, and Σxr with
/// marks and rests each sorted ascending and paired by rank (for Cov_max).
struct ItemSums {
    qint64 n = 0;
    double maxMark = 0;
    double x = 0, xx = 0, r = 0, rr = 0, xr = 0, xrSorted = 0;
};
ItemStatistics analyseItem(const ItemSums &sums);

/// Hake's normalised gain between a first and a later attempt, percentages 0..100.
struct GainStatistics {
    int pairs = 0;        // participants with a first and a later attempt
    int definedPairs = 0; // of them, those whose first attempt was below 100 %
    double meanPre = 0, meanPost = 0;
    std::optional<double> classGain;          // (mean post - mean pre) / (100 - mean pre)
    std::optional<double> meanIndividualGain; // the mean of (post - pre) / (100 - pre) over defined pairs
};
enum class GainLevel { Low, Medium, High };
/// Below 0.3 low, 0.3 to 0.7 medium, above 0.7 high (Hake 1998).
GainLevel gainLevel(double gain);
GainStatistics hakeGain(const QList<std::pair<double, double>> &prePost);

} // namespace saskati
