// ScenePresenter's lines as the play screen gets them: a chat message (scenario format 3) carries its time,
// its picture as a URL beside the scenario and the picture's description in the interface's language; a line
// of an older file carries neither.
#include "scenepresenter.h"
#include "testscenarios.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

class TestScenePresenter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aChatMessageCarriesItsTimeAndPicture_data()
    {
        QTest::addColumn<QString>("presentation"); // empty: a format 1 file, as written
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("photoEnd");
        QTest::addColumn<QString>("photoAlt");
        QTest::newRow("a chat message")
            << u"chat"_s << u"21:14"_s << u"/valid/media/office.svg"_s << u"An office building"_s;
        QTest::newRow("the same line in a spoken scene")
            << u"spoken"_s << QString() << QString() << QString();
        QTest::newRow("a line of a format 1 file") << QString() << QString() << QString() << QString();
    }
    void aChatMessageCarriesItsTimeAndPicture()
    {
        QFETCH(QString, presentation);
        QFETCH(QString, time);
        QFETCH(QString, photoEnd);
        QFETCH(QString, photoAlt);
        QJsonObject root = testing::minimalScenarioJson();
        QVERIFY(!root.isEmpty());
        if (!presentation.isEmpty()) {
            root.insert(u"formatVersion"_s, 3);
            QJsonArray scenes = root.value(u"scenes"_s).toArray();
            QJsonObject scene = scenes.at(0).toObject();
            scene.insert(u"presentation"_s, presentation);
            QJsonArray lines = scene.value(u"lines"_s).toArray();
            QJsonObject line = lines.at(0).toObject();
            line.insert(u"time"_s, u"21:14"_s);
            line.insert(u"photo"_s, QJsonObject{{u"file"_s, u"media/office.svg"_s},
                                                {u"alt"_s, QJsonObject{{u"lv"_s, u"Biroja ēka"_s},
                                                                       {u"en"_s, u"An office building"_s}}}});
            lines.replace(0, line);
            scene.insert(u"lines"_s, lines);
            scenes.replace(0, scene);
            root.insert(u"scenes"_s, scenes);
        }
        const LoadResult loaded = testing::loadEditedMinimal(root);
        QVERIFY(loaded.ok());
        const Scenario &s = *loaded.scenario;
        const ScenePresenter presenter(s, &s.scenes.at(0), u"en"_s, testing::dataPath(u"valid"_s));
        const QVariantMap first = presenter.lines().first().toMap();
        QCOMPARE(first.value(u"time"_s).toString(), time);
        const QUrl photo = first.value(u"photo"_s).toUrl();
        QCOMPARE(photo.isEmpty(), photoEnd.isEmpty());
        if (!photoEnd.isEmpty()) {
            QVERIFY2(photo.toLocalFile().endsWith(photoEnd), qPrintable(photo.toString()));
            QVERIFY(QFileInfo::exists(photo.toLocalFile()));
        }
        QCOMPARE(first.value(u"photoAlt"_s).toString(), photoAlt);
        QCOMPARE(first.value(u"fromTrainee"_s).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestScenePresenter)
#include "tst_scenepresenter.moc"
