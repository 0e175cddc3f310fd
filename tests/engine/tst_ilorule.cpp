#include "ilorule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

class TestIloRule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dimensionRule_data()
    {
        QTest::addColumn<int>("strong");
        QTest::addColumn<int>("medium");
        QTest::addColumn<int>("weak");
        QTest::addColumn<bool>("positive");
        QTest::newRow("nothing") << 0 << 0 << 0 << false;
        QTest::newRow("one strong alone") << 1 << 0 << 0 << false;
        QTest::newRow("two strong") << 2 << 0 << 0 << true;
        QTest::newRow("strong + medium") << 1 << 1 << 0 << true;
        QTest::newRow("strong + weak") << 1 << 0 << 1 << true;
        QTest::newRow("two medium") << 0 << 2 << 0 << false;
        QTest::newRow("three medium") << 0 << 3 << 0 << true;
        QTest::newRow("two medium + weak") << 0 << 2 << 1 << true;
        QTest::newRow("one medium + two weak") << 0 << 1 << 2 << false;
        QTest::newRow("many weak") << 0 << 0 << 9 << false;
    }

    void dimensionRule()
    {
        QFETCH(int, strong);
        QFETCH(int, medium);
        QFETCH(int, weak);
        QFETCH(bool, positive);
        QCOMPARE(isDimensionPositive(strong, medium, weak), positive);
    }

    void judgement_data()
    {
        QTest::addColumn<QStringList>("indicators");
        QTest::addColumn<bool>("child");
        QTest::addColumn<QString>("judgement");
        QTest::addColumn<int>("positiveDimensions");
        const QStringList all = {u"job"_s, u"wages"_s, u"hours"_s, u"pay"_s, u"documents"_s, u"threats"_s};
        QTest::newRow("all three dimensions") << all << false << u"trafficking"_s << 3;
        QTest::newRow("no recruitment dimension")
            << QStringList{u"hours"_s, u"pay"_s, u"documents"_s, u"threats"_s} << false << u"labour-rights"_s
            << 2;
        QTest::newRow("conditions only")
            << QStringList{u"hours"_s, u"pay"_s} << false << u"labour-rights"_s << 1;
        QTest::newRow("child: conditions suffice")
            << QStringList{u"hours"_s, u"pay"_s} << true << u"trafficking"_s << 1;
        QTest::newRow("a weak sign alone") << QStringList{u"nervous"_s} << false << u"neither"_s << 0;
        // A worn-out look alone must not turn a negative control into a labour-rights case.
        QTest::newRow("a weak conditions sign alone")
            << QStringList{u"worn-out"_s} << false << u"neither"_s << 0;
        QTest::newRow("a medium conditions sign alone")
            << QStringList{u"pay"_s} << false << u"labour-rights"_s << 0;
        QTest::newRow("nothing") << QStringList{} << false << u"neither"_s << 0;
        QTest::newRow("unknown ids are ignored") << QStringList{u"nope"_s} << false << u"neither"_s << 0;
    }

    void judgement()
    {
        QFETCH(QStringList, indicators);
        QFETCH(bool, child);
        QFETCH(QString, judgement);
        QFETCH(int, positiveDimensions);
        Catalog catalog;
        auto add = [&](const QString &id, Dimension d, Strength s) {
            catalog.indicators.insert(id, {id, d, s, {}, {}, {}, {}});
        };
        add(u"job"_s, Dimension::DeceptiveRecruitment, Strength::Strong);
        add(u"wages"_s, Dimension::DeceptiveRecruitment, Strength::Medium);
        add(u"hours"_s, Dimension::ExploitativeConditions, Strength::Strong);
        add(u"pay"_s, Dimension::ExploitativeConditions, Strength::Medium);
        add(u"documents"_s, Dimension::CoercionAtDestination, Strength::Strong);
        add(u"threats"_s, Dimension::CoercionAtDestination, Strength::Medium);
        add(u"worn-out"_s, Dimension::ExploitativeConditions, Strength::Weak);
        add(u"nervous"_s, Dimension::AbuseOfVulnerabilityAtDestination, Strength::Weak);
        const IloAssessment a =
            assessIndicators(QSet<QString>(indicators.begin(), indicators.end()), catalog, child);
        QCOMPARE(a.judgement, judgement);
        QCOMPARE(a.positiveDimensions.size(), positiveDimensions);
    }
};

QTEST_GUILESS_MAIN(TestIloRule)
#include "tst_ilorule.moc"
