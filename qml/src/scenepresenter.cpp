#include "scenepresenter.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace saskati {

ScenePresenter::ScenePresenter(const Scenario &scenario, const Scene *scene, QString language,
                               QString mediaDirectory)
    : m_scenario(scenario)
    , m_scene(scene)
    , m_language(std::move(language))
    , m_mediaDirectory(std::move(mediaDirectory))
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

QVariantList ScenePresenter::lines(const IsFlagged &isFlagged) const
{
    QVariantList list;
    if (!m_scene)
        return list;
    for (const Line &line : m_scene->lines) {
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
        list.append(QVariantMap{
            {u"id"_s, line.id},
            {u"speaker"_s, speaker ? speaker->name.text(m_language) : QString()},
            {u"portrait"_s, speaker ? mediaUrl(speaker->portrait) : QUrl()},
            {u"voice"_s, line.voice.has(m_language) ? mediaUrl(line.voice.text(m_language)) : QUrl()},
            {u"caption"_s, caption},
            {u"segments"_s, segments}});
    }
    return list;
}

} // namespace saskati
