#include "resultsselection.h"

#include <QSet>

namespace saskati {

SelectedResults selectResults(ResultsStore &store, const ExportSelection &selection)
{
    SelectedResults s;
    const QList<Seminar> allSeminars = store.seminars();
    QSet<QString> seminarIds;
    for (const Seminar &seminar : allSeminars)
        if (selection.seminars.isEmpty() || selection.seminars.contains(seminar.uuid) ||
            selection.seminars.contains(seminar.title))
            seminarIds.insert(seminar.uuid);
    QSet<QString> participantIds;
    for (const Participant &p : store.participants())
        if (selection.participants.isEmpty() || selection.participants.contains(p.uuid) ||
            selection.participants.contains(p.code) || selection.participants.contains(p.displayName))
            participantIds.insert(p.uuid);
    for (const AttemptRecord &a : store.attempts()) {
        if (!participantIds.contains(a.participant))
            continue;
        // With seminars chosen, only their attempts; otherwise solo practice counts too.
        if (!selection.seminars.isEmpty() && !seminarIds.contains(a.seminar))
            continue;
        s.attempts.append(a);
    }
    for (const KnowledgeAnswer &k : store.knowledgeAnswers())
        if (participantIds.contains(k.participant) && seminarIds.contains(k.seminar))
            s.knowledgeAnswers.append(k);
    QSet<QString> usedParticipants, usedSeminars;
    for (const AttemptRecord &a : std::as_const(s.attempts)) {
        usedParticipants.insert(a.participant);
        if (!a.seminar.isEmpty())
            usedSeminars.insert(a.seminar);
    }
    for (const KnowledgeAnswer &k : std::as_const(s.knowledgeAnswers)) {
        usedParticipants.insert(k.participant);
        usedSeminars.insert(k.seminar);
    }
    for (const Participant &p : store.participants())
        if (participantIds.contains(p.uuid) &&
            (selection.seminars.isEmpty() || usedParticipants.contains(p.uuid)))
            s.participants.append(p);
    for (const Seminar &seminar : allSeminars)
        if (seminarIds.contains(seminar.uuid) &&
            (selection.participants.isEmpty() || usedSeminars.contains(seminar.uuid)))
            s.seminars.append(seminar);
    return s;
}

} // namespace saskati
