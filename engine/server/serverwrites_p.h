#pragma once

#include <QString>

namespace saskati::serverwrites {

/// The server's statement that takes the rows of one table sent by a laptop (a JSON array of arrays in the
/// laptop's column order, bound as its one parameter) and keeps those it does not have; for the rows a laptop
/// may change later (an attempt that finished, a renamed seminar) a second statement, update(), brings the
/// changed ones up to date. Rows go in key order, so two laptops sending the same seminar at once take their
/// locks on new rows in the same order.
QString insert(const QString &table);
/// For the rows under attempts that every one was new on the server in this transaction (events, items,
/// indicators; empty for the others): nothing of theirs can be there, and the attempts are the account's own,
/// so the rows go in as sent. insert() looks for each row's attempt and for a conflict first, which with
/// row-level security's and the foreign key's own checks made three index lookups per event
/// (bench/bench_sync.cpp).
QString insertUnderNew(const QString &table);
/// Empty when the table's rows never change once written.
QString update(const QString &table);
/// For the review rows (items, indicators), which the laptop rewrites when it indexes an attempt again:
/// removes the server's rows of the batch's attempts that the laptop no longer has. Two parameters: the
/// attempts' keys, then the rows sent.
QString prune(const QString &table);

} // namespace saskati::serverwrites
