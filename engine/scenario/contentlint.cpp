#include "contentlint.h"

#include "reporter.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace saskati {

int ChoiceTells::bestLongest() const
{
    return int(std::count_if(decisions.cbegin(), decisions.cend(),
                             [](const DecisionTell &d) { return d.bestIsLongest; }));
}

int ChoiceTells::bestFirst() const
{
    return int(std::count_if(decisions.cbegin(), decisions.cend(),
                             [](const DecisionTell &d) { return d.bestIsFirst; }));
}

ChoiceTells choiceTells(const Scenario &scenario, const QString &language)
{
    ChoiceTells tells;
    for (const Scene &scene : scenario.scenes) {
        int best = std::numeric_limits<int>::min();
        for (const Choice &c : scene.choices)
            if (!c.criticalError)
                best = std::max(best, c.points);
        const auto isBest = [best](const Choice &c) { return !c.criticalError && c.points == best; };
        const auto bests = std::count_if(scene.choices.cbegin(), scene.choices.cend(), isBest);
        if (scene.choices.size() < 2 || bests == 0 || bests == scene.choices.size())
            continue; // no decision to give away
        DecisionTell tell{scene.id, scene.offset, 0, 0, false, isBest(scene.choices.first())};
        for (const Choice &c : scene.choices) {
            int &longest = isBest(c) ? tell.bestLength : tell.otherLength;
            longest = std::max(longest, int(c.text.text(language).size()));
        }
        tell.bestIsLongest = tell.bestLength > tell.otherLength;
        tells.decisions.append(tell);
    }
    return tells;
}

Diagnostics lintContent(const Scenario &scenario)
{
    Diagnostics out;
    Reporter reporter(scenario.file, &scenario.sourceMap, &out);
    const QString language = scenario.languages.value(0, u"lv"_s);
    const ChoiceTells tells = choiceTells(scenario, language);
    const auto decisions = int(tells.decisions.size());
    QStringList longest, first;
    for (const DecisionTell &d : tells.decisions) {
        if (d.bestIsLongest)
            longest.append(u"%1 (%2 vs %3)"_s.arg(d.scene).arg(d.bestLength).arg(d.otherLength));
        if (d.bestIsFirst)
            first.append(d.scene);
    }
    const qsizetype at = tells.decisions.isEmpty() ? 0 : tells.decisions.first().offset;
    if (2 * longest.size() > decisions)
        reporter.warning(
            at, u"the best choice is the longest text in %1 of %2 decisions (characters in %3, the best "
                "vs the longest other: %4): rewrite the options so that good and poor ones are of similar "
                "length and tone"_s.arg(longest.size())
                    .arg(decisions)
                    .arg(language, longest.join(u", "_s)));
    if (2 * first.size() > decisions)
        reporter.warning(at,
                         u"the best choice is listed first in %1 of %2 decisions (%3): vary the order in the "
                         "file"_s.arg(first.size())
                             .arg(decisions)
                             .arg(first.join(u", "_s)));
    return out;
}

} // namespace saskati
