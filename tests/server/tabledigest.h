#pragma once
// One canonical text per table and side, hashed: equal digests mean a PostgreSQL server (as the connected
// account sees it) and an SQLite results file hold the same rows. For the sync and mirror tests.
#include "resultsstore.h"
#include "serverconnection.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace saskati::testing {

using namespace Qt::StringLiterals;

// Each shared table's rows, in one canonical text per side: equal digests mean the server holds exactly the
// laptop's rows (times in UTC with milliseconds, as the laptop writes them).
inline const QList<std::pair<QString, QString>> s_tables = {
    {u"uuid, display_name, code, role, %created"_s, u"participants ORDER BY uuid"_s},
    {u"uuid, title, date, place, lecturer, audience, scenarios, notes, %created"_s,
     u"seminars ORDER BY uuid"_s},
    {u"uuid, participant_uuid, seminar_uuid, mode, scenario_id, scenario_version, content_hash, %started, "
     u"%finished, status, score, language, room_run_uuid, percent, total, feedback"_s,
     u"attempts ORDER BY uuid"_s},
    {u"content_hash, scenario_id, version, %source"_s, u"scenario_snapshots ORDER BY content_hash"_s},
    {u"seminar_uuid, %shown"_s, u"knowledge_key_shown ORDER BY seminar_uuid"_s},
    {u"attempt_uuid, seq, %time, type, payload"_s, u"events ORDER BY attempt_uuid, seq"_s},
    {u"attempt_uuid, item, mark, max, answer"_s, u"attempt_items ORDER BY attempt_uuid, item"_s},
    {u"attempt_uuid, indicator, present, found, false_named"_s,
     u"attempt_indicators ORDER BY attempt_uuid, indicator"_s},
    {u"uuid, seminar_uuid, scenario_id, scenario_version, content_hash, language, %started, %finished, status, score"_s,
     u"room_runs ORDER BY uuid"_s},
    {u"run_uuid, seq, %time, type, payload"_s, u"room_events ORDER BY run_uuid, seq"_s},
    {u"run_uuid, decision, scene, counts, %time"_s, u"room_hand_counts ORDER BY run_uuid, decision"_s},
    {u"seminar_uuid, participant_uuid, round, check_id, question_id, option_id, correct, %answered"_s,
     u"knowledge_answers ORDER BY seminar_uuid, participant_uuid, round, question_id"_s},
    {u"institution, phone, free_phone, address, email, website, hours, verified_on, %updated"_s,
     u"institution_contacts ORDER BY institution"_s},
};

inline QByteArray digest(const QSqlDatabase &db, const QString &columns, const QString &from, bool server)
{
    // %name: a time, written by the laptop as text in UTC with milliseconds; %source: bytes, compared as hex.
    QStringList select;
    for (QString column : columns.split(u", "_s)) {
        if (column == u"%source")
            column = server ? u"upper(encode(source, 'hex'))"_s : u"hex(source)"_s;
        else if (column.startsWith(u'%'))
            column = server ? u"to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"_s.arg(
                                  column.mid(1))
                            : column.mid(1);
        else if (server && (column == u"date" || column == u"verified_on"))
            column = u"coalesce(%1::text, '')"_s.arg(column);
        else if (!server && (column == u"date" || column == u"verified_on"))
            column = u"coalesce(%1, '')"_s.arg(column);
        select.append(column);
    }
    QSqlQuery q(db);
    if (!q.exec(u"SELECT %1 FROM %2%3"_s.arg(select.join(u", "_s), server ? u"saskati."_s : QString(), from)))
        return "failed: " + q.lastError().text().toUtf8();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    int rows = 0;
    while (q.next()) {
        ++rows;
        for (int i = 0; i < select.size(); ++i) {
            const QVariant v = q.value(i);
            // Numbers as numbers (a REAL 2.5 and a double precision 2.5), the rest as text.
            const QString text = v.isNull()                        ? u"∅"_s
                                 : v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'g', 17)
                                                                   : v.toString();
            hash.addData(text.toUtf8());
            hash.addData("\x1f");
        }
        hash.addData("\x1e");
    }
    return QByteArray::number(rows) + ' ' + hash.result().toHex().left(16);
}

// Empty when the server holds exactly what the laptop holds; else the first table that differs.
// `withContacts`: the directory's corrections too (a server mirror keeps none).
inline QString difference(ResultsStore &laptop, ServerConnection &server, bool withContacts = true)
{
    for (const auto &[columns, from] : s_tables) {
        if (!withContacts && from.startsWith(u"institution_contacts"_s))
            continue;
        const QByteArray here = digest(laptop.database(), columns, from, false);
        const QByteArray there = digest(server.database(), columns, from, true);
        if (here != there)
            return u"%1: laptop %2, server %3"_s.arg(from.section(u' ', 0, 0), QString::fromUtf8(here),
                                                     QString::fromUtf8(there));
    }
    return {};
}

/// The sum of a report's counts (what a sync sent, what a mirror added), over every kind.
inline qint64 total(const QMap<QString, qint64> &counts)
{
    qint64 n = 0;
    for (qint64 c : counts)
        n += c;
    return n;
}

} // namespace saskati::testing
