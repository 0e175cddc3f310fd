#include "action.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace saskati {

QString playModeId(PlayMode mode)
{
    return mode == PlayMode::Seminar ? u"seminar"_s : u"solo"_s;
}

bool playModeFromId(const QString &id, PlayMode *mode)
{
    if (id == u"solo")
        *mode = PlayMode::Solo;
    else if (id == u"seminar")
        *mode = PlayMode::Seminar;
    else
        return false;
    return true;
}

Action Action::start(const Scenario &scenario, PlayMode mode)
{
    return {Event::Type::Start, QJsonObject{{u"scenario"_s, scenario.id},
                                            {u"version"_s, scenario.version},
                                            {u"contentHash"_s, QString::fromLatin1(scenario.contentHash())},
                                            {u"mode"_s, playModeId(mode)}}};
}

Action Action::startVoting(const Scenario &scenario)
{
    Action action = start(scenario, PlayMode::Seminar);
    action.payload.insert(u"voting"_s, true);
    return action;
}

Action Action::flag(const QString &target, const QString &indicator)
{
    QJsonObject payload{{u"target"_s, target}};
    if (!indicator.isEmpty())
        payload.insert(u"indicator"_s, indicator);
    return {Event::Type::Flag, payload};
}

Action Action::unflag(const QString &target)
{
    return {Event::Type::Unflag, QJsonObject{{u"target"_s, target}}};
}

Action Action::choose(const QString &choice)
{
    return {Event::Type::Choose, QJsonObject{{u"choice"_s, choice}}};
}

Action Action::vote(const QString &choice)
{
    return {Event::Type::Vote, QJsonObject{{u"choice"_s, choice}}};
}

Action Action::submitReferral(const QList<ReferralStep> &plan)
{
    QJsonArray steps;
    for (const ReferralStep &step : plan)
        steps.append(
            QJsonObject{{u"institution"_s, step.institution}, {u"urgency"_s, urgencyId(step.urgency)}});
    return {Event::Type::SubmitReferral, QJsonObject{{u"plan"_s, steps}}};
}

Action Action::answer(const QString &question, const QStringList &options)
{
    return {Event::Type::Answer,
            QJsonObject{{u"question"_s, question}, {u"options"_s, QJsonArray::fromStringList(options)}}};
}

Action Action::stepBack()
{
    return {Event::Type::StepBack, {}};
}

Action Action::abandon()
{
    return {Event::Type::Abandon, {}};
}

} // namespace saskati
