// TargetListModel: the drop-down lists' "leads to" entries — the ids in order, for a move first "stays in the
// conversation" (id ""); a row found by id and an id by row; a new list resets the model. Checked with
// QAbstractItemModelTester throughout.
#include "targetlistmodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using saskati::TargetListModel;

class TestTargetListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rows_data()
    {
        QTest::addColumn<bool>("staysOption");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("names");  // the name role, row by row
        QTest::addColumn<QStringList>("rowIds"); // the id role, row by row
        const QStringList ids{u"office"_s, u"kitchen"_s, u"referred"_s};
        QTest::newRow("a choice's") << false << ids << ids << ids;
        QTest::newRow("a move's: stays first")
            << true << ids
            << QStringList{u"(stays in the conversation)"_s, u"office"_s, u"kitchen"_s, u"referred"_s}
            << QStringList{QString(), u"office"_s, u"kitchen"_s, u"referred"_s};
        QTest::newRow("nothing to lead to") << false << QStringList{} << QStringList{} << QStringList{};
        QTest::newRow("a move with nothing else")
            << true << QStringList{} << QStringList{u"(stays in the conversation)"_s}
            << QStringList{QString()};
    }
    void rows()
    {
        QFETCH(bool, staysOption);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, names);
        QFETCH(QStringList, rowIds);
        TargetListModel model(staysOption);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTargets(ids);
        QCOMPARE(model.rowCount(), names.size());
        const QHash<int, QByteArray> roles = model.roleNames();
        const int nameRole = roles.key("name"), idRole = roles.key("id");
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.data(model.index(row), nameRole).toString(), names.at(row));
            QCOMPARE(model.data(model.index(row), idRole).toString(), rowIds.at(row));
            QCOMPARE(model.idAt(row), rowIds.at(row));
            QCOMPARE(model.indexOf(rowIds.at(row)), row);
        }
        QCOMPARE(model.indexOf(u"nowhere"_s), -1);
        QCOMPARE(model.idAt(model.rowCount()), QString());
        QCOMPARE(model.idAt(-1), QString());
    }

    void aNewListResetsOnlyWhenItDiffers()
    {
        TargetListModel model(true);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setTargets({u"a"_s, u"b"_s});
        QCOMPARE(reset.size(), 1);
        model.setTargets({u"a"_s, u"b"_s});
        QCOMPARE(reset.size(), 1);
        model.setTargets({u"a"_s, u"c"_s, u"b"_s});
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.indexOf(u"b"_s), 3);
    }

    // The app installs a new translator when the interface language changes; an open editor's lists are not
    // rebuilt then, so the "stays" row must follow by itself.
    void theStaysRowFollowsTheInterfaceLanguage()
    {
        TargetListModel model(true);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTargets({u"office"_s});
        const int nameRole = model.roleNames().key("name");
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QTranslator latvian;
        QVERIFY2(latvian.load(u":/i18n/saskati_lv"_s), "the app's Latvian translation is built in");
        QVERIFY(QCoreApplication::installTranslator(&latvian));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        const QString latvianName = model.data(model.index(0), nameRole).toString();
        QVERIFY2(latvianName != u"(stays in the conversation)"_s, qPrintable(latvianName));
        QVERIFY(QCoreApplication::removeTranslator(&latvian));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.data(model.index(0), nameRole).toString(), u"(stays in the conversation)"_s);
        QCOMPARE(model.data(model.index(1), nameRole).toString(), u"office"_s);
    }
};

QTEST_GUILESS_MAIN(TestTargetListModel)
#include "tst_targetlistmodel.moc"
