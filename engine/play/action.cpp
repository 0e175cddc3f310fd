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

Action Action::start(const Scenario &scenario, PlayMode mode, std::optional<quint32> choiceOrderSeed)
{
    QJsonObject payload{{u"scenario"_s, scenario.id},
                        {u"version"_s, scenario.version},
                        {u"contentHash"_s, QString::fromLatin1(scenario.contentHash())},
                        {u"mode"_s, playModeId(mode)}};
    if (choiceOrderSeed)
        payload.insert(u"choiceOrderSeed"_s, qint64(*choiceOrderSeed));
    return {Event::Type::Start, payload};
}

Action Action::startVoting(const Scenario &scenario, std::optional<quint32> choiceOrderSeed)
{
    Action action = start(scenario, PlayMode::Seminar, choiceOrderSeed);
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

Action Action::feedback(bool afterEachMove)
{
    return {Event::Type::Feedback, QJsonObject{{u"afterEachMove"_s, afterEachMove}}};
}

QString Action::modeId() const
{
    return payload.value(u"mode"_s).toString();
}

QString Action::scenarioId() const
{
    return payload.value(u"scenario"_s).toString();
}

int Action::scenarioVersion() const
{
    return payload.value(u"version"_s).toInt();
}

bool Action::voting() const
{
    return payload.value(u"voting"_s).toBool();
}

bool Action::hasContentHash() const
{
    return payload.contains(u"contentHash"_s);
}

QString Action::contentHash() const
{
    return payload.value(u"contentHash"_s).toString();
}

std::optional<quint32> Action::choiceOrderSeed(bool *valid) const
{
    if (valid)
        *valid = true;
    const QJsonValue seed = payload.value(u"choiceOrderSeed"_s);
    if (seed.isUndefined())
        return std::nullopt;
    const double value = seed.toDouble(-1);
    if (!seed.isDouble() || value < 0 || value > 4294967295.0 || value != double(qint64(value))) {
        if (valid)
            *valid = false;
        return std::nullopt;
    }
    return quint32(qint64(value));
}

QString Action::target() const
{
    return payload.value(u"target"_s).toString();
}

QString Action::indicator() const
{
    return payload.value(u"indicator"_s).toString();
}

QString Action::choice() const
{
    return payload.value(u"choice"_s).toString();
}

QList<Action::PlannedStep> Action::plan() const
{
    QList<PlannedStep> steps;
    for (const QJsonValue &v : payload.value(u"plan"_s).toArray()) {
        const QJsonObject o = v.toObject();
        steps.append({o.value(u"institution"_s).toString(),
                      o.value(u"urgency"_s).toString(urgencyId(Urgency::WhenReady))});
    }
    return steps;
}

QString Action::question() const
{
    return payload.value(u"question"_s).toString();
}

QStringList Action::options() const
{
    QStringList list;
    for (const QJsonValue &v : payload.value(u"options"_s).toArray())
        list.append(v.toString());
    return list;
}

bool Action::feedbackAfterEachMove(bool *valid) const
{
    const QJsonValue value = payload.value(u"afterEachMove"_s);
    if (valid)
        *valid = value.isBool();
    return value.toBool();
}

} // namespace saskati
