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

namespace {

// What the options' form says, for choices and answer options alike (each has a `text`).
template <typename Option, typename IsBest>
DecisionTell decisionTell(const QString &id, qsizetype offset, const QList<Option> &options, IsBest isBest,
                          const QString &language)
{
    DecisionTell tell{id, offset, 0, 0, false, isBest(options.first())};
    for (const Option &o : options) {
        int &longest = isBest(o) ? tell.bestLength : tell.otherLength;
        longest = std::max(longest, int(o.text.text(language).size()));
    }
    tell.bestIsLongest = tell.bestLength > tell.otherLength;
    return tell;
}

} // namespace

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
        tells.decisions.append(decisionTell(scene.id, scene.offset, scene.choices, isBest, language));
    }
    // A single-answer question with a right and a wrong option is a decision too (e.g. "Is it a trap?").
    for (const Question &q : scenario.questions) {
        if (q.kind != Question::Kind::Single || q.options.size() < 2 || q.correct.isEmpty() ||
            q.correct.size() == q.options.size())
            continue;
        const auto isRight = [&q](const AnswerOption &o) { return q.correct.contains(o.id); };
        tells.decisions.append(decisionTell(q.id, q.offset, q.options, isRight, language));
    }
    return tells;
}

Diagnostics lintContent(const Scenario &scenario)
{
    Diagnostics out;
    Reporter reporter(scenario.file, &scenario.sourceMap, &out);
    // The order is the same in every language; the lengths are not: each language is counted.
    const QStringList languages = scenario.languages.isEmpty() ? QStringList{u"lv"_s} : scenario.languages;
    const ChoiceTells tells = choiceTells(scenario, languages.first());
    const auto decisions = int(tells.decisions.size());
    const qsizetype at = tells.decisions.isEmpty() ? 0 : tells.decisions.first().offset;
    for (const QString &language : languages) {
        QStringList longest;
        for (const DecisionTell &d : choiceTells(scenario, language).decisions)
            if (d.bestIsLongest)
                longest.append(u"%1 (%2 vs %3)"_s.arg(d.scene).arg(d.bestLength).arg(d.otherLength));
        if (2 * longest.size() > decisions)
            reporter.warning(
                at,
                u"the best choice is the longest text in %1 of %2 decisions (characters in %3, the best "
                "vs the longest other: %4): rewrite the options so that good and poor ones are of similar "
                "length and tone"_s.arg(longest.size())
                    .arg(decisions)
                    .arg(language, longest.join(u", "_s)));
    }
    QStringList first;
    for (const DecisionTell &d : tells.decisions)
        if (d.bestIsFirst)
            first.append(d.scene);
    if (2 * first.size() > decisions)
        reporter.warning(at,
                         u"the best choice is listed first in %1 of %2 decisions (%3): vary the order in the "
                         "file"_s.arg(first.size())
                             .arg(decisions)
                             .arg(first.join(u", "_s)));
    return out;
}

} // namespace saskati
