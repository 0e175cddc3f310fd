// A sync's read-ahead (engine/results/syncreadahead.h): the batch it reads on its own thread and connection
// is the one the sync would read itself, also while the sync acknowledges the batch before on its connection.
#include "../server/laptopdata.h"
#include "resultsstore.h"
#include "syncreadahead.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

const SyncBatchShape s_attemptShape{{u""_s, u"participants"_s, u"seminars"_s, u"events"_s, u"items"_s}, true};

} // namespace

Q_DECLARE_METATYPE(saskati::SyncBatchShape)

class TestSyncReadAhead : public QObject {
    Q_OBJECT

    QTemporaryDir m_folder;
    std::unique_ptr<ResultsStore> m_store;

    QStringList outboxKeys(const QString &kind)
    {
        QStringList keys;
        for (const OutboxEntry &e : m_store->batch(kind, 100000))
            keys.append(e.key);
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_store = std::make_unique<ResultsStore>(m_folder.filePath(u"laptop.sqlite"_s));
        QVERIFY(m_store->open().ok());
        QVERIFY(testing::fillLaptop(*m_store, {.seed = 7, .attempts = 90}));
    }

    void readsWhatTheSyncWouldRead_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("afterIndex"); // -1: from the first key
        QTest::addColumn<int>("limit");
        QTest::addColumn<SyncBatchShape>("shape");
        QTest::newRow("the first attempts") << u"attempt"_s << -1 << 20 << s_attemptShape;
        QTest::newRow("attempts after the 20th") << u"attempt"_s << 19 << 20 << s_attemptShape;
        QTest::newRow("the last attempts, fewer than asked") << u"attempt"_s << 79 << 20 << s_attemptShape;
        QTest::newRow("nothing after the last") << u"attempt"_s << 89 << 20 << s_attemptShape;
        QTest::newRow("people") << u"participant"_s << -1 << 500 << SyncBatchShape{{u""_s}, false};
        QTest::newRow("seminars") << u"seminar"_s << 0 << 500 << SyncBatchShape{{u""_s}, false};
    }

    void readsWhatTheSyncWouldRead()
    {
        QFETCH(QString, kind);
        QFETCH(int, afterIndex);
        QFETCH(int, limit);
        QFETCH(SyncBatchShape, shape);
        const QStringList keys = outboxKeys(kind);
        QVERIFY(afterIndex < keys.size());
        const QString after = afterIndex < 0 ? QString() : keys.at(afterIndex);

        SyncReadAhead ahead(m_store->path());
        ahead.start(kind, after, limit, shape);
        QVERIFY(ahead.reads(kind, after));
        const Result<SyncBatchRows> read = ahead.take();
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QVERIFY(!ahead.reads(kind, after));
        const Result<SyncBatchRows> here = readSyncBatch(m_store->database(), kind, after, limit, shape);
        QVERIFY(here.ok());

        const QStringList expected = keys.mid(afterIndex + 1, limit);
        QCOMPARE(read->keys, expected);
        QCOMPARE(here->keys, expected);
        QCOMPARE(read->rows, here->rows);
        QCOMPARE(read->snapshotHashes, here->snapshotHashes);
        if (!expected.isEmpty()) {
            QCOMPARE(read->rows.size(), shape.related.size());
            // Real rows: each table's are a JSON array of rows, each row an array; the kind's own are the
            // batch's keys, in order.
            for (auto it = read->rows.cbegin(); it != read->rows.cend(); ++it) {
                QJsonParseError error;
                const QJsonDocument json = QJsonDocument::fromJson(it.value().toUtf8(), &error);
                QVERIFY2(error.error == QJsonParseError::NoError && json.isArray(),
                         qPrintable(it.key() + u": "_s + error.errorString()));
                QVERIFY(!json.array().isEmpty());
                for (const QJsonValue &row : json.array())
                    QVERIFY(row.isArray() && !row.toArray().isEmpty());
            }
            QStringList own;
            for (const QJsonValue &row : QJsonDocument::fromJson(read->rows.value(u""_s).toUtf8()).array())
                own.append(row.toArray().first().toString());
            QCOMPARE(own, expected);
        }
        QCOMPARE(read->snapshotHashes.isEmpty(), !shape.snapshots || expected.isEmpty());
        if (shape.related.contains(u"events"_s))
            QCOMPARE(QJsonDocument::fromJson(read->rows.value(u"events"_s).toUtf8()).array().size(),
                     25 * expected.size());
    }

    // As a sync does it: the next batch read ahead while this one is acknowledged on the store's connection.
    void readsWhileTheSyncAcknowledges()
    {
        const QStringList all = outboxKeys(u"attempt"_s);
        QCOMPARE(all.size(), 90);
        SyncReadAhead ahead(m_store->path());
        QStringList sent;
        Result<SyncBatchRows> batch = readSyncBatch(m_store->database(), u"attempt"_s, {}, 7, s_attemptShape);
        while (batch.ok() && !batch->entries.isEmpty()) {
            ahead.start(u"attempt"_s, batch->keys.last(), 7, s_attemptShape);
            QVERIFY(m_store->acknowledge(batch->entries).ok());
            sent += batch->keys;
            batch = ahead.take();
        }
        QVERIFY2(batch.ok(), qPrintable(batch.error().message));
        QCOMPARE(sent, all);
        QVERIFY(outboxKeys(u"attempt"_s).isEmpty());
    }

    void theNewestStartIsTaken()
    {
        const QStringList people = outboxKeys(u"participant"_s);
        QVERIFY(people.size() > 3);
        SyncReadAhead ahead(m_store->path());
        ahead.start(u"participant"_s, {}, 1, {{u""_s}, false});
        ahead.start(u"participant"_s, people.at(1), 1, {{u""_s}, false});
        QVERIFY(ahead.reads(u"participant"_s, people.at(1)));
        const Result<SyncBatchRows> read = ahead.take();
        QVERIFY(read.ok());
        QCOMPARE(read->keys, QStringList{people.at(2)});
    }

    void aFileItCannotOpen()
    {
        SyncReadAhead ahead(m_folder.filePath(u"no-such-folder/laptop.sqlite"_s));
        ahead.start(u"attempt"_s, {}, 10, s_attemptShape);
        const Result<SyncBatchRows> read = ahead.take();
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.startsWith(u"Could not open the results file a second time"_s),
                 qPrintable(read.error().message));
        QVERIFY(!ahead.take().ok()); // nothing started any more
    }
};

QTEST_GUILESS_MAIN(TestSyncReadAhead)
#include "tst_syncreadahead.moc"
