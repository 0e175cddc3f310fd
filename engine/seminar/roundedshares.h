#pragma once

#include <QList>
#include <algorithm>
#include <numeric>

namespace saskati {

/// Whole percentages of `counts` that add up to exactly 100 (largest remainder: each share rounded down, the
/// points left over go to the largest remainders, ties to the earlier count). A projector showing 34 %, 33 %
/// and 34 % of a room invites the question where the extra per cent came from. All zero when nothing counted.
inline QList<int> roundedShares(const QList<int> &counts)
{
    const qint64 total = std::accumulate(counts.cbegin(), counts.cend(), qint64(0));
    QList<int> shares(counts.size(), 0);
    if (total <= 0)
        return shares;
    QList<std::pair<qint64, qsizetype>> remainders; // (remainder, index)
    int given = 0;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        shares[i] = int(100 * qint64(counts[i]) / total);
        given += shares[i];
        remainders.append({100 * qint64(counts[i]) % total, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype k = 0; given < 100 && k < remainders.size(); ++k, ++given)
        ++shares[remainders[k].second];
    return shares;
}

} // namespace saskati
