// The keys: the referral key and the questions are asked by a scene, the referral key is consistent, and a
// judgement question agrees with the ILO/EC rule.
#include "scenariochecks_p.h"

#include "ilorule.h"

using namespace Qt::StringLiterals;

namespace saskati {

void checkKeysAreAsked(const Scenario &s, Reporter &reporter)
{
    bool referralScene = false, assessmentScene = false;
    for (const Scene &scene : s.scenes) {
        if (scene.kind == Scene::Kind::Referral) {
            referralScene = true;
            if (!s.referral)
                reporter.error(scene.offset,
                               u"scene '%1' asks for a referral plan, but the scenario has no 'referral' "
                               u"key; add one"_s.arg(scene.id));
        }
        if (scene.kind == Scene::Kind::Assessment) {
            assessmentScene = true;
            if (s.questions.isEmpty())
                reporter.error(scene.offset,
                               u"scene '%1' is an assessment, but the scenario has no 'questions'; add "
                               u"them"_s.arg(scene.id));
        }
    }
    if (s.referral && !referralScene)
        reporter.error(s.referral->offset,
                       u"the scenario has a 'referral' key but no scene of kind \"referral\" asks "
                       u"for the plan; add one"_s);
    if (!s.questions.isEmpty() && !assessmentScene)
        reporter.error(s.questions.first().offset, u"the scenario has 'questions' but no scene of kind "
                                                   u"\"assessment\" asks them; add one"_s);
}

void checkReferralKey(const Scenario &s, Reporter &reporter)
{
    if (!s.referral)
        return;
    QSet<QString> wanted;
    for (const ReferralItem &item : s.referral->required + s.referral->recommended) {
        for (const QString &institution : item.institutions) {
            if (wanted.contains(institution))
                reporter.error(
                    item.offset,
                    u"institution '%1' is listed twice in 'referral'; keep one entry"_s.arg(institution));
            wanted.insert(institution);
        }
    }
    for (const ReferralItem &item : s.referral->harmful)
        for (const QString &institution : item.institutions)
            if (wanted.contains(institution))
                reporter.error(item.offset,
                               u"institution '%1' is both wanted and harmful in 'referral'; decide "
                               u"which"_s.arg(institution));
    for (const OrderConstraint &oc : s.referral->order)
        if (!wanted.contains(oc.first) || !wanted.contains(oc.then))
            reporter.error(oc.offset,
                           u"the order constraint names an institution that is neither required nor "
                           u"recommended; list '%1' and '%2' there first"_s.arg(oc.first, oc.then));
}

void checkJudgementKeys(const Scenario &s, Reporter &reporter)
{
    if (!s.catalog)
        return;
    const IloAssessment ilo = assessIndicators(scenarioIndicators(s), *s.catalog, s.subject == u"child");
    for (const Question &q : s.questions) {
        if (q.kind == Question::Kind::Judgement && !q.deriveFromIndicators && !q.correct.isEmpty() &&
            q.correct.first() != ilo.judgement)
            reporter.warning(q.offset,
                             u"question '%1' keys '%2', but the ILO/EC combination rule applied to the "
                             u"scenario's cues gives '%3'; check the key or the cues' indicators"_s.arg(
                                 q.id, q.correct.first(), ilo.judgement));
    }
}

} // namespace saskati
