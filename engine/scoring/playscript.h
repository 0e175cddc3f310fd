#pragma once

#include "diagnostic.h"
#include "event.h"
#include "playthrough.h"
#include "sourcemap.h"

#include <QJsonObject>
#include <optional>

namespace saskati {

/// A scripted playthrough (docs/play-script.md): a list of trainee actions, and for scenario tests the
/// scenario it plays and the results it expects.
struct PlayScript {
    /// One step of the script: the action (action.h) and where it is written.
    struct Step {
        saskati::Action action;
        qsizetype offset = 0;
        QString summary; // "choose 'c-private'", for messages
    };
    struct Expectation {
        QString path; // dotted path into the play result, e.g. "score.total"
        QJsonValue value;
        qsizetype offset = 0;
    };

    QString file;
    SourceMap sourceMap;
    PlayMode mode = PlayMode::Solo;
    bool voting = false; // "mode": "seminar-participant": follows the room's choices, scored on votes
    QString scenario;    // relative to the script; scenario tests only
    QString language;
    QList<Step> steps;
    QList<Expectation> expectations;

    SourcePosition position(qsizetype offset) const { return sourceMap.position(offset); }
};

std::optional<PlayScript> loadPlayScript(const QString &path, Diagnostics *diagnostics);

/// The outcome of playing a script: the playthrough, and the diagnostic of the first step that did not fit.
struct PlayRun {
    std::optional<Playthrough> playthrough;
    std::optional<Diagnostic> failure;
};

/// Plays `script` against `scenario`. With `fixedClock` every timestamp is derived from the sequence number,
/// so the output is byte-identical run after run.
PlayRun runPlayScript(std::shared_ptr<const Scenario> scenario, const PlayScript &script, bool fixedClock);

/// The result JSON of `saskati-cli play` (docs/cli.md).
QJsonObject playResultJson(const Playthrough &playthrough, const QString &language);

/// Reads a dotted path ("score.recognition.points", "criticalErrors.0.choice", "feedback.length") from a
/// result.
QJsonValue valueAtPath(const QJsonValue &root, const QString &path);

} // namespace saskati
