#pragma once

#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace saskati {

class ResultsDatabase;

/// A real person who takes part. Only what training needs: a display name, an optional pseudonymous code, a
/// role.
struct Participant {
    QString uuid;
    QString displayName;
    QString code; // pseudonymous code used in exports; generated when not given
    QString role; // catalogue audience role id
    QDateTime created;
};

/// The people in a results database: adding, finding, and erasing them with everything of theirs
/// (docs/results-store.md, "Personal data"). A part of ResultsStore; it works on any open ResultsDatabase.
class ParticipantRecords {
public:
    explicit ParticipantRecords(ResultsDatabase &db)
        : m_db(db)
    {}
    ParticipantRecords(const ParticipantRecords &) = delete; // a part lives on its database, inside its store
    ParticipantRecords &operator=(const ParticipantRecords &) = delete;

    Result<Participant> addParticipant(const QString &displayName, const QString &role = {},
                                       const QString &code = {});
    QList<Participant> participants();
    /// Those who practise on this computer: everyone but the people whose every attempt was in a seminar (the
    /// names typed on phones). One query, however many people the store holds.
    QList<Participant> practisingParticipants();
    /// Fails when there is no such participant, or several of that name.
    Result<Participant> participant(const QString &uuidOrNameOrCode);
    /// Everyone whose name or code contains `text` (ignoring case and accents: "marite" finds "Mārīte"), by
    /// name; at most `limit`. Solo trainees, seminar phones and people who left early alike.
    QList<Participant> findParticipants(const QString &text, int limit = 50);
    /// How many attempts each participant has (any status), by uuid: to tell two people of one name apart.
    QHash<QString, int> attemptCounts();
    /// Deletes the participant and every attempt and event of theirs, whatever their status, here and in the
    /// backups; freed pages are overwritten. Fails when there is no such participant.
    Result<void> eraseParticipant(const QString &uuid);
    /// Replaces the names of everyone who took part in the seminar by their pseudonymous codes, here and in
    /// the backups; returns how many names were replaced.
    Result<int> pseudonymiseSeminar(const QString &seminar);

private:
    QList<Participant> participantsWhere(const QString &where);
    /// A code that is not taken yet, or empty when none could be found.
    QString freeCode();

    ResultsDatabase &m_db;
};

} // namespace saskati
