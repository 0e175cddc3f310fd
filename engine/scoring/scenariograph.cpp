#include "scenariograph.h"

#include "ilorule.h"
#include "scorebounds.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return u'"' + escaped + u'"';
}

QString shortened(const QString &text, int length = 40)
{
    return text.size() <= length ? text : text.left(length - 1) + u'…';
}

QJsonObject partsToJson(const ScoreParts &parts)
{
    return QJsonObject{{u"total"_s, parts.total()},
                       {u"recognition"_s, parts.recognition},
                       {u"conduct"_s, parts.conduct},
                       {u"referral"_s, parts.referral},
                       {u"assessment"_s, parts.assessment}};
}

} // namespace

QString scenarioToDot(const Scenario &scenario, const QString &language)
{
    QString dot;
    dot += u"digraph "_s + quoted(scenario.id) + u" {\n"_s;
    dot += u"  graph [rankdir=TB, label="_s + quoted(scenario.title.text(language)) + u", labelloc=t];\n"_s;
    dot += u"  node [fontname=\"DejaVu Sans\"];\n  edge [fontname=\"DejaVu Sans\", fontsize=10];\n"_s;
    for (const Scene &scene : scenario.scenes) {
        const QString shape = scene.kind == Scene::Kind::Interview ? u"box"_s : u"box3d"_s;
        const QString style = scene.id == scenario.start ? u", style=bold"_s : QString();
        dot += u"  "_s + quoted(scene.id) + u" [shape="_s + shape + style + u", label="_s +
               quoted(scene.id + u"\n"_s + shortened(scene.title.text(language))) + u"];\n"_s;
    }
    for (const Ending &ending : scenario.endings) {
        dot += u"  "_s + quoted(u"ending:"_s + ending.id) + u" [shape=ellipse, label="_s +
               quoted(ending.id + u"\n("_s + ending.outcome + u')') + u"];\n"_s;
    }
    for (const Scene &scene : scenario.scenes) {
        for (const Choice &choice : scene.choices) {
            // A conversation's move that keeps it going: a loop on its scene.
            const QString target = choice.staysInScene()     ? scene.id
                                   : choice.ending.isEmpty() ? choice.nextScene
                                                             : u"ending:"_s + choice.ending;
            QString label = shortened(choice.text.text(language), 32) + u" ("_s +
                            (choice.points > 0 ? u"+"_s : QString()) + QString::number(choice.points) + u')';
            QString attributes;
            if (choice.criticalError) {
                label = u"⚠ "_s + label + u"\ncritical: "_s + choice.criticalError->principle;
                attributes = u", color=red, fontcolor=red, penwidth=3, style=bold"_s;
            } else if (!choice.conditions.isEmpty()) {
                attributes = u", style=dashed"_s;
            }
            dot += u"  "_s + quoted(scene.id) + u" -> "_s + quoted(target) + u" [label="_s + quoted(label) +
                   attributes + u"];\n"_s;
        }
    }
    dot += u"}\n"_s;
    return dot;
}

QJsonObject scenarioInfo(const Scenario &scenario)
{
    QJsonArray indicators;
    QStringList ids = scenarioIndicators(scenario).values();
    std::sort(ids.begin(), ids.end());
    for (const QString &id : std::as_const(ids))
        indicators.append(id);
    int segments = 0, cues = 0, distractors = 0, hotspots = 0, choices = 0, critical = 0;
    auto count = [&](const FlagTarget &t) {
        cues += t.kind == FlagTarget::Kind::Cue;
        distractors += t.kind == FlagTarget::Kind::Distractor;
    };
    for (const Scene &scene : scenario.scenes) {
        for (const Line &line : scene.lines)
            for (const Segment &s : line.segments) {
                ++segments;
                count(s.target);
            }
        for (const Media &m : scene.media)
            for (const Hotspot &h : m.hotspots) {
                ++hotspots;
                count(h.target);
            }
        for (const Choice &c : scene.choices) {
            ++choices;
            critical += c.criticalError.has_value();
            for (const ReplyLine &line : c.reply)
                for (const Segment &s : line.segments) {
                    ++segments;
                    count(s.target);
                }
        }
    }
    return QJsonObject{
        {u"id"_s, scenario.id},
        {u"version"_s, scenario.version},
        {u"formatVersion"_s, scenario.formatVersion},
        {u"title"_s, scenario.title.text(scenario.languages.value(0))},
        {u"form"_s, scenario.form},
        {u"subject"_s, scenario.subject},
        {u"languages"_s, QJsonArray::fromStringList(scenario.languages)},
        {u"audience"_s, QJsonArray::fromStringList(scenario.audience)},
        {u"estimatedMinutes"_s, scenario.estimatedMinutes},
        {u"scenes"_s, int(scenario.scenes.size())},
        {u"endings"_s, int(scenario.endings.size())},
        {u"choices"_s, choices},
        {u"criticalErrorChoices"_s, critical},
        {u"segments"_s, segments},
        {u"hotspots"_s, hotspots},
        {u"cues"_s, cues},
        {u"distractors"_s, distractors},
        {u"indicators"_s, indicators},
        {u"questions"_s, int(scenario.questions.size())},
        {u"maxScore"_s, partsToJson(bestReachable(scenario))},
        {u"ilo"_s,
         [&] {
             // What "derive-ilo" keys give: authors check their story against the rule here.
             if (!scenario.catalog)
                 return QJsonObject();
             const IloAssessment ilo = assessIndicators(scenarioIndicators(scenario), *scenario.catalog,
                                                        scenario.subject == u"child");
             QJsonArray positive;
             for (int d = 0; d < dimensionCount; ++d)
                 if (ilo.positiveDimensions.contains(Dimension(d)))
                     positive.append(dimensionId(Dimension(d)));
             return QJsonObject{{u"judgement"_s, ilo.judgement}, {u"positiveDimensions"_s, positive}};
         }()},
        {u"contentHash"_s, QString::fromLatin1(scenario.contentHash())},
    };
}

} // namespace saskati
