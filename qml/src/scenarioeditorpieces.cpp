// ScenarioEditor: adding and reshaping pieces. Each is one undo step: the object it changes is replaced
// whole, built by engine/authoring/scenarioparts.
#include "scenarioeditor.h"

#include "appcontext.h"
#include "scenarioparts.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

json::Path pathTo(std::initializer_list<json::PathStep> steps)
{
    return json::Path(steps);
}

json::PathStep key(const QString &name)
{
    return {name, -1};
}

json::PathStep index(qsizetype i)
{
    return {QString(), i};
}

} // namespace

int ScenarioEditor::addScene(const QString &kind)
{
    if (!isOpen())
        return -1;
    const json::Tree *scenes = m_document->root().member(u"scenes");
    const qsizetype at = scenes && scenes->isArray() ? qsizetype(scenes->items().size()) : 0;
    m_document->closeEdit();
    if (!scenes &&
        !check(m_document->set(pathTo({key(u"scenes"_s)}), json::Tree::array(), tr("Add a scene"))))
        return -1;
    return check(m_document->insert(pathTo({key(u"scenes"_s)}), at,
                                    authoring::newScene(m_document->root(), kind), tr("Add a scene")))
               ? int(at)
               : -1;
}

int ScenarioEditor::addChoice(int scene)
{
    const json::Path choices = pathTo({key(u"scenes"_s), index(scene), key(u"choices"_s)});
    const json::Tree *list = isOpen() ? m_document->at(choices) : nullptr;
    if (!list || !list->isArray())
        return fail(tr("There is no scene %1 with choices.").arg(scene + 1)), -1;
    const qsizetype at = qsizetype(list->items().size());
    const QString target = authoring::firstEndingId(m_document->root());
    m_document->closeEdit();
    return check(m_document->insert(choices, at, authoring::newChoice(m_document->root(), target),
                                    tr("Add a choice")))
               ? int(at)
               : -1;
}

int ScenarioEditor::addLine(int scene)
{
    const json::Path scenePath = pathTo({key(u"scenes"_s), index(scene)});
    const json::Tree *sceneTree = isOpen() ? m_document->at(scenePath) : nullptr;
    if (!sceneTree || !sceneTree->isObject())
        return fail(tr("There is no scene %1.").arg(scene + 1)), -1;
    const QStringList cast = castIds();
    const json::Tree line = authoring::newLine(m_document->root(), cast.value(0));
    m_document->closeEdit();
    if (const json::Tree *lines = sceneTree->member(u"lines"); lines && lines->isArray()) {
        const qsizetype at = qsizetype(lines->items().size());
        return check(m_document->insert(scenePath + pathTo({key(u"lines"_s)}), at, line, tr("Add a line")))
                   ? int(at)
                   : -1;
    }
    json::Tree changed = *sceneTree;
    changed.setMember(u"lines"_s, json::Tree::array({line}), u"setting");
    return check(m_document->set(scenePath, std::move(changed), tr("Add a line"))) ? 0 : -1;
}

int ScenarioEditor::addCastMember()
{
    if (!isOpen())
        return -1;
    const json::Tree *cast = m_document->root().member(u"cast");
    const qsizetype at = cast && cast->isArray() ? qsizetype(cast->items().size()) : 0;
    const json::Tree member = json::Tree::object(
        {{u"id"_s, json::Tree::string(authoring::freshId(m_document->root(), u"person"_s))},
         {u"name"_s, authoring::localized(languages())},
         {u"role"_s, json::Tree::string(at == 0 ? u"person"_s : u"companion"_s)}});
    m_document->closeEdit();
    if (!cast)
        return check(
                   m_document->set(pathTo({key(u"cast"_s)}), json::Tree::array({member}), tr("Add a person")))
                   ? 0
                   : -1;
    return check(m_document->insert(pathTo({key(u"cast"_s)}), at, member, tr("Add a person"))) ? int(at) : -1;
}

int ScenarioEditor::addEnding(const QString &outcome)
{
    if (!isOpen())
        return -1;
    const json::Tree *endings = m_document->root().member(u"endings");
    const qsizetype at = endings && endings->isArray() ? qsizetype(endings->items().size()) : 0;
    m_document->closeEdit();
    return check(m_document->insert(pathTo({key(u"endings"_s)}), at,
                                    authoring::newEnding(m_document->root(), outcome), tr("Add an ending")))
               ? int(at)
               : -1;
}

int ScenarioEditor::addReferralEntry(const QString &list, const QString &institution)
{
    if (!isOpen())
        return -1;
    if (list != u"required" && list != u"recommended" && list != u"harmful")
        return fail(tr("A referral entry is required, recommended or harmful.")), -1;
    json::Tree key = m_document->root().member(u"referral") ? *m_document->root().member(u"referral")
                                                            : authoring::newReferralKey(m_document->root());
    json::Tree *entries = key.member(list);
    if (!entries) {
        key.setMember(list, json::Tree::array());
        entries = key.member(list);
    }
    entries->items().push_back(
        authoring::newReferralEntry(m_document->root(), institution, list == u"required"));
    const int at = int(entries->items().size()) - 1;
    m_document->closeEdit();
    return check(m_document->set(pathTo({::saskati::key(u"referral"_s)}), std::move(key),
                                 tr("Add to the referral key")))
               ? at
               : -1;
}

QString ScenarioEditor::connectScenes(int scene, const QString &target)
{
    const json::Tree *sceneTree =
        isOpen() ? m_document->at(pathTo({key(u"scenes"_s), index(scene)})) : nullptr;
    if (!sceneTree || !sceneTree->isObject())
        return fail(tr("There is no scene %1.").arg(scene + 1)), QString();
    const json::Tree *kind = sceneTree->member(u"kind");
    const bool conversation = kind && kind->toString() == u"conversation";
    const QString prefix = u"scenes[%1]."_s.arg(scene);
    EditGroup group(*m_document, tr("Lead scene %1 to %2").arg(scene + 1).arg(target));
    const int at = conversation ? append(prefix + u"moves"_s, u"move"_s) : addChoice(scene);
    if (at < 0)
        return {};
    const QString path = prefix + (conversation ? u"moves[%1]"_s : u"choices[%1]"_s).arg(at);
    return setTarget(path, target) ? path : QString();
}

int ScenarioEditor::addSceneAfter(int scene, const QString &kind)
{
    if (!isOpen() || scene < 0 || scene >= count(u"scenes"_s))
        return fail(tr("There is no scene %1.").arg(scene + 1)), -1;
    EditGroup group(*m_document, tr("Add a scene after scene %1").arg(scene + 1));
    const int added = addScene(kind);
    if (added < 0)
        return -1;
    const QString id = value(u"scenes[%1].id"_s.arg(added)).toString();
    return connectScenes(scene, id).isEmpty() ? -1 : added;
}

bool ScenarioEditor::setTarget(const QString &choicePath, const QString &target)
{
    const auto p = pathOf(choicePath);
    const json::Tree *choice = p ? m_document->at(*p) : nullptr;
    if (!choice || !choice->isObject())
        return fail(tr("There is no choice at %1.").arg(choicePath));
    json::Tree changed = *choice;
    if (target.isEmpty()) { // a move that keeps the conversation going
        changed.removeMember(u"next");
        changed.removeMember(u"ending");
        m_document->closeEdit();
        return check(m_document->set(*p, std::move(changed), tr("Stay in the conversation")));
    }
    const bool toEnding = authoring::isEndingId(m_document->root(), target);
    const QString wanted = toEnding ? u"ending"_s : u"next"_s;
    const QString other = toEnding ? u"next"_s : u"ending"_s;
    changed.setMember(wanted, json::Tree::string(target), changed.member(other) ? other : u"text"_s);
    changed.removeMember(other);
    // A move that leads away is not answered: the trainee has left before the person could reply.
    const bool isMove = p->size() >= 2 && p->at(p->size() - 2).key == u"moves";
    if (isMove)
        changed.removeMember(u"reply");
    m_document->closeEdit();
    return check(m_document->set(*p, std::move(changed), tr("Lead the choice to %1").arg(target)));
}

bool ScenarioEditor::splitSegment(const QString &segmentPath, const QString &language, int start, int end)
{
    const auto p = pathOf(segmentPath);
    if (!p || p->size() < 2 || p->last().index < 0)
        return fail(tr("Select words in one part of a line to split it."));
    const json::Path listPath = p->mid(0, p->size() - 1);
    const json::Tree *list = m_document->at(listPath);
    const json::Tree *segment = m_document->at(*p);
    if (!list || !segment)
        return fail(tr("There is no part of a line at %1.").arg(segmentPath));
    const QList<json::Tree> parts =
        authoring::splitSegment(m_document->root(), *segment, language, start, end);
    if (parts.size() == 1)
        return true; // the whole text was selected: nothing to cut
    json::Tree changed = *list;
    auto &items = changed.items();
    const auto at = items.begin() + p->last().index;
    items.erase(at);
    items.insert(items.begin() + p->last().index, parts.begin(), parts.end());
    m_document->closeEdit();
    return check(m_document->set(listPath, std::move(changed), tr("Split a part of a line")));
}

bool ScenarioEditor::markCue(const QString &path, const QString &indicator)
{
    const auto p = pathOf(path);
    const json::Tree *target = p ? m_document->at(*p) : nullptr;
    if (!target || !target->isObject())
        return fail(tr("There is nothing to mark at %1.").arg(path));
    json::Tree changed = *target;
    const json::Tree *cue = target->member(u"cue");
    json::Tree next = authoring::newCue(m_document->root(), indicator);
    if (cue && cue->member(u"feedback")) // a new indicator keeps the feedback written
        next.setMember(u"feedback"_s, *cue->member(u"feedback"));
    else if (const json::Tree *distractor = target->member(u"distractor");
             distractor && distractor->member(u"feedback"))
        next.setMember(u"feedback"_s, *distractor->member(u"feedback"));
    changed.removeMember(u"distractor");
    changed.setMember(u"cue"_s, std::move(next));
    m_document->closeEdit();
    return check(m_document->set(*p, std::move(changed), tr("Mark a sign")));
}

bool ScenarioEditor::markDistractor(const QString &path)
{
    const auto p = pathOf(path);
    const json::Tree *target = p ? m_document->at(*p) : nullptr;
    if (!target || !target->isObject())
        return fail(tr("There is nothing to mark at %1.").arg(path));
    json::Tree changed = *target;
    json::Tree next = authoring::newDistractor(m_document->root());
    if (const json::Tree *cue = target->member(u"cue"); cue && cue->member(u"feedback"))
        next.setMember(u"feedback"_s, *cue->member(u"feedback"));
    changed.removeMember(u"cue");
    changed.setMember(u"distractor"_s, std::move(next));
    m_document->closeEdit();
    return check(m_document->set(*p, std::move(changed), tr("Mark a distractor")));
}

bool ScenarioEditor::unmark(const QString &path)
{
    const auto p = pathOf(path);
    const json::Tree *target = p ? m_document->at(*p) : nullptr;
    if (!target || !target->isObject())
        return fail(tr("There is nothing to unmark at %1.").arg(path));
    json::Tree changed = *target;
    if (!changed.removeMember(u"cue") && !changed.removeMember(u"distractor"))
        return true;
    m_document->closeEdit();
    return check(m_document->set(*p, std::move(changed), tr("Unmark")));
}

bool ScenarioEditor::setCritical(const QString &choicePath, bool critical)
{
    const auto p = pathOf(choicePath);
    const json::Tree *choice = p ? m_document->at(*p) : nullptr;
    if (!choice || !choice->isObject())
        return fail(tr("There is no choice at %1.").arg(choicePath));
    if ((choice->member(u"criticalError") != nullptr) == critical)
        return true;
    json::Tree changed = *choice;
    if (critical) {
        const json::Tree *principles = choice->member(u"principles");
        const QString principle = principles && principles->isArray() && !principles->items().empty()
                                      ? principles->items().front().toString()
                                      : QString();
        changed.setMember(u"criticalError"_s,
                          json::Tree::object({{u"principle"_s, json::Tree::string(principle)},
                                              {u"effect"_s, json::Tree::string(u"cap"_s)},
                                              {u"explanation"_s, authoring::localized(languages())}}));
    } else {
        changed.removeMember(u"criticalError");
    }
    m_document->closeEdit();
    return check(m_document->set(*p, std::move(changed),
                                 critical ? tr("Mark a critical error") : tr("Unmark the critical error")));
}

bool ScenarioEditor::setPicture(int scene, const QString &fileOrUrl)
{
    const json::Path scenePath = pathTo({key(u"scenes"_s), index(scene)});
    const json::Tree *sceneTree = isOpen() ? m_document->at(scenePath) : nullptr;
    if (!sceneTree || !sceneTree->isObject())
        return fail(tr("There is no scene %1.").arg(scene + 1));
    const QUrl url(fileOrUrl);
    const QString local = url.isLocalFile() ? url.toLocalFile() : fileOrUrl;
    const Result<QString> brought = AuthorFolder::bringPicture(m_document->file(), local);
    if (!brought)
        return fail(brought.error().message);
    json::Tree changed = *sceneTree;
    json::Tree *media = changed.member(u"media");
    json::Tree *image = nullptr;
    if (media && media->isArray())
        for (json::Tree &item : media->items())
            if (item.member(u"type") && item.member(u"type")->toString() == u"image")
                image = &item;
    if (image) {
        image->setMember(u"file"_s, json::Tree::string(*brought));
    } else {
        json::Tree picture = json::Tree::object(
            {{u"id"_s, json::Tree::string(authoring::freshId(m_document->root(), u"picture"_s))},
             {u"type"_s, json::Tree::string(u"image"_s)},
             {u"file"_s, json::Tree::string(*brought)},
             {u"alt"_s, authoring::localized(languages())},
             {u"hotspots"_s, json::Tree::array()}});
        if (media && media->isArray())
            media->items().push_back(std::move(picture));
        else
            changed.setMember(u"media"_s, json::Tree::array({std::move(picture)}), u"setting");
    }
    m_document->closeEdit();
    return check(m_document->set(scenePath, std::move(changed), tr("Choose the scene's picture")));
}

namespace {

// Thousandths of the picture: finer than a pointer, and short in the file.
json::Tree fraction(double v)
{
    return json::Tree::number(std::round(std::clamp(v, 0.0, 1.0) * 1000) / 1000);
}

} // namespace

bool ScenarioEditor::setHotspotRect(const QString &hotspotPath, double x, double y, double width,
                                    double height)
{
    const auto p = pathOf(hotspotPath);
    const json::Tree *hotspot = p ? m_document->at(*p) : nullptr;
    if (!hotspot || !hotspot->isObject() || !hotspot->member(u"rect"))
        return fail(tr("There is no region at %1.").arg(hotspotPath));
    // Inside the picture, and at least a hundredth of it.
    const double w = std::clamp(width, 0.01, 1.0), h = std::clamp(height, 0.01, 1.0);
    const json::Tree rect =
        json::Tree::array({fraction(std::clamp(x, 0.0, 1.0 - w)), fraction(std::clamp(y, 0.0, 1.0 - h)),
                           fraction(w), fraction(h)});
    if (*hotspot->member(u"rect") == rect)
        return true;
    m_document->closeEdit();
    return check(m_document->set(*p + pathTo({key(u"rect"_s)}), rect, tr("Move or resize a region")));
}

int ScenarioEditor::addHotspot(int scene, double x, double y, double width, double height)
{
    const json::Path mediaPath = pathTo({key(u"scenes"_s), index(scene), key(u"media"_s)});
    const json::Tree *media = isOpen() ? m_document->at(mediaPath) : nullptr;
    if (!media || !media->isArray())
        return fail(tr("Choose a picture for the scene first.")), -1;
    for (size_t i = 0; i < media->items().size(); ++i) {
        const json::Tree &item = media->items()[i];
        if (!item.member(u"type") || item.member(u"type")->toString() != u"image")
            continue;
        const json::Tree hotspot = json::Tree::object(
            {{u"id"_s, json::Tree::string(authoring::freshId(m_document->root(), u"hotspot"_s))},
             {u"rect"_s, json::Tree::array({fraction(x), fraction(y), fraction(width), fraction(height)})},
             {u"label"_s, authoring::localized(languages())}});
        json::Tree changed = item;
        json::Tree *hotspots = changed.member(u"hotspots");
        if (!hotspots) {
            changed.setMember(u"hotspots"_s, json::Tree::array());
            hotspots = changed.member(u"hotspots");
        }
        hotspots->items().push_back(hotspot);
        const int at = int(hotspots->items().size()) - 1;
        m_document->closeEdit();
        return check(m_document->set(mediaPath + pathTo({index(qsizetype(i))}), std::move(changed),
                                     tr("Draw a hotspot")))
                   ? at
                   : -1;
    }
    return fail(tr("Choose a picture for the scene first.")), -1;
}

QUrl ScenarioEditor::fileUrl(const QString &relative) const
{
    if (!isOpen() || relative.isEmpty())
        return {};
    return QUrl::fromLocalFile(QFileInfo(m_document->file()).absoluteDir().absoluteFilePath(relative));
}

} // namespace saskati
