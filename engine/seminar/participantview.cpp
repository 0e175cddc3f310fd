#include "participantview.h"

#include "participantmessage.h"
#include "transcript.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace saskati::participantview {

namespace {

QString speakerName(const Scenario &scenario, const QString &speaker, const QString &language)
{
    for (const CastMember &c : scenario.cast)
        if (c.id == speaker)
            return c.name.text(language);
    return {};
}

bool sentByParticipant(const Scenario &scenario, const QString &speaker)
{
    return std::any_of(scenario.cast.begin(), scenario.cast.end(),
                       [&](const CastMember &c) { return c.id == speaker && c.role == u"trainee"; });
}

/// A chat photo's file, if it is one a phone can show: beside the scenario file (a scenario read from a
/// database snapshot, as a resumed run may be, has no folder and so no photos) and SVG, PNG or JPEG.
QString photoFileOf(const Scenario &scenario, const Line &line)
{
    if (!line.photo)
        return {};
    const QFileInfo scenarioFile(scenario.file);
    const QString path = QDir::cleanPath(scenarioFile.absoluteDir().filePath(line.photo->file));
    return scenarioFile.isFile() && QFileInfo(path).isFile() && !chatPhotoType(path).isEmpty() ? path
                                                                                               : QString();
}

/// The lines said in the scene so far (in a conversation, what was said can be flagged too), a segment each.
/// A chat's segments carry their message's time, whether the participant sent it (version 1.2) and, on the
/// message's first segment, its photo (version 1.4).
QJsonArray segmentsOf(const SeminarRoom &room, const Scene &scene, const QString &language,
                      const QString &photoPrefix)
{
    const Scenario &scenario = *room.scenario();
    const bool chat = scene.presentation == Scene::Presentation::Chat;
    QJsonArray segments;
    for (const Line *line : linesSaid(scenario, room.roomPlaythrough()->state(), scene.id))
        for (const Segment &segment : line->segments) {
            QJsonObject entry{{u"id"_s, segment.id},
                              {u"speaker"_s, speakerName(scenario, line->speaker, language)},
                              {u"text"_s, segment.text.text(language)}};
            if (chat) {
                entry.insert(u"line"_s, line->id);
                if (!line->time.isEmpty())
                    entry.insert(u"time"_s, line->time);
                if (sentByParticipant(scenario, line->speaker))
                    entry.insert(u"own"_s, true);
                if (&segment == &line->segments.first() && !photoPrefix.isEmpty() &&
                    !photoFileOf(scenario, *line).isEmpty())
                    entry.insert(u"photo"_s,
                                 QJsonObject{{u"src"_s, QString(photoPrefix + scene.id + u'/' + line->id)},
                                             {u"alt"_s, line->photo->alt.text(language)}});
            }
            segments.append(entry);
        }
    return segments;
}

QJsonArray rolesOf(const Catalog *catalog, const QString &language)
{
    QJsonArray roles;
    if (!catalog)
        return roles;
    QList<const AudienceRole *> sorted;
    for (const AudienceRole &r : catalog->roles)
        sorted.append(&r);
    std::sort(sorted.begin(), sorted.end(), [&](const AudienceRole *a, const AudienceRole *b) {
        return a->name.text(language).localeAwareCompare(b->name.text(language)) < 0;
    });
    for (const AudienceRole *r : sorted)
        roles.append(QJsonObject{{u"id"_s, r->id}, {u"name"_s, r->name.text(language)}});
    return roles;
}

} // namespace

QJsonObject welcome(const SeminarRoom &room, const Catalog *catalog, const QString &language)
{
    return QJsonObject{{u"type"_s, u"welcome"_s},
                       {u"seminar"_s, room.seminar().title},
                       {u"roles"_s, rolesOf(catalog, language)},
                       {u"languages"_s, QJsonArray::fromStringList(phoneLanguages())}};
}

QJsonObject joined(const SeminarRoom::Member &member, const Catalog *catalog)
{
    QJsonArray indicators;
    if (catalog) {
        QList<const Indicator *> sorted;
        for (const Indicator &i : catalog->indicators)
            sorted.append(&i);
        std::sort(sorted.begin(), sorted.end(), [&](const Indicator *a, const Indicator *b) {
            return std::pair(int(a->dimension), a->name.text(member.language)) <
                   std::pair(int(b->dimension), b->name.text(member.language));
        });
        for (const Indicator *i : sorted)
            indicators.append(QJsonObject{{u"id"_s, i->id},
                                          {u"name"_s, i->name.text(member.language)},
                                          {u"group"_s, dimensionId(i->dimension)}});
    }
    return QJsonObject{{u"type"_s, u"joined"_s},
                       {u"token"_s, member.token},
                       {u"name"_s, member.participant.displayName},
                       {u"indicators"_s, indicators}};
}

namespace {

// The referral urgencies in the phone page's languages (phoneLanguages), in the order the page offers them.
QJsonArray urgencies(const QString &language)
{
    struct Urgency {
        const char16_t *id, *lv, *en, *ru;
    };
    static const Urgency table[] = {
        {u"immediate", u"Nekavējoties", u"Immediately", u"Немедленно"},
        {u"same-day", u"Tajā pašā dienā", u"The same day", u"В тот же день"},
        {u"within-days", u"Dažu dienu laikā", u"Within days", u"В течение нескольких дней"},
        {u"when-ready", u"Kad persona gatava", u"When the person is ready", u"Когда человек будет готов"},
    };
    QJsonArray list;
    for (const Urgency &urgency : table) {
        const char16_t *name = language == u"lv" ? urgency.lv : language == u"ru" ? urgency.ru : urgency.en;
        list.append(
            QJsonObject{{u"id"_s, QString::fromUtf16(urgency.id)}, {u"name"_s, QString::fromUtf16(name)}});
    }
    return list;
}

} // namespace

QJsonObject decision(const SeminarRoom &room, const QString &language, const QString &photoPrefix)
{
    const Scene *scene = room.currentScene();
    if (!scene)
        return {};
    const Scenario &scenario = *room.scenario();
    QJsonObject d{{u"id"_s, room.decisionId()},
                  {u"scene"_s, scene->id},
                  {u"kind"_s, sceneKindId(scene->kind)},
                  {u"title"_s, scene->title.text(language)}};
    if (room.phase() == SeminarRoom::Phase::Scene)
        return d; // what to answer is shown once answers open
    QJsonArray hotspots, choices;
    if (scene->presentation != Scene::Presentation::Spoken)
        d.insert(u"presentation"_s, presentationId(scene->presentation));
    for (const Media &media : scene->media)
        for (const Hotspot &h : media.hotspots)
            hotspots.append(QJsonObject{{u"id"_s, h.id}, {u"label"_s, h.label.text(language)}});
    for (const Choice *c : room.availableChoices())
        choices.append(QJsonObject{{u"id"_s, c->id}, {u"text"_s, c->text.text(language)}});
    d.insert(u"segments"_s, segmentsOf(room, *scene, language, photoPrefix));
    d.insert(u"hotspots"_s, hotspots);
    d.insert(u"choices"_s, choices);
    const Catalog *catalog = scenario.catalog.get();
    if (scene->kind == Scene::Kind::Referral && catalog) {
        QList<const Institution *> sorted;
        for (const Institution &i : catalog->institutions)
            sorted.append(&i);
        std::sort(sorted.begin(), sorted.end(), [&](const Institution *a, const Institution *b) {
            return a->name.text(language).localeAwareCompare(b->name.text(language)) < 0;
        });
        QJsonArray institutions;
        for (const Institution *i : sorted)
            institutions.append(QJsonObject{{u"id"_s, i->id}, {u"name"_s, i->name.text(language)}});
        d.insert(u"institutions"_s, institutions);
        d.insert(u"urgencies"_s, urgencies(language));
    }
    if (scene->kind == Scene::Kind::Assessment) {
        QJsonArray questions;
        for (const Question &q : scenario.questions) {
            QJsonArray options;
            for (const AnswerOption &o : q.options)
                options.append(QJsonObject{{u"id"_s, o.id}, {u"text"_s, o.text.text(language)}});
            const bool multiple = q.kind == Question::Kind::Multiple || q.kind == Question::Kind::Dimensions;
            questions.append(QJsonObject{{u"id"_s, q.id},
                                         {u"kind"_s, multiple ? u"multiple"_s : u"single"_s},
                                         {u"prompt"_s, q.prompt.text(language)},
                                         {u"options"_s, options}});
        }
        d.insert(u"questions"_s, questions);
    }
    return d;
}

QJsonObject state(const SeminarRoom &room, const QJsonObject &decision, const QString &memberId,
                  const QString &language)
{
    const auto [step, of] = room.progress();
    const bool decisionShown =
        room.phase() != SeminarRoom::Phase::Lobby && room.phase() != SeminarRoom::Phase::Ended;
    return QJsonObject{
        {u"type"_s, u"state"_s},
        {u"phase"_s, roomPhaseId(room.phase())},
        {u"scenario"_s, room.scenario() ? room.scenario()->title.text(language) : QString()},
        {u"progress"_s,
         of > 0 ? QJsonValue(QJsonObject{{u"step"_s, step}, {u"of"_s, of}}) : QJsonValue(QJsonValue::Null)},
        {u"decision"_s,
         decisionShown && !decision.isEmpty() ? QJsonValue(decision) : QJsonValue(QJsonValue::Null)},
        {u"answers"_s, room.answersOf(memberId)},
    };
}

QString shownPhotoFile(const SeminarRoom &room, const QString &sceneId, const QString &lineId)
{
    const Scene *scene = room.currentScene();
    if (!scene || scene->id != sceneId || scene->presentation != Scene::Presentation::Chat)
        return {};
    // Only once the decision shows the messages (not in `scene`, `lobby` or `ended`, as decision() and
    // state()).
    const SeminarRoom::Phase phase = room.phase();
    if (phase == SeminarRoom::Phase::Lobby || phase == SeminarRoom::Phase::Scene ||
        phase == SeminarRoom::Phase::Ended || room.checkPhase() != SeminarRoom::CheckPhase::None)
        return {};
    const Scenario &scenario = *room.scenario();
    for (const Line *line : linesSaid(scenario, room.roomPlaythrough()->state(), scene->id))
        if (line->id == lineId)
            return photoFileOf(scenario, *line);
    return {};
}

} // namespace saskati::participantview
