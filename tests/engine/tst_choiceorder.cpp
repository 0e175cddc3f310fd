// The order a scene's choices are shown in (engine/scenario/choiceorder.h): a permutation, pinned choices in
// place, the same for the same seed forever, and no position favoured.
#include "choiceorder.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

// A scene with one choice per character of `pins`: 'p' pinned, '.' not.
Scene sceneWith(const QString &id, const QString &pins)
{
    Scene scene;
    scene.id = id;
    for (const QChar pin : pins) {
        Choice c;
        c.id = u"c%1"_s.arg(scene.choices.size());
        c.pinned = pin == u'p';
        scene.choices.append(c);
    }
    return scene;
}

} // namespace

class TestChoiceOrder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void permutationWithPinsInPlace_data()
    {
        QTest::addColumn<QString>("pins");
        QTest::newRow("none") << QString();
        QTest::newRow("one") << u"."_s;
        QTest::newRow("three") << u"..."_s;
        QTest::newRow("the last pinned") << u"...p"_s;
        QTest::newRow("first and middle pinned") << u"p.p.."_s;
        QTest::newRow("all pinned") << u"ppp"_s;
        QTest::newRow("six") << u"......"_s;
    }

    void permutationWithPinsInPlace()
    {
        QFETCH(QString, pins);
        const Scene scene = sceneWith(u"office"_s, pins);
        QList<qsizetype> identity;
        for (qsizetype i = 0; i < pins.size(); ++i)
            identity.append(i);
        QCOMPARE(choiceOrder(scene, std::nullopt), identity); // no seed: the file's order
        for (quint32 seed = 0; seed < 500; ++seed) {
            const QList<qsizetype> order = choiceOrder(scene, seed);
            QCOMPARE(order.size(), pins.size());
            QCOMPARE(QSet<qsizetype>(order.cbegin(), order.cend()).size(), pins.size());
            for (qsizetype i = 0; i < pins.size(); ++i) {
                QVERIFY(order[i] >= 0 && order[i] < pins.size());
                if (pins[i] == u'p')
                    QCOMPARE(order[i], i);
            }
            QCOMPARE(choiceOrder(scene, seed), order); // the same again
        }
    }

    // Recorded attempts replay with the order their seed gave: these values must never change (a change
    // would show old attempts' debriefs and seminar reruns in another order than was played).
    void theSameOrderForever_data()
    {
        QTest::addColumn<QString>("scene");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QList<qsizetype>>("order");
        QTest::newRow("office 1") << u"office"_s << 1u << QList<qsizetype>{2, 3, 4, 0, 1};
        QTest::newRow("office 2026") << u"office"_s << 2026u << QList<qsizetype>{0, 2, 3, 4, 1};
        QTest::newRow("reception 1") << u"reception"_s << 1u << QList<qsizetype>{1, 2, 4, 0, 3};
    }

    void theSameOrderForever()
    {
        QFETCH(QString, scene);
        QFETCH(quint32, seed);
        QFETCH(QList<qsizetype>, order);
        QCOMPARE(choiceOrder(sceneWith(scene, u"....."_s), seed), order);
    }

    void noPositionIsFavoured()
    {
        // Over 3,000 attempts each of four choices is shown first about a quarter of the time, and the scenes
        // of one attempt are not ordered alike.
        const Scene office = sceneWith(u"office"_s, u"...."_s),
                    reception = sceneWith(u"reception"_s, u"...."_s);
        QList<int> first(4, 0);
        int alike = 0;
        const int attempts = 3000;
        for (quint32 seed = 0; seed < attempts; ++seed) {
            const QList<qsizetype> order = choiceOrder(office, seed);
            ++first[order[0]];
            alike += order == choiceOrder(reception, seed);
        }
        for (int count : first)
            QVERIFY2(count > attempts * 0.22 && count < attempts * 0.28, qPrintable(QString::number(count)));
        QVERIFY2(alike < attempts / 10, qPrintable(QString::number(alike))); // 1 in 24 by chance
    }
};

QTEST_GUILESS_MAIN(TestChoiceOrder)
#include "tst_choiceorder.moc"
