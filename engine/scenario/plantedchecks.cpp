// Planted details (format 2): each is planted by an unreliable reply and named where the case can act on it,
// and the key never rewards acting on it.
#include "ilorule.h"
#include "scenariochecks_p.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// The options a question's key counts correct, as the loader will derive them for "derive-ilo".
QStringList correctOptions(const Scenario &s, const Question &q)
{
    if (!q.deriveFromIndicators || !s.catalog)
        return q.correct;
    return iloCorrectOptions(assessIndicators(scenarioIndicators(s), *s.catalog, s.subject == u"child"),
                             q.kind);
}

} // namespace

void checkPlantedDetails(const Scenario &s, const ValidationInput &in, Reporter &reporter)
{
    QSet<QString> declared, planted, restedOn;
    for (const PlantedDetail &d : s.plantedDetails)
        declared.insert(d.id);
    for (const auto &[id, offset] : in.plantedDetails)
        if (!declared.contains(id))
            reporter.error(offset, u"unknown planted detail '%1'; declare it in 'plantedDetails' at the top "
                                   u"level (its detail and the truth) or fix the id"_s.arg(id));
    for (const Scene &scene : s.scenes)
        for (const Choice &choice : scene.choices) {
            for (const ReplyLine &line : choice.reply) {
                if (line.plants.isEmpty())
                    continue;
                planted.insert(line.plants);
                if (!line.unreliable)
                    reporter.error(
                        line.plantsOffset,
                        u"reply line '%1' plants '%2' but is not marked unreliable; a planted detail "
                        u"is what a leading question produced: add \"unreliable\": true"_s.arg(line.id,
                                                                                               line.plants));
            }
            for (const QString &id : choice.restsOn)
                restedOn.insert(id);
        }
    for (const Question &q : s.questions) {
        const QStringList correct = correctOptions(s, q);
        for (const AnswerOption &o : q.options) {
            for (const QString &id : o.restsOn)
                restedOn.insert(id);
            if (!o.restsOn.isEmpty() && correct.contains(o.id))
                reporter.error(
                    o.restsOnOffset,
                    u"option '%1' of question '%2' rests on a planted (wrong) detail but is a "
                    u"correct answer; an answer that acts on a wrong detail cannot be right: remove "
                    u"'restsOn' or change the key"_s.arg(o.id, q.id));
        }
    }
    if (s.referral) {
        for (const QList<ReferralItem> *items : {&s.referral->required, &s.referral->recommended})
            for (const ReferralItem &item : *items)
                if (!item.restsOn.isEmpty())
                    reporter.error(
                        item.restsOnOffset,
                        u"a required or recommended referral rests on a planted (wrong) detail; only "
                        u"a harmful entry can: move it to 'harmful' or remove 'restsOn'"_s);
        for (const ReferralItem &item : s.referral->harmful)
            for (const QString &id : item.restsOn)
                restedOn.insert(id);
    }
    for (const PlantedDetail &d : s.plantedDetails) {
        if (!planted.contains(d.id))
            reporter.error(d.offset,
                           u"planted detail '%1' is planted by no reply line; add \"plants\": \"%1\" to "
                           u"the unreliable reply that says it, or remove it"_s.arg(d.id));
        else if (!restedOn.contains(d.id))
            reporter.warning(
                d.offset,
                u"nothing in the case rests on planted detail '%1': only a flag on the planted words "
                u"can act on it; add it to the 'restsOn' of a choice, an "
                u"answer option or a harmful referral that acts on it"_s.arg(d.id));
    }
}

} // namespace saskati
