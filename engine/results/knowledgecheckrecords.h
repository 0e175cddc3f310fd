#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace saskati {

class ResultsDatabase;

/// One participant's answer to one question of a seminar's knowledge check (issue #20), in one round.
/// `correct` is judged against the catalogue's key when the answer is given and kept with it, so that a later
/// correction of the catalogue does not change a seminar already held.
struct KnowledgeAnswer {
    enum class Round { Before, After };
    QString seminar;
    QString participant;
    Round round = Round::Before;
    QString check; // the knowledge check's id (its audience role)
    QString question;
    QString option;
    bool correct = false;
    QDateTime answered;
};

QString roundId(KnowledgeAnswer::Round round);
bool roundFromId(const QString &id, KnowledgeAnswer::Round *round);

/// The knowledge checks' answers (docs/results-store.md, `knowledge_answers`): one row per seminar,
/// participant, round and question; a later answer replaces the earlier one. Erasing a participant erases
/// their answers (ON DELETE CASCADE). A part of ResultsStore; it works on any open ResultsDatabase.
class KnowledgeCheckRecords {
public:
    explicit KnowledgeCheckRecords(ResultsDatabase &db)
        : m_db(db)
    {}
    KnowledgeCheckRecords(const KnowledgeCheckRecords &) = delete; // a part lives on its database
    KnowledgeCheckRecords &operator=(const KnowledgeCheckRecords &) = delete;

    Result<void> saveKnowledgeAnswer(const KnowledgeAnswer &answer);
    /// Every answer given in `seminar` (every seminar when empty), by participant, round and question.
    QList<KnowledgeAnswer> knowledgeAnswers(const QString &seminar = {});
    /// The seminar's check showed its right answers on the phones (`knowledge_key_shown`, version 9): no
    /// round of it may open again. The first time is kept.
    Result<void> markKnowledgeKeyShown(const QString &seminar);
    bool knowledgeKeyShown(const QString &seminar);

private:
    ResultsDatabase &m_db;
};

} // namespace saskati
