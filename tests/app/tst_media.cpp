// Every media file a shipped scenario names exists and decodes: pictures render, voices load with a duration;
// and one voice really plays to its end through Qt Multimedia (PulseAudio with a null sink, started here).
#include "scenarioloader.h"

#include <QAudioOutput>
#include <QDir>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

class TestMedia : public QObject {
    Q_OBJECT

private:
    QStringList m_voices;
    bool m_startedSoundServer = false;

    static QStringList mediaOf(const Scenario &s)
    {
        QStringList files;
        for (const CastMember &c : s.cast)
            if (!c.portrait.isEmpty())
                files.append(c.portrait);
        for (const Scene &scene : s.scenes) {
            for (const Media &m : scene.media)
                files.append(m.file);
            for (const Line &line : scene.lines)
                for (const QString &language : s.languages)
                    if (line.voice.has(language))
                        files.append(line.voice.text(language));
        }
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A sound server to play into: under ctest the run's own (tests/tools/sound-server.sh); run by hand,
        // one is started here when none answers. A null sink needs no sound card.
        if (!QStandardPaths::findExecutable(u"pulseaudio"_s).isEmpty() &&
            QProcess::execute(u"pulseaudio"_s, {u"--check"_s}) != 0) {
            m_startedSoundServer =
                QProcess::execute(u"pulseaudio"_s, {u"--start"_s, u"--exit-idle-time=-1"_s}) == 0;
            QProcess::execute(u"pactl"_s, {u"load-module"_s, u"module-null-sink"_s});
        }
        const QDir dir(QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios"_s);
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files)) {
            const LoadResult r = loadScenarioWithCatalog(dir.filePath(name));
            if (r.ok())
                for (const QString &media : mediaOf(*r.scenario))
                    if (media.endsWith(u".ogg"_s))
                        m_voices.append(QDir::cleanPath(dir.filePath(media)));
        }
    }

    // A sound server started here (run by hand) stops here; the run's own server is stopped by ctest.
    void cleanupTestCase()
    {
        if (m_startedSoundServer)
            QProcess::execute(u"pulseaudio"_s, {u"--kill"_s});
    }

    void everyFileDecodes_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios"_s);
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files)) {
            const LoadResult r = loadScenarioWithCatalog(dir.filePath(name));
            QVERIFY2(r.ok(), qPrintable(name));
            for (const QString &media : mediaOf(*r.scenario)) {
                const QString path = QDir::cleanPath(dir.filePath(media));
                QTest::newRow(qPrintable(name + u": "_s + media)) << path;
            }
        }
    }

    void everyFileDecodes()
    {
        QFETCH(QString, file);
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        if (file.endsWith(u".svg"_s)) {
            QSvgRenderer svg(file);
            QVERIFY2(svg.isValid(), qPrintable(file));
            QVERIFY(!svg.viewBoxF().isEmpty());
            return;
        }
        // GStreamer reports a stream whose audio goes nowhere as invalid: give it an output (muted).
        QMediaPlayer player;
        QAudioOutput output;
        output.setMuted(true);
        player.setAudioOutput(&output);
        player.setSource(QUrl::fromLocalFile(file));
        QTRY_VERIFY_WITH_TIMEOUT(player.mediaStatus() == QMediaPlayer::LoadedMedia ||
                                     player.mediaStatus() == QMediaPlayer::InvalidMedia,
                                 10000);
        QCOMPARE(player.mediaStatus(), QMediaPlayer::LoadedMedia);
        QVERIFY(player.hasAudio());
        QTRY_VERIFY_WITH_TIMEOUT(player.duration() > 300, 5000);
    }

    // One voice, played for real to its end.
    void aVoicePlaysToTheEnd()
    {
        QVERIFY2(!m_voices.isEmpty(), "no voice files in the shipped scenarios");
        QMediaPlayer player;
        QAudioOutput output;
        player.setAudioOutput(&output);
        player.setSource(QUrl::fromLocalFile(m_voices.first()));
        player.play();
        QTRY_COMPARE_WITH_TIMEOUT(player.playbackState(), QMediaPlayer::PlayingState, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(player.mediaStatus(), QMediaPlayer::EndOfMedia, 30000);
        QCOMPARE(player.error(), QMediaPlayer::NoError);
    }
};

QTEST_MAIN(TestMedia)
#include "tst_media.moc"
