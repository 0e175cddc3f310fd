#include "ilorule.h"

#include "scenario.h"

using namespace Qt::StringLiterals;

namespace saskati {

QStringList judgementOptionIds()
{
    return {u"trafficking"_s, u"labour-rights"_s, u"neither"_s};
}

bool isDimensionPositive(int strong, int medium, int weak)
{
    return strong >= 2 || (strong >= 1 && medium + weak >= 1) || medium >= 3 || (medium >= 2 && weak >= 1);
}

IloAssessment assessIndicators(const QSet<QString> &indicatorIds, const Catalog &catalog, bool child)
{
    int counts[dimensionCount][3] = {};
    for (const QString &id : indicatorIds) {
        const auto it = catalog.indicators.constFind(id);
        if (it == catalog.indicators.constEnd())
            continue;
        ++counts[int(it->dimension)][int(it->strength) - 1];
    }
    IloAssessment result;
    bool recruitment = false, destination = false, anyExploitative = false; // anyExploitative: medium+ sign
    for (int d = 0; d < dimensionCount; ++d) {
        const int weak = counts[d][0], medium = counts[d][1], strong = counts[d][2];
        // A weak sign alone (a worn-out look) is no labour-rights case: it takes a medium or strong one.
        if (Dimension(d) == Dimension::ExploitativeConditions && medium + strong > 0)
            anyExploitative = true;
        if (!isDimensionPositive(strong, medium, weak))
            continue;
        result.positiveDimensions.insert(Dimension(d));
        recruitment = recruitment || isRecruitmentDimension(Dimension(d));
        destination = destination || isDestinationDimension(Dimension(d));
    }
    const bool exploitative = result.positiveDimensions.contains(Dimension::ExploitativeConditions);
    if (exploitative && (child || (recruitment && destination)))
        result.judgement = u"trafficking"_s;
    else if (anyExploitative)
        result.judgement = u"labour-rights"_s;
    else
        result.judgement = u"neither"_s;
    return result;
}

QSet<QString> scenarioIndicators(const Scenario &scenario)
{
    QSet<QString> ids;
    for (const Scene &scene : scenario.scenes) {
        for (const Line &line : scene.lines)
            for (const Segment &segment : line.segments)
                if (segment.target.kind == FlagTarget::Kind::Cue)
                    ids.insert(segment.target.indicator);
        for (const Media &media : scene.media)
            for (const Hotspot &hotspot : media.hotspots)
                if (hotspot.target.kind == FlagTarget::Kind::Cue)
                    ids.insert(hotspot.target.indicator);
        // A conversation's replies: what a person can tell is in the case.
        for (const Choice &move : scene.choices)
            for (const ReplyLine &line : move.reply)
                for (const Segment &segment : line.segments)
                    if (segment.target.kind == FlagTarget::Kind::Cue)
                        ids.insert(segment.target.indicator);
    }
    return ids;
}

void deriveIloKeys(Scenario &scenario)
{
    if (!scenario.catalog)
        return;
    const IloAssessment ilo =
        assessIndicators(scenarioIndicators(scenario), *scenario.catalog, scenario.subject == u"child");
    for (Question &q : scenario.questions) {
        if (!q.deriveFromIndicators)
            continue;
        q.correct = iloCorrectOptions(ilo, q.kind);
    }
}

QStringList iloCorrectOptions(const IloAssessment &ilo, Question::Kind kind)
{
    if (kind == Question::Kind::Judgement)
        return {ilo.judgement};
    QStringList positive;
    if (kind == Question::Kind::Dimensions)
        for (int d = 0; d < dimensionCount; ++d)
            if (ilo.positiveDimensions.contains(Dimension(d)))
                positive.append(dimensionId(Dimension(d)));
    return positive;
}

} // namespace saskati
