// Every media file a shipped scenario names exists and decodes: pictures render, voices decode (0.3 s of
// sound at least) and have a duration; and one voice really plays to its end through Qt Multimedia
// (PulseAudio with a null sink, started here).
#include "scenarioloader.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
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
        // Decoded with QAudioDecoder, not loaded into a QMediaPlayer: with Qt 6.4's GStreamer backend a
        // player torn down while its decoder was still adding pads once deadlocked the next setSource (a
        // fresh-clone CI run). The decoder runs at the sound's own pace, so it is stopped once 0.3 s of sound
        // has come out of it: by then its pads are long in place.
        QAudioDecoder decoder;
        decoder.setSource(QUrl::fromLocalFile(file));
        qint64 decodedUs = 0;
        connect(&decoder, &QAudioDecoder::bufferReady, this, [&] { decodedUs += decoder.read().duration(); });
        QSignalSpy finished(&decoder, &QAudioDecoder::finished);
        QSignalSpy failed(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error));
        decoder.start();
        QTRY_VERIFY_WITH_TIMEOUT(decodedUs > 300'000 || !finished.isEmpty() || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(), qPrintable(file + u": "_s + decoder.errorString()));
        QVERIFY2(decodedUs > 300'000,
                 qPrintable(file + u": "_s + QString::number(decodedUs) + u" µs of sound"_s));
        QTRY_VERIFY_WITH_TIMEOUT(decoder.duration() > 300, 5000);
        decoder.stop();
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
