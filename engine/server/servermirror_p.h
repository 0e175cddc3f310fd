#pragma once
// The kinds of row a server mirror keeps (servermirror.h) and how each is listed and copied.
#include "servermirror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace saskati {

/// One kind of row the mirror keeps: how the server lists every visible one with its version (key, version,
/// municipality), and how a piece of them is copied (the set's own table, then the rows under it).
struct ServerMirror::Set {
    struct Copy {
        QString sql; // one parameter: the keys as an array
        QString table;
        QStringList columns;
        bool upsert = false; // the set's own rows; rows under them are removed and copied again
    };
    QString name;
    QString listing;
    QString table, keyColumn; // where a row the server no longer shows is removed
    QList<Copy> copies;
    // The big sets are listed whole only now and then (fullPassSetting()); in between, only the rows written
    // since the last reading: `alias` is the listing's table, `alsoChanged` a condition on it for rows under
    // it written since (%1: whether alias `i` was).
    QString alias{};
    QString alsoChanged{};
};

namespace mirrorsets {

/// In the order the mirror's foreign keys need them: scenarios, people and seminars, rooms and attempts with
/// everything under them, knowledge checks.
const QList<ServerMirror::Set> &all();
/// The people's set (for erasures).
const ServerMirror::Set &participants();

} // namespace mirrorsets

} // namespace saskati
