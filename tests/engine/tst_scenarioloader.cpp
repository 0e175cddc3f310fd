#include "catalog.h"
#include "ilorule.h"
#include "scenarioloader.h"
#include "scorebounds.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

Q_DECLARE_METATYPE(saskati::Diagnostic::Severity)

class TestScenarioLoader : public QObject {
    Q_OBJECT

private:
    QString data(const QString &path) const { return QStringLiteral(SASKATI_TEST_DATA) + u'/' + path; }
    std::shared_ptr<const Catalog> m_catalog;

    static QString describe(const Diagnostics &diagnostics)
    {
        QStringList lines;
        for (const Diagnostic &d : diagnostics)
            lines.append(d.toString());
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        Diagnostics diagnostics;
        m_catalog = std::make_shared<Catalog>(loadCatalog(data(u"catalog"_s), &diagnostics));
        QVERIFY2(diagnostics.isEmpty(), qPrintable(describe(diagnostics)));
        QCOMPARE(m_catalog->indicators.size(), 7);
    }

    void minimalScenarioLoads()
    {
        const LoadResult result = ScenarioLoader(m_catalog).loadFile(data(u"valid/minimal.json"_s));
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
        QVERIFY(result.ok());
        const Scenario &s = *result.scenario;
        QCOMPARE(s.id, u"minimal"_s);
        QCOMPARE(s.languages, (QStringList{u"lv"_s, u"en"_s}));
        QCOMPARE(s.scenes.size(), 3);
        QCOMPARE(s.endings.size(), 2);
        QCOMPARE(s.scene(u"office"_s)->lines.at(0).segments.at(1).text.text(u"en"_s),
                 u"They promised a hotel job, but it was a warehouse."_s);
        QCOMPARE(s.scene(u"office"_s)->choices.at(1).criticalError->principle, u"independent-interpreter"_s);
        QCOMPARE(s.contentHash().size(), 64);
        // strong 3 (hotspot) + strong 3 + strong 3 + medium 2; best choice 3; referral 2*(3+1)+1+1;
        // question 3.
        const ScoreParts best = bestReachable(s);
        QCOMPARE(best.recognition, 11);
        QCOMPARE(best.conduct, 3);
        QCOMPARE(best.referral, 10);
        QCOMPARE(best.assessment, 3);
        QCOMPARE(best.total(), 27);
        // The ILO rule: deception 1 strong (not positive), conditions strong+medium (positive): labour
        // rights.
        QCOMPARE(s.questions.at(0).correct, QStringList{u"labour-rights"_s});
    }

    // The catalogue's default severity per principle ('breach'): minor −1, serious −2 or −3, critical = a
    // criticalError. In the test catalogue independent-interpreter is critical and open-questions serious;
    // c-companion breaks the first with a critical error, c-end-lost (−1) names no principle.
    void breachSeverities_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<bool>("dropCriticalError");
        QTest::addColumn<QString>("expected"); // words of the one severity diagnostic, or empty for none
        QTest::addColumn<Diagnostic::Severity>("severity");
        const QJsonObject reason{
            {u"severityReason"_s, QJsonObject{{u"lv"_s, u"Te viņš tikai palīdz atrast vārdu."_s},
                                              {u"en"_s, u"He only helps find one word here."_s}}}};
        const auto none = Diagnostic::Severity::Error;
        QTest::newRow("critical, as the catalogue rates it")
            << u"c-companion"_s << QJsonObject{} << false << QString() << none;
        QTest::newRow("scored serious, no reason")
            << u"c-companion"_s << QJsonObject{} << true
            << u"breaks 'independent-interpreter', which the catalogue rates critical"_s
            << Diagnostic::Severity::Error;
        QTest::newRow("scored serious, with a reason")
            << u"c-companion"_s << reason << true << QString() << none;
        QTest::newRow("a reason for no difference")
            << u"c-companion"_s << reason << false << u"explains no difference"_s
            << Diagnostic::Severity::Warning;
        QTest::newRow("no principle named: not compared")
            << u"c-end-lost"_s << QJsonObject{} << false << QString() << none;
        QTest::newRow("-1 under a serious principle")
            << u"c-end-lost"_s << QJsonObject{{u"principles"_s, QJsonArray{u"open-questions"_s}}} << false
            << u"rates serious (principles.json 'breach'), but it is scored minor"_s
            << Diagnostic::Severity::Error;
        QTest::newRow("-3 under a serious principle")
            << u"c-end-lost"_s
            << QJsonObject{{u"principles"_s, QJsonArray{u"open-questions"_s}}, {u"points"_s, -3}} << false
            << QString() << none;
        QTest::newRow("-2 under a serious principle")
            << u"c-end-lost"_s
            << QJsonObject{{u"principles"_s, QJsonArray{u"open-questions"_s}}, {u"points"_s, -2}} << false
            << QString() << none;
        QJsonObject goodWithReason = reason;
        goodWithReason.insert(u"points"_s, 1);
        QTest::newRow("a reason on a choice that loses nothing")
            << u"c-end-lost"_s << goodWithReason << false << u"breaks no principle"_s
            << Diagnostic::Severity::Warning;
    }

    void breachSeverities()
    {
        QFETCH(QString, choice);
        QFETCH(QJsonObject, changes);
        QFETCH(bool, dropCriticalError);
        QFETCH(QString, expected);
        QFETCH(Diagnostic::Severity, severity);
        QFile file(data(u"valid/minimal.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray scenes = root.value(u"scenes"_s).toArray();
        bool found = false;
        for (qsizetype i = 0; i < scenes.size(); ++i) {
            QJsonObject scene = scenes.at(i).toObject();
            QJsonArray choices = scene.value(u"choices"_s).toArray();
            for (qsizetype j = 0; j < choices.size(); ++j) {
                QJsonObject c = choices.at(j).toObject();
                if (c.value(u"id"_s).toString() != choice)
                    continue;
                found = true;
                for (auto it = changes.begin(); it != changes.end(); ++it)
                    c.insert(it.key(), it.value());
                if (dropCriticalError)
                    c.remove(u"criticalError"_s);
                choices.replace(j, c);
            }
            scene.insert(u"choices"_s, choices);
            scenes.replace(i, scene);
        }
        QVERIFY(found);
        root.insert(u"scenes"_s, scenes);
        const LoadResult result =
            ScenarioLoader(m_catalog).loadBytes(data(u"valid/minimal.json"_s), QJsonDocument(root).toJson());
        QList<Diagnostic> about;
        for (const Diagnostic &d : result.diagnostics)
            if (d.message.contains(u"severity"_s) || d.message.contains(u"breach"_s))
                about.append(d);
        if (expected.isEmpty()) {
            QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
            return;
        }
        QCOMPARE(about.size(), 1);
        QVERIFY2(about.first().message.contains(expected), qPrintable(about.first().message));
        QVERIFY2(about.first().message.contains(choice), qPrintable(about.first().message));
        QCOMPARE(about.first().severity, severity);
    }

    void brokenCorpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<Diagnostic::Severity>("severity");
        QTest::addColumn<QString>("words");
        // Generated by tests/data/broken/expectations.py and reviewed: each names the defect's place.
        QTest::newRow("empty-file") << u"empty-file.json"_s << 1 << 1 << Diagnostic::Severity::Error
                                    << u"the file is empty"_s;
        QTest::newRow("whitespace-only")
            << u"whitespace-only.json"_s << 4 << 1 << Diagnostic::Severity::Error << u"the file is empty"_s;
        QTest::newRow("truncated") << u"truncated.json"_s << 210 << 17 << Diagnostic::Severity::Error
                                   << u"truncated"_s;
        QTest::newRow("binary") << u"binary.json"_s << 1 << 1 << Diagnostic::Severity::Error
                                << u"not JSON text"_s;
        QTest::newRow("trailing-comma")
            << u"trailing-comma.json"_s << 22 << 3 << Diagnostic::Severity::Error << u"trailing comma"_s;
        QTest::newRow("unclosed-string") << u"unclosed-string.json"_s << 37 << 28
                                         << Diagnostic::Severity::Error << u"close the string with a quote"_s;
        QTest::newRow("deeply-nested")
            << u"deeply-nested.json"_s << 37 << 76 << Diagnostic::Severity::Error << u"nested too deeply"_s;
        QTest::newRow("duplicate-key")
            << u"duplicate-key.json"_s << 5 << 3 << Diagnostic::Severity::Error << u"appears twice"_s;
        QTest::newRow("root-array") << u"root-array.json"_s << 1 << 1 << Diagnostic::Severity::Error
                                    << u"must be a JSON object"_s;
        QTest::newRow("bad-escape") << u"bad-escape.json"_s << 37 << 21 << Diagnostic::Severity::Error
                                    << u"unknown escape"_s;
        QTest::newRow("windows-1257-bytes")
            << u"windows-1257-bytes.json"_s << 59 << 17 << Diagnostic::Severity::Error << u"UTF-8"_s;
        QTest::newRow("garbage-after-end")
            << u"garbage-after-end.json"_s << 441 << 1 << Diagnostic::Severity::Error << u"after the end"_s;
        QTest::newRow("line-break-in-string")
            << u"line-break-in-string.json"_s << 37 << 21 << Diagnostic::Severity::Error
            << u"line break inside a string"_s;
        // A NUL byte was reported as whatever grammar error it looked like; UTF-16 as "unexpected byte 0xff".
        QTest::newRow("nul-byte") << u"nul-byte.json"_s << 37 << 21 << Diagnostic::Severity::Error
                                  << u"NUL byte at byte offset 653; the file is not text"_s;
        QTest::newRow("utf-16") << u"utf-16.json"_s << 1 << 2 << Diagnostic::Severity::Error
                                << u"NUL byte at byte offset 1; the file is not text"_s;
        QTest::newRow("utf-16-with-bom") << u"utf-16-with-bom.json"_s << 1 << 1 << Diagnostic::Severity::Error
                                         << u"the file is UTF-16 text"_s;
        // A lone surrogate escape passed validation silently.
        QTest::newRow("lone-surrogate") << u"lone-surrogate.json"_s << 37 << 22 << Diagnostic::Severity::Error
                                        << u"\\ud800 is half of a UTF-16 surrogate pair"_s;
        QTest::newRow("format-version-4")
            << u"format-version-4.json"_s << 2 << 20 << Diagnostic::Severity::Error
            << u"format version 4 is not supported"_s;
        QTest::newRow("missing-id") << u"missing-id.json"_s << 1 << 1 << Diagnostic::Severity::Error
                                    << u"has no 'id'"_s;
        QTest::newRow("version-string") << u"version-string.json"_s << 4 << 14 << Diagnostic::Severity::Error
                                        << u"must be a whole number"_s;
        QTest::newRow("unknown-field") << u"unknown-field.json"_s << 440 << 3 << Diagnostic::Severity::Warning
                                       << u"unknown field 'titel'"_s;
        QTest::newRow("missing-translation") << u"missing-translation.json"_s << 145 << 23
                                             << Diagnostic::Severity::Error << u"has no 'en' translation"_s;
        QTest::newRow("empty-translation") << u"empty-translation.json"_s << 146 << 23
                                           << Diagnostic::Severity::Error << u"is empty; write the text"_s;
        QTest::newRow("undeclared-language")
            << u"undeclared-language.json"_s << 12 << 5 << Diagnostic::Severity::Warning
            << u"'de' is not in the scenario's 'languages'"_s;
        QTest::newRow("bad-identifier") << u"bad-identifier.json"_s << 236 << 13
                                        << Diagnostic::Severity::Error << u"not a valid identifier"_s;
        QTest::newRow("duplicate-id")
            << u"duplicate-id.json"_s << 260 << 17 << Diagnostic::Severity::Error
            << u"the id 's-hours' of choice 's-hours' is already used at line 116"_s;
        QTest::newRow("next-and-ending") << u"next-and-ending.json"_s << 187 << 9
                                         << Diagnostic::Severity::Error << u"has both 'next' and 'ending'"_s;
        QTest::newRow("choice-leads-nowhere") << u"choice-leads-nowhere.json"_s << 187 << 9
                                              << Diagnostic::Severity::Error << u"leads nowhere"_s;
        QTest::newRow("choice-to-own-scene")
            << u"choice-to-own-scene.json"_s << 193 << 19 << Diagnostic::Severity::Error
            << u"leads back to its own scene"_s;
        QTest::newRow("scene-without-choices") << u"scene-without-choices.json"_s << 246 << 18
                                               << Diagnostic::Severity::Error << u"has no choices"_s;
        QTest::newRow("cue-and-distractor")
            << u"cue-and-distractor.json"_s << 128 << 29 << Diagnostic::Severity::Error
            << u"both a cue and a distractor"_s;
        QTest::newRow("hotspot-outside-image") << u"hotspot-outside-image.json"_s << 89 << 23
                                               << Diagnostic::Severity::Error << u"inside the image"_s;
        QTest::newRow("hotspot-on-audio")
            << u"hotspot-on-audio.json"_s << 86 << 23 << Diagnostic::Severity::Error
            << u"only images can have hotspots"_s;
        QTest::newRow("audio-without-captions") << u"audio-without-captions.json"_s << 78 << 9
                                                << Diagnostic::Severity::Error << u"has no 'captions'"_s;
        QTest::newRow("effect-add-and-set")
            << u"effect-add-and-set.json"_s << 203 << 13 << Diagnostic::Severity::Error
            << u"exactly one of 'add' or 'set'"_s;
        QTest::newRow("variable-min-above-max") << u"variable-min-above-max.json"_s << 43 << 14
                                                << Diagnostic::Severity::Error << u"min greater than max"_s;
        QTest::newRow("critical-end-leads-to-scene")
            << u"critical-end-leads-to-scene.json"_s << 226 << 23 << Diagnostic::Severity::Error
            << u"ends the branch, but the choice leads to a scene"_s;
        QTest::newRow("correct-not-an-option")
            << u"correct-not-an-option.json"_s << 407 << 9 << Diagnostic::Severity::Error
            << u"is not one of its options"_s;
        QTest::newRow("judgement-missing-option")
            << u"judgement-missing-option.json"_s << 383 << 18 << Diagnostic::Severity::Error
            << u"must offer the option 'neither'"_s;
        QTest::newRow("minutes-out-of-range")
            << u"minutes-out-of-range.json"_s << 23 << 23 << Diagnostic::Severity::Error
            << u"must be between 1 and 600"_s;
        QTest::newRow("unknown-outcome") << u"unknown-outcome.json"_s << 417 << 18
                                         << Diagnostic::Severity::Error << u"must be one of: referred"_s;
        QTest::newRow("scenes-empty")
            << u"scenes-empty.json"_s << 66 << 13 << Diagnostic::Severity::Error << u"'scenes' is empty"_s;
        QTest::newRow("languages-empty") << u"languages-empty.json"_s << 5 << 16
                                         << Diagnostic::Severity::Error << u"'languages' is empty"_s;
        QTest::newRow("audience-empty") << u"audience-empty.json"_s << 19 << 15 << Diagnostic::Severity::Error
                                        << u"'audience' is empty"_s;
        QTest::newRow("format-version-0")
            << u"format-version-0.json"_s << 2 << 20 << Diagnostic::Severity::Error
            << u"format version 0 is not supported"_s;
        QTest::newRow("format-version-string")
            << u"format-version-string.json"_s << 2 << 20 << Diagnostic::Severity::Error
            << u"'formatVersion' of the scenario must be a number, not a string"_s;
        QTest::newRow("translation-not-a-string")
            << u"translation-not-a-string.json"_s << 11 << 11 << Diagnostic::Severity::Error
            << u"the 'en' translation of 'title' of the scenario must be a string"_s;
        QTest::newRow("unknown-indicator")
            << u"unknown-indicator.json"_s << 122 << 30 << Diagnostic::Severity::Error
            << u"unknown indicator 'long-hours'"_s;
        QTest::newRow("unknown-institution")
            << u"unknown-institution.json"_s << 327 << 24 << Diagnostic::Severity::Error
            << u"unknown institution 'police'"_s;
        QTest::newRow("unknown-principle")
            << u"unknown-principle.json"_s << 196 << 13 << Diagnostic::Severity::Error
            << u"unknown conduct principle 'be-nice'"_s;
        QTest::newRow("unknown-form") << u"unknown-form.json"_s << 17 << 11 << Diagnostic::Severity::Error
                                      << u"unknown form of trafficking 'slavery'"_s;
        QTest::newRow("unknown-audience-role")
            << u"unknown-audience-role.json"_s << 21 << 5 << Diagnostic::Severity::Error
            << u"unknown audience role 'pilot'"_s;
        QTest::newRow("unknown-speaker") << u"unknown-speaker.json"_s << 154 << 22
                                         << Diagnostic::Severity::Error << u"unknown speaker 'janis'"_s;
        QTest::newRow("missing-media-file")
            << u"missing-media-file.json"_s << 81 << 19 << Diagnostic::Severity::Error
            << u"media file 'media/kitchen.svg' does not exist"_s;
        QTest::newRow("empty-media-path") << u"empty-media-path.json"_s << 81 << 19
                                          << Diagnostic::Severity::Error << u"the media path is empty"_s;
        QTest::newRow("absolute-media-path")
            << u"absolute-media-path.json"_s << 81 << 19 << Diagnostic::Severity::Error
            << u"must be relative to the scenario file"_s;
        QTest::newRow("unknown-start") << u"unknown-start.json"_s << 65 << 12 << Diagnostic::Severity::Error
                                       << u"the start scene 'intro' does not exist"_s;
        QTest::newRow("unknown-next-scene")
            << u"unknown-next-scene.json"_s << 193 << 19 << Diagnostic::Severity::Error
            << u"leads to scene 'kitchen', which does not exist"_s;
        QTest::newRow("unknown-ending")
            << u"unknown-ending.json"_s << 310 << 21 << Diagnostic::Severity::Error
            << u"leads to ending 'rescued', which does not exist"_s;
        QTest::newRow("unreachable-scene")
            << u"unreachable-scene.json"_s << 319 << 5 << Diagnostic::Severity::Error
            << u"scene 'waiting-room' is never reached"_s;
        QTest::newRow("unreachable-ending")
            << u"unreachable-ending.json"_s << 427 << 5 << Diagnostic::Severity::Warning
            << u"ending 'lost' is never reached"_s;
        QTest::newRow("loop") << u"loop.json"_s << 315 << 19 << Diagnostic::Severity::Error
                              << u"closes a loop"_s;
        QTest::newRow("no-way-to-an-ending")
            << u"no-way-to-an-ending.json"_s << 235 << 5 << Diagnostic::Severity::Error
            << u"no ending can be reached from scene 'referral'"_s;
        QTest::newRow("condition-never-holds") << u"condition-never-holds.json"_s << 271 << 13
                                               << Diagnostic::Severity::Error << u"can never hold"_s;
        QTest::newRow("condition-before-any-effect")
            << u"condition-before-any-effect.json"_s << 245 << 13 << Diagnostic::Severity::Error
            << u"in this scene the variable can only be 0 to 0"_s;
        QTest::newRow("two-referral-scenes")
            << u"two-referral-scenes.json"_s << 235 << 5 << Diagnostic::Severity::Error
            << u"reaches another scene of kind \"referral\""_s;
        QTest::newRow("undeclared-variable")
            << u"undeclared-variable.json"_s << 272 << 22 << Diagnostic::Severity::Error
            << u"uses variable 'mood', which is not declared"_s;
        QTest::newRow("effect-undeclared-variable")
            << u"effect-undeclared-variable.json"_s << 204 << 22 << Diagnostic::Severity::Error
            << u"changes variable 'mood', which is not declared"_s;
        QTest::newRow("all-choices-conditional")
            << u"all-choices-conditional.json"_s << 280 << 5 << Diagnostic::Severity::Warning
            << u"every choice of scene 'assessment' has a condition"_s;
        QTest::newRow("referral-key-without-scene")
            << u"referral-key-without-scene.json"_s << 320 << 15 << Diagnostic::Severity::Error
            << u"no scene of kind \"referral\""_s;
        QTest::newRow("referral-scene-without-key")
            << u"referral-scene-without-key.json"_s << 235 << 5 << Diagnostic::Severity::Error
            << u"has no 'referral' key"_s;
        QTest::newRow("questions-without-scene")
            << u"questions-without-scene.json"_s << 376 << 5 << Diagnostic::Severity::Error
            << u"no scene of kind \"assessment\""_s;
        QTest::newRow("wanted-and-harmful") << u"wanted-and-harmful.json"_s << 356 << 7
                                            << Diagnostic::Severity::Error << u"both wanted and harmful"_s;
        QTest::newRow("order-names-unlisted")
            << u"order-names-unlisted.json"_s << 365 << 7 << Diagnostic::Severity::Error
            << u"neither required nor recommended"_s;
        QTest::newRow("any-of-single") << u"any-of-single.json"_s << 335 << 18 << Diagnostic::Severity::Error
                                       << u"'anyOf' needs at least two institutions"_s;
        QTest::newRow("institution-and-any-of")
            << u"institution-and-any-of.json"_s << 334 << 7 << Diagnostic::Severity::Error
            << u"exactly one of 'institution' or 'anyOf'"_s;
        QTest::newRow("order-same-institution")
            << u"order-same-institution.json"_s << 367 << 17 << Diagnostic::Severity::Error
            << u"two different institutions"_s;
        QTest::newRow("severity-differs-from-catalogue")
            << u"severity-differs-from-catalogue.json"_s << 209 << 9 << Diagnostic::Severity::Error
            << u"which the catalogue rates critical"_s;
        QTest::newRow("severity-reason-without-difference")
            << u"severity-reason-without-difference.json"_s << 232 << 29 << Diagnostic::Severity::Warning
            << u"explains no difference"_s;
        QTest::newRow("key-disagrees-with-ilo")
            << u"key-disagrees-with-ilo.json"_s << 376 << 5 << Diagnostic::Severity::Warning
            << u"the ILO/EC combination rule"_s;
    }

    void brokenCorpus()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(Diagnostic::Severity, severity);
        QFETCH(QString, words);
        const QString path = data(u"broken/"_s + file);
        const LoadResult result = ScenarioLoader(m_catalog).loadFile(path);
        const auto match = std::find_if(result.diagnostics.begin(), result.diagnostics.end(),
                                        [&](const Diagnostic &d) { return d.message.contains(words); });
        QVERIFY2(match != result.diagnostics.end(), qPrintable(describe(result.diagnostics)));
        QCOMPARE(match->file, path);
        QCOMPARE(match->line, line);
        QCOMPARE(match->column, column);
        QCOMPARE(match->severity, severity);
        // An error means no scenario; a warning alone still gives one.
        QCOMPARE(result.ok(), severity == Diagnostic::Severity::Warning);
        QCOMPARE(hasErrors(result.diagnostics), severity == Diagnostic::Severity::Error);
    }

    // Every corpus file comes from the generator's list, whose rows the table above mirrors: an orphan file
    // would be a check nobody asserts.
    void corpusIsComplete()
    {
        const QStringList files = QDir(data(u"broken"_s)).entryList({u"*.json"_s}, QDir::Files);
        QVERIFY(files.size() >= 40);
        QFile generator(data(u"broken/generate.py"_s));
        QVERIFY(generator.open(QIODevice::ReadOnly));
        const QByteArray cases = generator.readAll();
        QFile self(QStringLiteral(__FILE__));
        QVERIFY(self.open(QIODevice::ReadOnly));
        const QByteArray table = self.readAll();
        for (const QString &file : files) {
            const QByteArray stem = file.chopped(5).toUtf8();
            QVERIFY2(cases.contains(QByteArray("(\"" + stem + "\",")), stem.constData());
            QVERIFY2(table.contains(QByteArray("QTest::newRow(\"" + stem + "\")")), stem.constData());
        }
    }

    // A format version this Saskati does not read (it reads 1 to 3) is the one error, whatever its type:
    // "one" came after 15 errors about missing fields (reported at 1:1), 0 and 1.5 too.
    void formatVersionComesFirst_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("words");
        auto file = [](const char *value) -> QByteArray {
            return "{\n  \"formatVersion\": " + QByteArray(value) + "\n}\n";
        };
        QTest::newRow("string")
            << file("\"one\"")
            << u"'formatVersion' of the scenario must be a number, not a string; this "
               u"Saskati reads scenario format versions 1 to 3: write \"formatVersion\": 3"_s;
        QTest::newRow("string of a digit") << file("\"1\"") << u"must be a number, not a string"_s;
        QTest::newRow("null") << file("null") << u"must be a number, not null"_s;
        QTest::newRow("boolean") << file("true") << u"must be a number, not a boolean"_s;
        QTest::newRow("array") << file("[1]") << u"must be a number, not an array"_s;
        QTest::newRow("object") << file("{\"v\": 1}") << u"must be a number, not an object"_s;
        QTest::newRow("0") << file("0")
                           << u"scenario format version 0 is not supported: this Saskati reads "
                              u"versions 1 to 3; update Saskati or convert the file"_s;
        QTest::newRow("4") << file("4") << u"scenario format version 4 is not supported"_s;
        QTest::newRow("1.5") << file("1.5") << u"scenario format version 1.5 is not supported"_s;
        QTest::newRow("-1") << file("-1") << u"scenario format version -1 is not supported"_s;
        QFile corpus(data(u"broken/format-version-string.json"_s));
        QVERIFY(corpus.open(QIODevice::ReadOnly));
        QTest::newRow("a whole scenario") << corpus.readAll() << u"must be a number, not a string"_s;
    }

    void formatVersionComesFirst()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, words);
        const LoadResult result = ScenarioLoader(m_catalog).loadBytes(u"version.json"_s, bytes);
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.size(), 1);
        const Diagnostic &d = result.diagnostics.first();
        QVERIFY2(d.message.contains(words), qPrintable(d.toString()));
        QCOMPARE(d.line, 2);
        QCOMPARE(d.column, 20);
        QVERIFY(d.isError());
    }

    // The catalogue's version is read the same way: a string gave a type error and then every other problem.
    void catalogFormatVersionComesFirst_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("words");
        QTest::newRow("string")
            << QByteArray("\"one\"")
            << u"'catalogFormatVersion' of the catalogue file must be a number, not a string; "
               u"this Saskati reads catalogue format version 1: write \"catalogFormatVersion\": 1"_s;
        QTest::newRow("2") << QByteArray("2") << u"catalogue format version 2 is not supported"_s;
    }

    void catalogFormatVersionComesFirst()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, words);
        QTemporaryDir dir;
        for (const QString &name : QDir(data(u"catalog"_s)).entryList({u"*.json"_s}, QDir::Files))
            QVERIFY(QFile::copy(data(u"catalog/"_s + name), dir.filePath(name)));
        // Only the version stays: the roles and languages it needs are gone too.
        QFile roles(dir.filePath(u"roles.json"_s));
        QVERIFY(roles.open(QIODevice::WriteOnly | QIODevice::Truncate));
        roles.write("{\n  \"catalogFormatVersion\": " + value + "\n}\n");
        roles.close();
        Diagnostics diagnostics;
        loadCatalog(dir.path(), &diagnostics);
        QCOMPARE(diagnostics.size(), 1);
        const Diagnostic &d = diagnostics.first();
        QVERIFY2(d.message.contains(words), qPrintable(d.toString()));
        QCOMPARE(d.file, dir.filePath(u"roles.json"_s));
        QCOMPARE(d.line, 2);
        QCOMPARE(d.column, 27);
    }

    // A UTF-8 byte-order mark made every column of line 1 one too large (a minified file: all of them).
    void byteOrderMarkShiftsNoColumn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("firstColumn");
        QFile file(data(u"valid/minimal.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject minimal = QJsonDocument::fromJson(file.readAll()).object();
        minimal.insert(u"titel"_s, u"x"_s);
        const QByteArray minified = QJsonDocument(minimal).toJson(QJsonDocument::Compact);
        // Keys come out sorted: "titel" follows "title".
        const qsizetype titel = minified.indexOf("\"titel\"");
        QTest::newRow("minified, a warning")
            << minified << int(QString::fromUtf8(minified.left(titel)).toUcs4().size()) + 1;
        QTest::newRow("one line, an error") << QByteArray("{\"formatVersion\": 4}") << 19;
        QTest::newRow("missing field at 1:1") << QByteArray("{\"formatVersion\": 1}") << 1;
    }

    void byteOrderMarkShiftsNoColumn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, firstColumn);
        ScenarioLoader loader(m_catalog);
        loader.setCheckMediaFiles(false);
        const LoadResult plain = loader.loadBytes(u"plain.json"_s, bytes);
        const LoadResult marked = loader.loadBytes(u"plain.json"_s, "\xEF\xBB\xBF" + bytes);
        QVERIFY(!plain.diagnostics.isEmpty());
        QCOMPARE(plain.diagnostics.first().line, 1);
        QCOMPARE(plain.diagnostics.first().column, firstColumn);
        QCOMPARE(describe(marked.diagnostics), describe(plain.diagnostics));
    }

    // Many diagnostics on one line of a minified file, and the same on a line each: every unknown field is
    // reported at its key. (Each position was counted from the line's start: quadratic; bench_sourcemap
    // measures the time, this checks the answers.)
    void manyMessagesOnOneLine_data()
    {
        QTest::addColumn<QByteArray>("separator");
        QTest::newRow("one line") << QByteArray(",");
        QTest::newRow("a line each") << QByteArray(",\n");
    }

    void manyMessagesOnOneLine()
    {
        QFETCH(QByteArray, separator);
        QFile file(data(u"valid/minimal.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray minified =
            QJsonDocument::fromJson(file.readAll()).toJson(QJsonDocument::Compact); // Latvian text in it
        const int fields = 3000;
        QByteArray bytes = "{";
        for (int i = 0; i < fields; ++i)
            bytes += "\"x" + QByteArray::number(i) + "\":\"\xF0\x9F\x98\x80 " +
                     u"Liepāja, ģimene — "_s.left(i % 18).toUtf8() + "\"" + separator;
        bytes += minified.mid(1);
        ScenarioLoader loader(m_catalog);
        loader.setCheckMediaFiles(false);
        const LoadResult result = loader.loadBytes(u"many.json"_s, bytes);
        QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics).left(2000)));
        QCOMPARE(result.diagnostics.size(), fields);
        for (int i = 0; i < fields; ++i) {
            const Diagnostic &d = result.diagnostics.at(i); // sorted by position: the order written
            QVERIFY2(d.message.startsWith(u"unknown field 'x%1'"_s.arg(i)), qPrintable(d.toString()));
            const qsizetype key = bytes.indexOf(QByteArray("\"x" + QByteArray::number(i) + "\":"));
            const qsizetype lineStart = bytes.lastIndexOf('\n', key) + 1;
            QCOMPARE(d.line, 1 + int(bytes.left(key).count('\n')));
            QCOMPARE(d.column,
                     1 + int(QString::fromUtf8(bytes.mid(lineStart, key - lineStart)).toUcs4().size()));
        }
    }

    void missingFile()
    {
        const LoadResult result = ScenarioLoader(m_catalog).loadFile(data(u"no/such/file.json"_s));
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.size(), 1);
        QCOMPARE(result.diagnostics.first().line, 1);
        QVERIFY(result.diagnostics.first().message.contains(u"does not exist"_s));
    }

    void directoryInsteadOfFile()
    {
        const LoadResult result = ScenarioLoader(m_catalog).loadFile(data(u"broken"_s));
        QVERIFY(!result.ok());
        QVERIFY(result.diagnostics.first().message.contains(u"folder"_s));
    }

    // A huge file is refused before it is read (a sparse file: no disk is used).
    void hugeFileIsRefused()
    {
        QTemporaryDir dir;
        QFile huge(dir.filePath(u"huge.json"_s));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(qint64(65) * 1024 * 1024));
        huge.close();
        const LoadResult result = ScenarioLoader(m_catalog).loadFile(huge.fileName());
        QVERIFY(!result.ok());
        QVERIFY2(result.diagnostics.first().message.contains(u"more than the 64 MiB"_s),
                 qPrintable(describe(result.diagnostics)));
    }

    // A third language is data: add "de" to every text and to 'languages', and the scenario loads in German.
    void thirdLanguageNeedsNoCode()
    {
        QFile file(data(u"valid/minimal.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        root = addGerman(root).toObject();
        root.insert(u"languages"_s, QJsonArray{u"lv"_s, u"en"_s, u"de"_s});
        ScenarioLoader loader(m_catalog);
        loader.setCheckMediaFiles(false);
        const LoadResult result = loader.loadBytes(data(u"valid/de.json"_s), QJsonDocument(root).toJson());
        QVERIFY2(result.ok(), qPrintable(describe(result.diagnostics)));
        QCOMPARE(result.scenario->title.text(u"de"_s), u"DE: A job offer"_s);

        // ...and a text that lacks it is named.
        root.insert(u"title"_s, QJsonObject{{u"lv"_s, u"a"_s}, {u"en"_s, u"b"_s}});
        const LoadResult missing = loader.loadBytes(data(u"valid/de.json"_s), QJsonDocument(root).toJson());
        QVERIFY(!missing.ok());
        QVERIFY(describe(missing.diagnostics).contains(u"'title' of the scenario has no 'de' translation"_s));
    }

    // Random damage to a valid scenario gives a scenario or diagnostics with positions, never a crash.
    void randomDamageNeverCrashes()
    {
        QFile file(data(u"valid/minimal.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray valid = file.readAll();
        ScenarioLoader loader(m_catalog);
        loader.setCheckMediaFiles(false);
        QRandomGenerator random(1129);
        int refused = 0;
        for (int round = 0; round < 1500; ++round) {
            QByteArray input = valid;
            const int at = int(random.bounded(input.size()));
            switch (random.bounded(4)) {
            case 0:
                input[at] = char(random.bounded(256));
                break;
            case 1:
                input.truncate(at);
                break;
            case 2:
                input.remove(at, int(random.bounded(40)));
                break;
            default:
                input.insert(at, input.mid(int(random.bounded(input.size())), 30));
                break;
            }
            const LoadResult result = loader.loadBytes(u"damaged.json"_s, input);
            QCOMPARE(result.ok(), !hasErrors(result.diagnostics));
            for (const Diagnostic &d : result.diagnostics) {
                QVERIFY(d.line >= 1 && d.column >= 1);
                QVERIFY(!d.message.isEmpty());
            }
            refused += !result.ok();
        }
        QVERIFY(refused > 1000); // almost every random change breaks something, and is reported
    }

    void shippedScenariosAreValid_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios"_s);
        const QStringList names = dir.entryList({u"*.json"_s}, QDir::Files);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
        if (names.isEmpty())
            QTest::newRow("scenarios/ is empty") << QString();
    }

    void shippedScenariosAreValid()
    {
        QFETCH(QString, file);
        QVERIFY2(!file.isEmpty(), "scenarios/ holds no scenario");
        const LoadResult result = loadScenarioWithCatalog(file);
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
        QVERIFY(result.ok());
        QVERIFY(bestReachable(*result.scenario).total() > 0);
    }

    // What the municipality's own page lists as signs a person shows (the catalogue's indicators sourced to
    // it) is taught: each is a cue somewhere in the shipped scenarios, never only a trap. Visible injuries
    // included.
    void everySignOfTheSeedIsACueSomewhere()
    {
        const QDir dir(QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios"_s);
        QSet<QString> cues;
        std::shared_ptr<const Catalog> catalog;
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files)) {
            const LoadResult result = loadScenarioWithCatalog(dir.filePath(name));
            QVERIFY2(result.ok(), qPrintable(name));
            catalog = result.scenario->catalog;
            const auto collect = [&cues](const FlagTarget &target) {
                if (target.kind == FlagTarget::Kind::Cue)
                    cues.insert(target.indicator);
            };
            for (const Scene &scene : result.scenario->scenes) {
                for (const Line &line : scene.lines)
                    for (const Segment &segment : line.segments)
                        collect(segment.target);
                for (const Media &media : scene.media)
                    for (const Hotspot &hotspot : media.hotspots)
                        collect(hotspot.target);
            }
        }
        QVERIFY(catalog);
        QStringList seedSigns;
        for (const Indicator &indicator : catalog->indicators)
            if (indicator.source == u"Liepāja municipality page")
                seedSigns.append(indicator.id);
        QVERIFY2(seedSigns.contains(u"visible-injuries"_s), qPrintable(seedSigns.join(u", "_s)));
        QCOMPARE(seedSigns.size(), 9); // the page's nine signs of appearance and contact
        QStringList untaught;
        for (const QString &id : std::as_const(seedSigns))
            if (!cues.contains(id))
                untaught.append(id);
        untaught.sort();
        QVERIFY2(untaught.isEmpty(), qPrintable(u"never a cue: "_s + untaught.join(u", "_s)));
    }

    // A number or an address the catalogue ships says where it comes from, in both languages (issue #17:
    // facts with sources). Only what the sources confirmed is shipped; the rest is worded "check the current
    // rule".
    void everyShippedContactHasASource()
    {
        Diagnostics diagnostics;
        const Catalog catalog =
            loadCatalog(QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios/catalog"_s, &diagnostics);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(describe(diagnostics)));
        int withContacts = 0;
        for (const Institution &i : catalog.institutions) {
            if (i.phone.isEmpty() && i.freePhone.isEmpty() && i.address.isEmpty() && i.website.isEmpty() &&
                i.email.isEmpty())
                continue;
            ++withContacts;
            for (const QString &language : catalog.languages)
                QVERIFY2(i.source.has(language) && !i.source.text(language).isEmpty(),
                         qPrintable(i.id + u" has no source in "_s + language));
        }
        QVERIFY(withContacts >= 5);
        // Centrs MARTA's phone lines could not be confirmed: they are not shipped.
        QVERIFY(catalog.institutions.value(u"centrs-marta"_s).phone.isEmpty());
        QVERIFY(catalog.institutions.value(u"centrs-marta"_s).freePhone.isEmpty());
    }

private:
    static QJsonValue addGerman(const QJsonValue &value)
    {
        if (value.isArray()) {
            QJsonArray array;
            for (const QJsonValue &item : value.toArray())
                array.append(addGerman(item));
            return array;
        }
        if (!value.isObject())
            return value;
        QJsonObject object = value.toObject();
        if (object.contains(u"lv"_s) && object.contains(u"en"_s) && object.value(u"en"_s).isString()) {
            object.insert(u"de"_s, QString(u"DE: "_s + object.value(u"en"_s).toString()));
            return object;
        }
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = addGerman(it.value());
        return object;
    }
};

QTEST_GUILESS_MAIN(TestScenarioLoader)
#include "tst_scenarioloader.moc"
