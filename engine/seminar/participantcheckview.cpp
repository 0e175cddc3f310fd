// What a phone is shown of the knowledge check and the take-away (docs/seminar-protocol.md, version 1.3).
#include "participantview.h"
#include "takeawaysheet.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace saskati::participantview {

namespace {

using Round = KnowledgeAnswer::Round;

QJsonObject checkObject(const SeminarRoom &room, const QString &memberId, const QString &language)
{
    const KnowledgeCheck &check = *room.check();
    QJsonArray questions;
    for (const KnowledgeCheck::Question &q : check.questions) {
        QJsonArray options;
        for (const KnowledgeCheck::Option &o : q.options)
            options.append(QJsonObject{{u"id"_s, o.id}, {u"text"_s, o.text.text(language)}});
        questions.append(
            QJsonObject{{u"id"_s, q.id}, {u"text"_s, q.text.text(language)}, {u"options"_s, options}});
    }
    return QJsonObject{{u"round"_s, roundId(room.checkRound())},
                       {u"questions"_s, questions},
                       {u"answers"_s, checkAnswers(room, memberId)}};
}

// The participant's own result: right answers before and after, and each question with the right answer.
QJsonValue resultObject(const SeminarRoom &room, const QString &memberId, const QString &language)
{
    if (!room.check() || !room.resultsShown())
        return QJsonValue::Null; // the right answers only once the round after has been answered
    const KnowledgeCheck &check = *room.check();
    const QHash<QString, QString> before = room.checkAnswersOf(memberId, Round::Before);
    const QHash<QString, QString> after = room.checkAnswersOf(memberId, Round::After);
    if (before.isEmpty() && after.isEmpty())
        return QJsonValue::Null;
    const auto rightIn = [&](const QHash<QString, QString> &answers) -> QJsonValue {
        if (answers.isEmpty())
            return QJsonValue::Null;
        int right = 0;
        for (const KnowledgeCheck::Question &q : check.questions)
            right += answers.value(q.id) == q.answer ? 1 : 0;
        return right;
    };
    const QHash<QString, QString> &latest = after.isEmpty() ? before : after;
    QJsonArray questions;
    for (const KnowledgeCheck::Question &q : check.questions) {
        const KnowledgeCheck::Option *right = q.option(q.answer);
        const KnowledgeCheck::Option *yours = q.option(latest.value(q.id));
        questions.append(QJsonObject{
            {u"text"_s, q.text.text(language)},
            {u"answer"_s, right ? right->text.text(language) : QString()},
            {u"yours"_s, yours ? QJsonValue(yours->text.text(language)) : QJsonValue(QJsonValue::Null)},
            {u"right"_s, yours && yours->id == q.answer},
            {u"explanation"_s, q.explanation.text(language)}});
    }
    return QJsonObject{{u"before"_s, rightIn(before)},
                       {u"after"_s, rightIn(after)},
                       {u"of"_s, int(check.questions.size())},
                       {u"questions"_s, questions}};
}

} // namespace

QJsonObject checkAnswers(const SeminarRoom &room, const QString &memberId)
{
    QJsonObject answers;
    const QHash<QString, QString> held = room.checkAnswersOf(memberId, room.checkRound());
    for (auto it = held.cbegin(); it != held.cend(); ++it)
        answers.insert(it.key(), it.value());
    return answers;
}

QJsonObject checkState(const SeminarRoom &room, const Catalog *catalog, const QString &memberId,
                       const QString &language)
{
    QJsonObject state{{u"type"_s, u"state"_s},           {u"phase"_s, participantPhaseId(room)},
                      {u"scenario"_s, QString()},        {u"progress"_s, QJsonValue::Null},
                      {u"decision"_s, QJsonValue::Null}, {u"answers"_s, room.answersOf(memberId)}};
    if (room.checkPhase() == SeminarRoom::CheckPhase::Takeaway) {
        const std::optional<TakeawaySheet> sheet =
            catalog ? takeawaySheet(*catalog, room.seminar().audience, language) : std::nullopt;
        state.insert(u"takeaway"_s, sheet ? QJsonValue(sheet->toJson()) : QJsonValue(QJsonValue::Null));
        state.insert(u"result"_s, resultObject(room, memberId, language));
    } else if (room.check()) {
        state.insert(u"check"_s, checkObject(room, memberId, language));
    }
    return state;
}

} // namespace saskati::participantview
