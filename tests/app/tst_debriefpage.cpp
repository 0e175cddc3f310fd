// The debrief as DebriefScreen gets it: every kind of feedback the engine can give has a name of its own (the
// view no longer keeps a list of engine ids, and a seminar's "no vote" was missing from it), and a real
// playthrough's debrief carries those names, the score parts' names and the transcript's marks.
#include "debriefpage.h"
#include "testscenarios.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

class TestDebriefPage : public QObject {
    Q_OBJECT

    static QString english(const LocalizedText &t) { return t.text(u"en"_s); }

private Q_SLOTS:
    void everyKindOfFeedbackHasItsOwnName()
    {
        QSet<QString> names;
        const int kinds = int(FeedbackItem::Kind::NoVote) + 1;
        for (int k = 0; k < kinds; ++k) {
            const auto kind = FeedbackItem::Kind(k);
            const QString name = DebriefPage::feedbackKindName(kind);
            QVERIFY2(!name.isEmpty() && name != feedbackKindId(kind), qPrintable(feedbackKindId(kind)));
            names.insert(name);
        }
        QCOMPARE(names.size(), kinds);
        QCOMPARE(DebriefPage::feedbackKindName(FeedbackItem::Kind::NoVote), u"No vote"_s);
    }

    // The score parts are named for whose place the trainee takes: a professional's (formats 1 and 2, and 3
    // by default) or the person approached by a recruiter (format 3's perspective).
    void partsFollowThePerspective_data()
    {
        QTest::addColumn<QString>("perspective"); // empty: a format 1 file, as written
        QTest::addColumn<QStringList>("names");
        const QStringList professional{u"Recognising signs"_s, u"Conducting the conversation"_s,
                                       u"Referral"_s, u"Assessment"_s};
        QTest::newRow("format 1") << QString() << professional;
        QTest::newRow("format 3, a professional") << u"professional"_s << professional;
        QTest::newRow("format 3, the person approached")
            << u"approached"_s
            << QStringList{u"Traps spotted"_s, u"Safe steps"_s, u"Who can help"_s, u"Is it a trap?"_s};
    }
    void partsFollowThePerspective()
    {
        QFETCH(QString, perspective);
        QFETCH(QStringList, names);
        QJsonObject root = testing::minimalScenarioJson();
        QVERIFY(!root.isEmpty());
        if (!perspective.isEmpty()) {
            root.insert(u"formatVersion"_s, 3);
            root.insert(u"perspective"_s, perspective);
        }
        const LoadResult loaded = testing::loadEditedMinimal(root);
        QVERIFY(loaded.ok());
        Playthrough p(loaded.scenario);
        QVERIFY(p.start(PlayMode::Solo).ok());
        const QVariantMap debrief =
            DebriefPage(*loaded.scenario, p.state(), &TestDebriefPage::english).toMap(nullptr, {});
        QStringList partNames;
        for (const QVariant &part : debrief.value(u"parts"_s).toList())
            partNames.append(part.toMap().value(u"name"_s).toString());
        QCOMPARE(partNames, names);
        QCOMPARE(debrief.value(u"approached"_s).toBool(), perspective == u"approached"_s);
    }

    // What the debrief's lessons are called: for the person approached a missed trap, never a "critical
    // error".
    void lessonKindsFollowThePerspective_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("professional");
        QTest::addColumn<QString>("approached");
        QTest::newRow("a miss") << int(FeedbackItem::Kind::Miss) << u"Missed sign"_s << u"Missed trap"_s;
        QTest::newRow("a false flag")
            << int(FeedbackItem::Kind::FalseFlag) << u"Not a sign"_s << u"Not a trap"_s;
        QTest::newRow("a critical error")
            << int(FeedbackItem::Kind::CriticalError) << u"Critical error"_s << u"The riskiest step"_s;
        QTest::newRow("the same either way") << int(FeedbackItem::Kind::Choice)
                                             << u"A better choice existed"_s << u"A better choice existed"_s;
    }
    void lessonKindsFollowThePerspective()
    {
        QFETCH(int, kind);
        QFETCH(QString, professional);
        QFETCH(QString, approached);
        QCOMPARE(DebriefPage::feedbackKindName(FeedbackItem::Kind(kind)), professional);
        QCOMPARE(DebriefPage::feedbackKindName(FeedbackItem::Kind(kind), true), approached);
    }

    void aPlaythroughsDebriefNamesWhatItShows()
    {
        const auto scenario = testing::minimalScenario();
        QVERIFY(scenario);
        Playthrough p(scenario);
        QVERIFY(p.start(PlayMode::Solo).ok());
        // s-hours noticed, s-weather flagged though it is no sign, the interpreter choice a critical error.
        QVERIFY(p.flag(u"s-hours"_s).ok());
        QVERIFY(p.flag(u"s-weather"_s).ok());
        QVERIFY(p.choose(u"c-companion"_s).ok());
        const DebriefPage page(*scenario, p.state(), &TestDebriefPage::english);
        const QVariantMap debrief = page.toMap(nullptr, {});

        QStringList partNames;
        for (const QVariant &part : debrief.value(u"parts"_s).toList())
            partNames.append(part.toMap().value(u"name"_s).toString());
        QCOMPARE(partNames, (QStringList{u"Recognising signs"_s, u"Conducting the conversation"_s,
                                         u"Referral"_s, u"Assessment"_s}));

        QHash<QString, QString> nameOfKind;
        bool criticalMarked = false;
        for (const QVariant &item : debrief.value(u"feedback"_s).toList()) {
            const QVariantMap f = item.toMap();
            nameOfKind.insert(f.value(u"kind"_s).toString(), f.value(u"kindName"_s).toString());
            if (f.value(u"kind"_s) == u"critical-error"_s)
                criticalMarked = f.value(u"critical"_s).toBool();
        }
        QCOMPARE(nameOfKind.value(u"miss"_s), u"Missed sign"_s);
        QCOMPARE(nameOfKind.value(u"false-flag"_s), u"Not a sign"_s);
        QCOMPARE(nameOfKind.value(u"critical-error"_s), u"Critical error"_s);
        QVERIFY(criticalMarked);

        QHash<QString, QString> markOfText;
        for (const QVariant &scene : debrief.value(u"transcript"_s).toList())
            for (const QVariant &line : scene.toMap().value(u"lines"_s).toList())
                for (const QVariant &segment : line.toMap().value(u"segments"_s).toList())
                    markOfText.insert(segment.toMap().value(u"text"_s).toString(),
                                      segment.toMap().value(u"mark"_s).toString());
        const QString hours = english(*scenario->targetText(u"s-hours"_s)).simplified();
        const QString weather = english(*scenario->targetText(u"s-weather"_s)).simplified();
        QCOMPARE(markOfText.value(hours), u"hit"_s);
        QCOMPARE(markOfText.value(weather), u"false"_s);
        QCOMPARE(debrief.value(u"endingTitle"_s).toString(), u"Stopped before the end"_s);
    }
};

QTEST_GUILESS_MAIN(TestDebriefPage)
#include "tst_debriefpage.moc"
