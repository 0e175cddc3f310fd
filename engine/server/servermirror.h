#pragma once

#include "result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <functional>
#include <utility>

namespace saskati {

class ResultsStore;
class ServerConnection;

/// What one refresh of a server mirror did (`saskati-cli server mirror` prints it).
struct MirrorReport {
    QMap<QString, qint64> added;   // rows new in the mirror, by set (participants, attempts, ...)
    QMap<QString, qint64> changed; // rows the server had changed since the last refresh
    QMap<QString, qint64> removed; // rows gone from the server (erased) or no longer visible to the account
    bool startedOver = false;      // another server or account than last time: the mirror was emptied first
    bool fullPass = false;         // every row was listed (else only those written since the last reading)
    QString municipality;          // the account's (empty for the administrator)
    QString toText() const;
};

/// The coordinator's review of the server (docs/server.md, "The review from the server"): a results file on
/// this computer that holds what the account may read on the server, row for row in the laptop's schema, so
/// that every review view, filter, report and export reads it as it reads a laptop's file. Row-level security
/// decides what comes: a coordinator gets the municipality, a lecturer their own rows.
///
/// A refresh reads the server in one read-only, repeatable-read transaction (a consistent picture) and brings
/// only what changed: each row's version is the server's own row version (`xmin`, new with every insert or
/// update), kept beside the row in `mirror_rows`; what the server no longer shows is removed, a person by the
/// store's erasure (backups and the write-ahead log included). The mirror is written in pieces of a few
/// hundred attempts, each one transaction with the versions it brings: a refresh interrupted anywhere is
/// taken up by the next. A mirror is never sent anywhere (ServerSync refuses it) and never written by the
/// app.
class ServerMirror {
public:
    ServerMirror(ResultsStore &mirror, ServerConnection &server);

    /// Keys per server query and per mirror transaction.
    void setPieceSize(int keys) { m_piece = keys; }
    /// List every row the account may read, as the first reading does and one a day does by itself: it also
    /// finds review rows the server removed without writing any (the next reading otherwise lists only the
    /// rows written since the last one, and the people erased since).
    void setFullPass(bool full) { m_forceFull = full; }
    /// Called after each committed piece; return false to stop there (the next refresh goes on).
    void setProgress(std::function<bool(const MirrorReport &)> progress) { m_progress = std::move(progress); }

    Result<MirrorReport> refresh();

    /// One kind of row the mirror keeps (servermirror.cpp lists them).
    struct Set;

    /// Whether the open results file at hand is a server mirror (it names the server it copies).
    static bool isMirror(ResultsStore &store);
    /// The municipalities a mirror's attempts were recorded in, by id, with their names (id and name).
    static QList<std::pair<QString, QString>> municipalities(ResultsStore &mirror);
    /// The mirror's setting that names the server it copies (installation id), and the account's.
    static QString installationSetting();
    static QString accountSetting();
    /// When the mirror was last complete (ISO 8601, UTC), as a setting.
    static QString refreshedSetting();
    /// The server's municipalities as a JSON object {id: name}, as a setting.
    static QString municipalitiesSetting();
    /// The server's snapshot (pg_current_snapshot()) the last complete reading saw, when the last full pass
    /// was (ISO 8601, UTC), and the last erasure read (its seq), as settings.
    static QString snapshotSetting();
    /// The server's address as read (without a password: ServerAddress::display()).
    static QString serverSetting();
    static QString fullPassSetting();
    static QString erasuresSetting();
    /// Where the app keeps the server's copy for the results file at `resultsPath`: beside it, in the same
    /// owner-only folder.
    static QString pathBeside(const QString &resultsPath);

private:
    Result<void> startOverIfAnotherServer(MirrorReport *report);
    Result<void> bringSet(const Set &set, MirrorReport *report);
    Result<void> bringPiece(const Set &set, const QStringList &keys, const QMap<QString, QString> &versions,
                            const QMap<QString, QString> &municipalities);
    Result<void> removeGone(const Set &set, const QStringList &keys);
    /// Whether this reading lists only what was written since the last one (`now`: this reading's snapshot).
    bool chooseIncremental(const QString &now);
    /// An SQL condition: the row of table alias `alias` was written after the last reading's snapshot.
    QString writtenSince(const QString &alias) const;
    /// People erased on the server since the last reading, and the rows that went with them.
    Result<void> followErasures(MirrorReport *report);
    Result<void> forgetVanishedRows(MirrorReport *report);
    Result<void> copyRows(const QString &serverSql, const QStringList &keys, const QString &table,
                          const QStringList &columns, bool upsert);

    ResultsStore &m_mirror;
    ServerConnection &m_server;
    int m_piece = 500;
    std::function<bool(const MirrorReport &)> m_progress;
    bool m_stopped = false;
    bool m_forceFull = false;
    QString m_since;   // the last reading's snapshot; empty: a full pass
    qint64 m_xmax = 0; // this reading's snapshot's xmax (64-bit)
};

} // namespace saskati
