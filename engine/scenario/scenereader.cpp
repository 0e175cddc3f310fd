// A scene and what the trainee meets in it: media (with hotspots on images), dialogue lines (with segments),
// and whether a hotspot or segment is a cue or a distractor. Choices are in choicereader.cpp, a
// conversation's moves and replies in conversationreader.cpp.
#include "scenarioreader_p.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace saskati {

void readFlagTarget(ReadContext &context, ObjectReader &r, FlagTarget *target, const QString &what)
{
    const json::Value cue = r.value(u"cue", false);
    const json::Value distractor = r.value(u"distractor", false);
    if (cue.isValid() && distractor.isValid()) {
        context.reporter.error(distractor.offset(),
                               u"%1 is both a cue and a distractor; keep one"_s.arg(what));
        return;
    }
    if (cue.isValid()) {
        ObjectReader c(context.reporter, cue, u"the cue of %1"_s.arg(what), context.languages());
        target->kind = FlagTarget::Kind::Cue;
        target->indicator = c.identifier(u"indicator", true);
        target->feedback = c.text(u"feedback", true);
        context.references.indicators.append({target->indicator, c.offsetOf(u"indicator")});
    } else if (distractor.isValid()) {
        ObjectReader d(context.reporter, distractor, u"the distractor of %1"_s.arg(what),
                       context.languages());
        target->kind = FlagTarget::Kind::Distractor;
        target->feedback = d.text(u"feedback", true);
    }
}

namespace {

// [x, y, width, height] as fractions of the image, inside it; zeros where the array is not one.
void readHotspotRect(ReadContext &context, ObjectReader &hr, Hotspot *h)
{
    const json::Value rect = hr.array(u"rect", true);
    double v[4] = {0, 0, 0, 0};
    if (rect.isArray()) {
        int i = 0;
        bool good = rect.size() == 4;
        for (json::Value n : rect) {
            if (!n.isNumber() || n.toDouble() < 0 || n.toDouble() > 1 || i >= 4)
                good = false;
            else
                v[i] = n.toDouble();
            ++i;
        }
        if (good && (v[0] + v[2] > 1.0001 || v[1] + v[3] > 1.0001 || v[2] <= 0 || v[3] <= 0))
            good = false;
        if (!good)
            context.reporter.error(rect.offset(),
                                   u"'rect' of hotspot '%1' must be [x, y, width, height] as fractions "
                                   u"of the image between 0 and 1, inside the image"_s.arg(h->id));
    }
    h->x = v[0];
    h->y = v[1];
    h->width = v[2];
    h->height = v[3];
}

Hotspot readHotspot(ReadContext &context, json::Value item)
{
    Hotspot h;
    ObjectReader hr(context.reporter, item, u"a hotspot"_s, context.languages());
    context.identify(hr, u"hotspot", &h);
    readHotspotRect(context, hr, &h);
    h.label = hr.text(u"label", true);
    readFlagTarget(context, hr, &h.target, u"hotspot '%1'"_s.arg(h.id));
    return h;
}

Media readMedia(ReadContext &context, json::Value value)
{
    Media m;
    ObjectReader r(context.reporter, value, u"a media item"_s, context.languages());
    context.identify(r, u"media", &m);
    const QString kind = r.oneOf(u"type", true, {u"image"_s, u"audio"_s, u"video"_s}, u"image"_s);
    m.kind = kind == u"audio"   ? Media::Kind::Audio
             : kind == u"video" ? Media::Kind::Video
                                : Media::Kind::Image;
    m.file = r.string(u"file", true);
    context.references.media.append({m.file, r.offsetOf(u"file")});
    m.alt = r.text(u"alt", true);
    // Audio and video need captions or a transcript: a deaf trainee must get the same cues.
    // Images may carry a longer description in 'captions' as well.
    m.captions = r.text(u"captions", m.kind != Media::Kind::Image);
    const json::Value hotspots = r.array(u"hotspots", false);
    if (hotspots.isValid() && m.kind != Media::Kind::Image)
        context.reporter.error(hotspots.offset(), u"only images can have hotspots; move them to an image"_s);
    for (json::Value item : hotspots)
        m.hotspots.append(readHotspot(context, item));
    return m;
}

Segment readSegment(ReadContext &context, json::Value item)
{
    Segment s;
    ObjectReader sr(context.reporter, item, u"a segment"_s, context.languages());
    context.identify(sr, u"segment", &s);
    s.text = sr.text(u"text", true);
    readFlagTarget(context, sr, &s.target, u"segment '%1'"_s.arg(s.id));
    return s;
}

// A chat message's time of day and picture (format 3).
void readChatFields(ReadContext &context, ObjectReader &r, Line *line)
{
    if (const json::Value time = r.value(u"time", false); time.isValid()) {
        line->time = r.string(u"time", false);
        static const QRegularExpression timeOfDay(u"^([01][0-9]|2[0-3]):[0-5][0-9]$"_s);
        if (time.isString() && !timeOfDay.match(line->time).hasMatch())
            context.reporter.error(
                r.offsetOf(u"time"),
                u"'time' of %1 must be a time of day as HH:MM, e.g. \"21:14\""_s.arg(r.what()));
        requireFormatVersion(context, 3, r.offsetOf(u"time"), u"a line's 'time'"_s);
    }
    if (const json::Value photo = r.value(u"photo", false); photo.isValid()) {
        ObjectReader pr(context.reporter, photo, u"the photo of %1"_s.arg(r.what()), context.languages());
        LinePhoto p;
        p.offset = photo.offset();
        p.file = pr.string(u"file", true);
        context.references.media.append({p.file, pr.offsetOf(u"file")});
        if (!p.file.isEmpty() && chatPhotoType(p.file).isEmpty())
            context.reporter.warning(pr.offsetOf(u"file"),
                                     u"photo '%1' of %2 is not SVG, PNG or JPEG: the phones in a seminar "
                                     u"will not show it; save it as "
                                     u"one of those"_s.arg(p.file, r.what()));
        p.alt = pr.text(u"alt", true);
        line->photo = std::move(p);
        requireFormatVersion(context, 3, photo.offset(), u"a line's 'photo'"_s);
    }
}

} // namespace

void readLineFields(ReadContext &context, ObjectReader &r, Line *line)
{
    context.identify(r, u"line", line);
    line->speaker = r.identifier(u"speaker", false);
    if (!line->speaker.isEmpty())
        context.references.speakers.append({line->speaker, r.offsetOf(u"speaker")});
    // Optional speech per language; every path must exist like any other media file. A language may have
    // none (a translation added before its recordings): the line is shown without sound in it.
    if (const json::Value voice = r.value(u"voice", false); voice.isValid()) {
        QStringList voiced;
        for (const QString &language : *context.languages())
            if (voice.isObject() && voice.member(language).isValid())
                voiced.append(language);
        // None of the declared languages: every one is named missing (an empty or misspelt voice).
        if (voiced.isEmpty())
            voiced = *context.languages();
        line->voice = readText(context.reporter, voice, u"'voice' of %1"_s.arg(r.what()), &voiced);
        for (json::Value file : voice)
            if (file.isString())
                context.references.media.append({file.toString(), file.offset()});
    }
    readChatFields(context, r, line);
    const json::Value segments = r.array(u"segments", true);
    if (segments.isArray() && segments.size() == 0)
        context.reporter.error(segments.offset(),
                               u"line '%1' has no segments; add its text as a segment"_s.arg(line->id));
    for (json::Value item : segments)
        line->segments.append(readSegment(context, item));
}

Line readLine(ReadContext &context, json::Value value)
{
    Line line;
    ObjectReader r(context.reporter, value, u"a dialogue line"_s, context.languages());
    readLineFields(context, r, &line);
    return line;
}

namespace {

// A time or photo shows only in a chat: elsewhere it is most likely a presentation forgotten. The scene's
// lines and a conversation's replies alike.
void warnChatFieldsOutsideChat(ReadContext &context, const Scene &scene)
{
    if (scene.presentation == Scene::Presentation::Chat)
        return;
    auto check = [&](const Line &line) {
        if (!line.time.isEmpty() || line.photo)
            context.reporter.warning(
                line.offset,
                u"line '%1' has a time or photo, which only a chat shows; write "
                u"\"presentation\": \"chat\" in scene '%2', or remove them"_s.arg(line.id, scene.id));
    };
    for (const Line &line : scene.lines)
        check(line);
    for (const Choice &move : scene.choices)
        for (const ReplyLine &line : move.reply)
            check(line);
}

} // namespace

void readScene(ReadContext &context, json::Value value)
{
    Scene scene;
    ObjectReader r(context.reporter, value, u"a scene"_s, context.languages());
    context.identify(r, u"scene", &scene);
    static const QStringList kinds = {u"interview"_s, u"referral"_s, u"assessment"_s, u"conversation"_s};
    const QString kind = r.oneOf(u"kind", false, kinds, u"interview"_s);
    scene.kind = kind == u"referral"       ? Scene::Kind::Referral
                 : kind == u"assessment"   ? Scene::Kind::Assessment
                 : kind == u"conversation" ? Scene::Kind::Conversation
                                           : Scene::Kind::Interview;
    if (r.value(u"presentation", false).isValid()) {
        const QString presentation =
            r.oneOf(u"presentation", false, {u"spoken"_s, u"chat"_s, u"document"_s}, u"spoken"_s);
        scene.presentation = presentation == u"chat"       ? Scene::Presentation::Chat
                             : presentation == u"document" ? Scene::Presentation::Document
                                                           : Scene::Presentation::Spoken;
        requireFormatVersion(context, 3, r.offsetOf(u"presentation"), u"'presentation'"_s);
    }
    scene.title = r.text(u"title", true);
    scene.setting = r.text(u"setting", true);
    for (json::Value item : r.array(u"media", false))
        scene.media.append(readMedia(context, item));
    for (json::Value item : r.array(u"lines", false))
        scene.lines.append(readLine(context, item));
    if (scene.isConversation()) {
        readConversation(context, r, &scene);
    } else {
        const json::Value choices = r.array(u"choices", true);
        if (choices.isArray() && choices.size() == 0)
            context.reporter.error(choices.offset(),
                                   u"%1 has no choices, so the trainee would be stuck there; add a choice "
                                   u"that leads to a scene or an ending"_s.arg(r.what()));
        for (json::Value item : choices)
            scene.choices.append(readChoice(context, item, scene.id));
    }
    warnChatFieldsOutsideChat(context, scene);
    if (!scene.id.isEmpty())
        context.scenario.sceneIndex.insert(scene.id, int(context.scenario.scenes.size()));
    context.scenario.scenes.append(std::move(scene));
}

} // namespace saskati
