// What gives a scenario's key away (engine/scenario/contentlint.h): the best choice as the longest text or
// the first listed, counted per decision and warned about when it is so in most decisions.
#include "contentlint.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

// A decision written as "points:text" per choice, in order; "!" before the points marks a critical error.
Scene decision(const QString &id, const QStringList &choices)
{
    Scene scene;
    scene.id = id;
    for (const QString &spec : choices) {
        Choice c;
        const qsizetype colon = spec.indexOf(u':');
        QString points = spec.left(colon);
        if (points.startsWith(u'!')) {
            c.criticalError = CriticalError{};
            points.remove(0, 1);
        }
        c.points = points.toInt();
        c.text.set(u"lv"_s, spec.mid(colon + 1));
        scene.choices.append(c);
    }
    return scene;
}

} // namespace

class TestContentLint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tells_data()
    {
        QTest::addColumn<QStringList>("choices");
        QTest::addColumn<int>("decisions"); // 1 if it counts as a decision, else 0
        QTest::addColumn<bool>("longest");
        QTest::addColumn<bool>("first");
        QTest::newRow("best first and longest")
            << QStringList{u"3:a long answer"_s, u"0:short"_s} << 1 << true << true;
        QTest::newRow("best last, as long as another")
            << QStringList{u"0:same size"_s, u"3:same_size"_s} << 1 << false << false;
        QTest::newRow("a critical error scores no best, however many points")
            << QStringList{u"!5:the longest of them all"_s, u"2:shorter one"_s, u"0:tiny"_s} << 1 << false
            << false;
        QTest::newRow("two best, one of them longest")
            << QStringList{u"0:medium text"_s, u"2:x"_s, u"2:the longest text"_s} << 1 << true << false;
        QTest::newRow("one choice is no decision") << QStringList{u"1:go on"_s} << 0 << false << false;
        QTest::newRow("all equally good is no decision")
            << QStringList{u"1:left"_s, u"1:right, longer"_s} << 0 << false << false;
    }

    void tells()
    {
        QFETCH(QStringList, choices);
        QFETCH(int, decisions);
        QFETCH(bool, longest);
        QFETCH(bool, first);
        Scenario scenario;
        scenario.languages = {u"lv"_s};
        scenario.scenes.append(decision(u"s"_s, choices));
        const ChoiceTells tells = choiceTells(scenario, u"lv"_s);
        QCOMPARE(int(tells.decisions.size()), decisions);
        QCOMPARE(tells.bestLongest(), int(longest));
        QCOMPARE(tells.bestFirst(), int(first));
    }

    void warnsOnlyAboutMostDecisions_data()
    {
        QTest::addColumn<int>("longestFirst"); // decisions whose best is longest and first
        QTest::addColumn<int>("fair");         // decisions where neither is true
        QTest::addColumn<int>("warnings");
        QTest::newRow("none") << 0 << 3 << 0;
        QTest::newRow("half is not most") << 2 << 2 << 0;
        QTest::newRow("most: both warnings") << 3 << 2 << 2;
        QTest::newRow("all") << 4 << 0 << 2;
    }

    void warnsOnlyAboutMostDecisions()
    {
        QFETCH(int, longestFirst);
        QFETCH(int, fair);
        QFETCH(int, warnings);
        Scenario scenario;
        scenario.file = u"s.json"_s;
        scenario.languages = {u"lv"_s};
        for (int i = 0; i < longestFirst; ++i)
            scenario.scenes.append(decision(u"tell%1"_s.arg(i), {u"3:the best and longest"_s, u"0:poor"_s}));
        for (int i = 0; i < fair; ++i)
            scenario.scenes.append(
                decision(u"fair%1"_s.arg(i), {u"0:a poor long answer"_s, u"3:good one"_s}));
        const Diagnostics found = lintContent(scenario);
        QCOMPARE(int(found.size()), warnings);
        for (const Diagnostic &d : found) {
            QVERIFY(!d.isError());
            QCOMPARE(d.file, u"s.json"_s);
            QVERIFY2(d.message.contains(u"%1 of %2 decisions"_s.arg(longestFirst).arg(longestFirst + fair)),
                     qPrintable(d.message));
            QVERIFY(d.message.contains(u"tell0"_s) && !d.message.contains(u"fair0"_s));
        }
    }

    // A single-answer question is a decision too; each language's lengths are counted.
    void questionsAndEveryLanguage_data()
    {
        QTest::addColumn<QString>("rightLv");
        QTest::addColumn<QString>("rightEn");
        QTest::addColumn<QStringList>("warnedLanguages");
        QTest::newRow("the right option longest in both")
            << u"Slazds, jo samaksa par darbu ir pazīme"_s << u"A trap, because paying for a job is a sign"_s
            << QStringList{u"lv"_s, u"en"_s};
        QTest::newRow("longest only in English")
            << u"Slazds"_s << u"A trap, because paying for a job is a sign"_s << QStringList{u"en"_s};
        QTest::newRow("never longest") << u"Slazds"_s << u"A trap"_s << QStringList();
    }
    void questionsAndEveryLanguage()
    {
        QFETCH(QString, rightLv);
        QFETCH(QString, rightEn);
        QFETCH(QStringList, warnedLanguages);
        Scenario scenario;
        scenario.file = u"s.json"_s;
        scenario.languages = {u"lv"_s, u"en"_s};
        Question q;
        q.id = u"q-trap"_s;
        q.kind = Question::Kind::Single;
        AnswerOption wrong, right;
        wrong.id = u"fine"_s;
        wrong.text.set(u"lv"_s, u"Parasts darbs"_s);
        wrong.text.set(u"en"_s, u"An ordinary job"_s);
        right.id = u"trap"_s;
        right.text.set(u"lv"_s, rightLv);
        right.text.set(u"en"_s, rightEn);
        q.options = {wrong, right}; // the right one second: nothing said about order
        q.correct = {u"trap"_s};
        scenario.questions.append(q);
        QCOMPARE(int(choiceTells(scenario, u"en"_s).decisions.size()), 1);
        QStringList warned;
        for (const Diagnostic &d : lintContent(scenario)) {
            QVERIFY2(d.message.contains(u"1 of 1 decisions"_s) && d.message.contains(u"q-trap"_s),
                     qPrintable(d.message));
            warned.append(d.message.contains(u"characters in en"_s) ? u"en"_s : u"lv"_s);
        }
        QCOMPARE(warned, warnedLanguages);
    }
};

QTEST_GUILESS_MAIN(TestContentLint)
#include "tst_contentlint.moc"
