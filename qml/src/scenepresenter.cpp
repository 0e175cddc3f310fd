#include "scenepresenter.h"

#include "transcript.h"

#include <QCoreApplication>

#include <QDir>

using namespace Qt::StringLiterals;

namespace saskati {

ScenePresenter::ScenePresenter(const Scenario &scenario, const Scene *scene, QString language,
                               QString mediaDirectory, const PlaythroughState *state)
    : m_scenario(scenario)
    , m_scene(scene)
    , m_language(std::move(language))
    , m_mediaDirectory(std::move(mediaDirectory))
    , m_state(state)
{}

QUrl ScenePresenter::mediaUrl(const QString &path) const
{
    if (path.isEmpty() || m_mediaDirectory.isEmpty())
        return {};
    return QUrl::fromLocalFile(QDir::cleanPath(QDir(m_mediaDirectory).filePath(path)));
}

const Media *ScenePresenter::picture() const
{
    if (!m_scene)
        return nullptr;
    for (const Media &m : m_scene->media)
        if (m.kind == Media::Kind::Image)
            return &m; // the first image is the scene's picture
    return nullptr;
}

QUrl ScenePresenter::image() const
{
    const Media *m = picture();
    return m ? mediaUrl(m->file) : QUrl();
}

QString ScenePresenter::imageAlt() const
{
    const Media *m = picture();
    return m ? m->alt.text(m_language) : QString();
}

QVariantList ScenePresenter::hotspots(const IsFlagged &isFlagged) const
{
    QVariantList list;
    const Media *m = picture();
    if (!m)
        return list;
    for (const Hotspot &h : m->hotspots)
        list.append(QVariantMap{{u"id"_s, h.id},
                                {u"x"_s, h.x},
                                {u"y"_s, h.y},
                                {u"width"_s, h.width},
                                {u"height"_s, h.height},
                                {u"label"_s, h.label.text(m_language)},
                                {u"flagged"_s, isFlagged && isFlagged(h.id)}});
    return list;
}

QVariantMap ScenePresenter::lineEntry(const Line &line, const IsFlagged &isFlagged,
                                      const PersonState *personState) const
{
    const CastMember *speaker = nullptr;
    for (const CastMember &c : m_scenario.cast)
        if (c.id == line.speaker)
            speaker = &c;
    QVariantList segments;
    QString caption;
    for (const Segment &seg : line.segments) {
        // Authors end sentences with a space before the next segment; the view spaces segments itself.
        const QString text = seg.text.text(m_language).simplified();
        segments.append(QVariantMap{
            {u"id"_s, seg.id}, {u"text"_s, text}, {u"flagged"_s, isFlagged && isFlagged(seg.id)}});
        caption += (caption.isEmpty() ? QString() : u" "_s) + text;
    }
    const bool chat = m_scene && m_scene->presentation == Scene::Presentation::Chat;
    // The person of a conversation may look different in a state (a portrait variant).
    const bool isPerson = m_scene && speaker && speaker->id == m_scene->person;
    const QString portrait = isPerson && personState && !personState->portrait.isEmpty()
                                 ? personState->portrait
                             : speaker ? speaker->portrait
                                       : QString();
    return QVariantMap{
        {u"id"_s, line.id},
        {u"speaker"_s, speaker ? speaker->name.text(m_language) : QString()},
        {u"portrait"_s, mediaUrl(portrait)},
        {u"voice"_s, line.voice.has(m_language) ? mediaUrl(line.voice.text(m_language)) : QUrl()},
        {u"caption"_s, caption},
        {u"asked"_s, false},
        {u"segments"_s, segments},
        // A chat message's (format 3): when it was sent, its picture, and whether the trainee sent it. Only a
        // chat shows a time and a picture (the validator warns about them elsewhere).
        {u"time"_s, chat ? line.time : QString()},
        {u"photo"_s, chat && line.photo ? mediaUrl(line.photo->file) : QUrl()},
        {u"photoAlt"_s, chat && line.photo ? line.photo->alt.text(m_language) : QString()},
        {u"fromTrainee"_s, speaker && speaker->role == u"trainee"}};
}

QVariantList ScenePresenter::lines(const IsFlagged &isFlagged) const
{
    QVariantList list;
    if (!m_scene)
        return list;
    for (const Line &line : m_scene->lines)
        list.append(lineEntry(line, isFlagged, nullptr));
    if (!m_scene->isConversation() || !m_state)
        return list;
    const QString you = QCoreApplication::translate("ScenePresenter", "You");
    for (const TranscriptTurn &turn : conversationTranscript(m_scenario, *m_state, m_scene->id)) {
        const QString asked = turn.move->text.text(m_language).simplified();
        const QVariantMap said{{u"id"_s, QString()}, {u"text"_s, asked}, {u"flagged"_s, false}};
        list.append(QVariantMap{{u"id"_s, QString(u"asked:"_s + turn.move->id)},
                                {u"speaker"_s, you},
                                {u"portrait"_s, QUrl()},
                                {u"voice"_s, QUrl()},
                                {u"caption"_s, asked},
                                {u"asked"_s, true},
                                {u"segments"_s, QVariantList{said}},
                                {u"time"_s, QString()},
                                {u"photo"_s, QUrl()},
                                {u"photoAlt"_s, QString()},
                                {u"fromTrainee"_s, true}});
        for (const ReplyLine *line : turn.said)
            list.append(lineEntry(*line, isFlagged, turn.stateAfter));
    }
    return list;
}

QString ScenePresenter::personDirection() const
{
    if (!m_state || !m_scene || !m_scene->isConversation())
        return {};
    const PersonState *state = currentPersonState(m_scenario, *m_state);
    return state ? state->direction.text(m_language) : QString();
}

} // namespace saskati
