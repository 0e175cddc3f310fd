#pragma once

#include "attemptrecords.h"
#include "directoryrecords.h"
#include "knowledgecheckrecords.h"
#include "participantrecords.h"
#include "resultsdatabase.h"
#include "reviewrows.h"
#include "roomrecords.h"
#include "seminarrecords.h"
#include "syncoutbox.h"

#include <QString>
#include <utility>

namespace saskati {

/// Participants, seminars, attempts and their event logs in one SQLite file (docs/results-store.md): the
/// database (connection, migrations, backups, transactions) with every part of the store on it. Each part
/// keeps one kind of record and is small enough to read alone (participantrecords.h, seminarrecords.h,
/// attemptrecords.h, roomrecords.h, reviewrows.h, directoryrecords.h,
/// knowledgecheckrecords.h, syncoutbox.h); the store is all of them, so that
/// callers hold one object and a Transaction spans parts (an attempt finished with its review rows, a
/// seminar room's step for every participant). The app also lock()s the file, so that one app at a time uses
/// a database; the CLI does not.
class ResultsStore : public ResultsDatabase,
                     public ParticipantRecords,
                     public SeminarRecords,
                     public AttemptRecords,
                     public RoomRecords,
                     public ReviewRows,
                     public DirectoryRecords,
                     public KnowledgeCheckRecords,
                     public SyncOutbox {
public:
    explicit ResultsStore(QString path)
        : ResultsDatabase(std::move(path))
        , ParticipantRecords(static_cast<ResultsDatabase &>(*this))
        , SeminarRecords(static_cast<ResultsDatabase &>(*this))
        , AttemptRecords(static_cast<ResultsDatabase &>(*this))
        , RoomRecords(static_cast<ResultsDatabase &>(*this))
        , ReviewRows(static_cast<ResultsDatabase &>(*this))
        , DirectoryRecords(static_cast<ResultsDatabase &>(*this))
        , KnowledgeCheckRecords(static_cast<ResultsDatabase &>(*this))
        , SyncOutbox(static_cast<ResultsDatabase &>(*this))
    {}
};

} // namespace saskati
