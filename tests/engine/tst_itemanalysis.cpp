// Review statistics against hand-computed values (docs/review-statistics.md shows the arithmetic).
#include "itemanalysis.h"

#include <QTest>

using namespace saskati;

class TestItemAnalysis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void item_data()
    {
        QTest::addColumn<QList<double>>("marks");
        QTest::addColumn<QList<double>>("totals");
        QTest::addColumn<double>("maxMark");
        QTest::addColumn<double>("facility");
        QTest::addColumn<double>("discrimination"); // NaN: undefined
        QTest::addColumn<double>("efficiency");     // NaN: undefined
        QTest::addColumn<bool>("dubious");
        const double undefined = qQNaN();
        // Rests 4 5 7 5 7; Cov 1.3, Var 1.3 and 1.8: DI = 130 / sqrt(2.34); sorted, the same covariance: DE
        // 100.
        QTest::newRow("discriminates") << QList<double>{0, 1, 2, 2, 3} << QList<double>{4, 6, 9, 7, 10} << 3.0
                                       << 1.6 / 3 << 84.98366 << 100.0 << false;
        // Rests 2 6 6 3; Cov -1.5, Var 5/3 and 4.25: DI = -150 / sqrt(7.0833); Cov_max 2.5: DE -60.
        QTest::newRow("discriminates backwards") << QList<double>{3, 0, 2, 1} << QList<double>{5, 6, 8, 4}
                                                 << 3.0 << 0.5 << -56.36018 << -60.0 << true;
        // Everyone scored the same on the item: no variance, nothing to correlate.
        QTest::newRow("no variance") << QList<double>{2, 2, 2} << QList<double>{5, 7, 9} << 2.0 << 1.0
                                     << undefined << undefined << false;
        QTest::newRow("one attempt") << QList<double>{1} << QList<double>{4} << 2.0 << 0.5 << undefined
                                     << undefined << false;
        // A critical-error option gives negative marks. Rests 2 4 6 8; DI = (20/3) / sqrt(25/3 * 20/3) =
        // 20/sqrt(500).
        QTest::newRow("negative marks") << QList<double>{-2, -2, 3, 3} << QList<double>{0, 2, 9, 11} << 3.0
                                        << 1.0 / 6 << 89.44272 << 100.0 << false;
    }

    void item()
    {
        QFETCH(QList<double>, marks);
        QFETCH(QList<double>, totals);
        QFETCH(double, maxMark);
        QFETCH(double, facility);
        QFETCH(double, discrimination);
        QFETCH(double, efficiency);
        QFETCH(bool, dubious);
        const ItemStatistics s = analyseItem(marks, totals, maxMark);
        QCOMPARE(s.attempts, marks.size());
        QVERIFY(qAbs(s.facility - facility) < 1e-9);
        if (qIsNaN(discrimination))
            QVERIFY(!s.discrimination);
        else
            QVERIFY2(s.discrimination && qAbs(*s.discrimination - discrimination) < 1e-4,
                     qPrintable(QString::number(s.discrimination.value_or(-999), 'f', 6)));
        if (qIsNaN(efficiency))
            QVERIFY(!s.efficiency);
        else
            QVERIFY2(s.efficiency && qAbs(*s.efficiency - efficiency) < 1e-4,
                     qPrintable(QString::number(s.efficiency.value_or(-999), 'f', 6)));
        QCOMPARE(s.dubious(), dubious);
    }

    void gain()
    {
        // (40, 70): 0.5; (80, 90): 0.5; (50, 45): -0.1; (100, 100): undefined, left out of the mean of gains.
        const GainStatistics g = hakeGain({{40, 70}, {80, 90}, {50, 45}, {100, 100}});
        QCOMPARE(g.pairs, 4);
        QCOMPARE(g.definedPairs, 3);
        QCOMPARE(g.meanPre, 67.5);
        QCOMPARE(g.meanPost, 76.25);
        QVERIFY(g.classGain && qAbs(*g.classGain - 8.75 / 32.5) < 1e-12); // 0.269: low
        QVERIFY(g.meanIndividualGain && qAbs(*g.meanIndividualGain - 0.3) < 1e-12);
        QCOMPARE(gainLevel(*g.classGain), GainLevel::Low);
        QCOMPARE(gainLevel(*g.meanIndividualGain), GainLevel::Medium);
        QCOMPARE(gainLevel(0.71), GainLevel::High);
        QCOMPARE(gainLevel(0.7), GainLevel::Medium);
        // Everyone perfect the first time: nothing to gain.
        const GainStatistics perfect = hakeGain({{100, 100}});
        QVERIFY(!perfect.classGain);
        QVERIFY(!perfect.meanIndividualGain);
        QCOMPARE(hakeGain({}).pairs, 0);
    }
};

QTEST_GUILESS_MAIN(TestItemAnalysis)
#include "tst_itemanalysis.moc"
