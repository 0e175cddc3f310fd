#pragma once

#include "playthrough.h"
#include "scenario.h"

#include <QUrl>
#include <QVariantList>
#include <functional>

namespace saskati {

/// A scene as QML shows it (picture, hotspots, dialogue lines with portraits and voices), shared by solo play
/// and the seminar's audience view. Media paths are relative to the scenario file's folder.
class ScenePresenter {
public:
    using IsFlagged = std::function<bool(const QString &target)>;

    /// `state`: the playthrough, for a conversation's transcript and the person's state (none: only the
    /// scene's own lines).
    ScenePresenter(const Scenario &scenario, const Scene *scene, QString language, QString mediaDirectory,
                   const PlaythroughState *state = nullptr);

    QUrl mediaUrl(const QString &path) const;
    QUrl image() const;
    QString imageAlt() const;
    QVariantList hotspots(const IsFlagged &isFlagged = {}) const;
    /// The scene's lines; in a conversation then, turn by turn, what the trainee asked (`asked`: true,
    /// nothing to flag) and the lines of the reply that were said.
    QVariantList lines(const IsFlagged &isFlagged = {}) const;
    /// How the person in a conversation appears now (a stage direction); empty elsewhere.
    QString personDirection() const;

private:
    const Media *picture() const;
    QVariantMap lineEntry(const Line &line, const IsFlagged &isFlagged, const PersonState *personState) const;

    const Scenario &m_scenario;
    const Scene *m_scene;
    QString m_language;
    QString m_mediaDirectory;
    const PlaythroughState *m_state = nullptr;
};

} // namespace saskati
