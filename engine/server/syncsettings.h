#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

namespace saskati {

class ResultsDatabase;
struct ServerAddress;

/// Which server a results file syncs with, kept in the file itself (its settings table), so that the file and
/// where its results go stay together: the app's server tab writes it, the app's background sync and
/// `saskati-cli sync` without --server read it. The address is kept without its password
/// (serverpasswords.h keeps that, for the person only).
struct SyncSettings {
    QString address;        // a postgresql:// URL, no password; empty: no server
    bool automatic = true;  // the app syncs in the background
    QDateTime lastComplete; // the last sync that sent everything (UTC); invalid: none yet

    static SyncSettings read(ResultsDatabase &store);
    /// Keeps address and automatic (lastComplete is the sync's to write).
    Result<void> save(ResultsDatabase &store) const;
    /// A sync to `synced` sent everything that was pending: now, when `synced` is this file's own server (a
    /// sync to another one, `saskati-cli sync --server`, says nothing about it).
    static Result<void> markComplete(ResultsDatabase &store, const ServerAddress &synced);
    /// `url` without its password.
    static QString withoutPassword(const QString &url);
};

} // namespace saskati
