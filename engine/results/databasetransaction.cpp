#include "resultsdatabase.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

// The one way to write together (docs/results-store.md, 6): BEGIN IMMEDIATE outermost, a SAVEPOINT per level
// inside, and a commit that is refused once SQLite has rolled the whole transaction back under a level.

namespace saskati {

ResultsDatabase::Transaction::Transaction(ResultsDatabase &database)
    : m_database(&database)
{
    Result<int> level = m_database->beginLevel();
    m_open = level.ok();
    if (level)
        m_level = *level;
    else
        m_began = level.error();
}

ResultsDatabase::Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Result<void> ResultsDatabase::Transaction::commit()
{
    if (!m_open)
        return m_began.ok() ? Error(u"Could not save: the work was already rolled back."_s) : m_began.error();
    m_open = false;
    return m_database->endLevel(m_level, true);
}

void ResultsDatabase::Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_database->endLevel(m_level, false);
}

Result<int> ResultsDatabase::beginLevel()
{
    QSqlQuery q(database());
    const int depth = m_transactionDepth;
    if (depth == 0) {
        if (!q.exec(u"BEGIN IMMEDIATE"_s))
            return fail(u"start saving"_s, q.lastError());
        m_transactionBroken = false;
    } else if (!q.exec(u"SAVEPOINT level%1"_s.arg(depth))) {
        return fail(u"start saving"_s, q.lastError());
    }
    m_transactionDepth = depth + 1;
    return depth;
}

Result<void> ResultsDatabase::endLevel(int level, bool commit)
{
    // Levels end innermost first; a level left open inside this one (a bug) ends with it.
    Q_ASSERT(level == m_transactionDepth - 1);
    if (level >= m_transactionDepth)
        return Error(u"Could not save: the work was already rolled back."_s);
    m_transactionDepth = level;
    QSqlQuery q(database());
    if (level > 0) {
        // Some errors (a full disk, I/O) make SQLite roll the whole transaction back: then the savepoint is
        // gone, and the outermost level must not report a commit.
        const bool ok =
            commit ? q.exec(u"RELEASE level%1"_s.arg(level))
                   : q.exec(u"ROLLBACK TO level%1"_s.arg(level)) && q.exec(u"RELEASE level%1"_s.arg(level));
        if (!ok) {
            m_transactionBroken = true;
            return fail(u"save"_s, q.lastError());
        }
        return {};
    }
    if (!commit || m_transactionBroken) {
        q.exec(u"ROLLBACK"_s);
        if (commit)
            return Error(u"Could not save: the database refused part of the work, so none of it was kept."_s);
        return {};
    }
    if (q.exec(u"COMMIT"_s))
        return {};
    const Error failed = fail(u"save"_s, q.lastError());
    q.exec(u"ROLLBACK"_s);
    return failed;
}

} // namespace saskati
