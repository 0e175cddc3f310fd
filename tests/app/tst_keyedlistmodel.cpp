// KeyedListModel: rows that stay are kept (views keep their delegates), rows go and come by removal and
// insertion, changed rows are updated; only a new order of the rows that stay (or a duplicate key) resets.
// Checked with QAbstractItemModelTester throughout.
#include "keyedlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using saskati::KeyedListModel;

namespace {

QVariantList entries(const QList<std::pair<QString, QString>> &rows)
{
    QVariantList list;
    for (const auto &[id, text] : rows)
        list.append(QVariantMap{{u"id"_s, id}, {u"text"_s, text}});
    return list;
}

} // namespace

class TestKeyedListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void update_data()
    {
        QTest::addColumn<QVariantList>("before");
        QTest::addColumn<QVariantList>("after");
        QTest::addColumn<bool>("reset");
        QTest::addColumn<QList<int>>("changedRows");
        QTest::addColumn<QList<int>>("removedRows");  // first row of each removal, in signal order
        QTest::addColumn<QList<int>>("insertedRows"); // first row of each insertion, in signal order
        const QVariantList three = entries({{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {u"c"_s, u"3"_s}});
        QTest::newRow("nothing changes")
            << three << three << false << QList<int>{} << QList<int>{} << QList<int>{};
        QTest::newRow("one row's data (a flag)")
            << three << entries({{u"a"_s, u"1"_s}, {u"b"_s, u"2 flagged"_s}, {u"c"_s, u"3"_s}}) << false
            << QList<int>{1} << QList<int>{} << QList<int>{};
        QTest::newRow("every row's text (another language)")
            << three << entries({{u"a"_s, u"x"_s}, {u"b"_s, u"y"_s}, {u"c"_s, u"z"_s}}) << false
            << QList<int>{0, 1, 2} << QList<int>{} << QList<int>{};
        QTest::newRow("other keys (another scene): all go, all come")
            << three << entries({{u"d"_s, u"1"_s}, {u"e"_s, u"2"_s}, {u"f"_s, u"3"_s}}) << false
            << QList<int>{} << QList<int>{0} << QList<int>{0};
        QTest::newRow("same keys, other order")
            << three << entries({{u"b"_s, u"2"_s}, {u"a"_s, u"1"_s}, {u"c"_s, u"3"_s}}) << true
            << QList<int>{} << QList<int>{} << QList<int>{};
        QTest::newRow("a row more at the end")
            << three << entries({{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {u"c"_s, u"3"_s}, {u"d"_s, u"4"_s}})
            << false << QList<int>{} << QList<int>{} << QList<int>{3};
        QTest::newRow("a phone joins between two names, another answers")
            << three << entries({{u"a"_s, u"1"_s}, {u"ab"_s, u"new"_s}, {u"b"_s, u"2 ✓"_s}, {u"c"_s, u"3"_s}})
            << false << QList<int>{2} << QList<int>{} << QList<int>{1};
        QTest::newRow("the middle row leaves, two come at the top")
            << three << entries({{u"x"_s, u"0"_s}, {u"y"_s, u"0"_s}, {u"a"_s, u"1"_s}, {u"c"_s, u"3"_s}})
            << false << QList<int>{} << QList<int>{1} << QList<int>{0};
        QTest::newRow("a duplicate key")
            << three << entries({{u"a"_s, u"1"_s}, {u"a"_s, u"2"_s}, {u"c"_s, u"3"_s}}) << true
            << QList<int>{} << QList<int>{} << QList<int>{};
        QTest::newRow("emptied") << three << QVariantList{} << false << QList<int>{} << QList<int>{0}
                                 << QList<int>{};
        QTest::newRow("filled") << QVariantList{} << three << false << QList<int>{} << QList<int>{}
                                << QList<int>{0};
    }
    void update()
    {
        QFETCH(QVariantList, before);
        QFETCH(QVariantList, after);
        QFETCH(bool, reset);
        QFETCH(QList<int>, changedRows);
        QFETCH(QList<int>, removedRows);
        QFETCH(QList<int>, insertedRows);
        KeyedListModel model(u"id"_s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(before);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy insertions(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy counts(&model, &KeyedListModel::countChanged);
        model.setEntries(after);
        QCOMPARE(resets.size(), reset ? 1 : 0);
        const auto firstRows = [](const QSignalSpy &spy, int argument) {
            QList<int> rows;
            for (const QList<QVariant> &signal : spy)
                rows.append(argument == 0 ? signal.at(0).toModelIndex().row() : signal.at(argument).toInt());
            return rows;
        };
        QCOMPARE(firstRows(changes, 0), changedRows);
        QCOMPARE(firstRows(removals, 1), removedRows);
        QCOMPARE(firstRows(insertions, 1), insertedRows);
        QCOMPARE(counts.size(), before.size() == after.size() ? 0 : 1);
        QCOMPARE(model.rowCount(), after.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.data(model.index(row), KeyedListModel::EntryRole), after.at(row));
            QCOMPARE(model.data(model.index(row), KeyedListModel::KeyRole),
                     after.at(row).toMap().value(u"id"_s));
            QCOMPARE(model.get(row), after.at(row).toMap());
        }
        QCOMPARE(model.get(model.rowCount()), QVariantMap());
    }

    void rolesForQml()
    {
        KeyedListModel model(u"target"_s);
        QCOMPARE(model.roleNames().value(KeyedListModel::EntryRole), "entry");
        QCOMPARE(model.roleNames().value(KeyedListModel::KeyRole), "key");
        model.setEntries({QVariantMap{{u"target"_s, u"s-1"_s}}});
        QCOMPARE(model.data(model.index(0), KeyedListModel::KeyRole).toString(), u"s-1"_s);
        QVERIFY(!model.data(model.index(5), KeyedListModel::EntryRole).isValid());
    }
};

QTEST_GUILESS_MAIN(TestKeyedListModel)
#include "tst_keyedlistmodel.moc"
