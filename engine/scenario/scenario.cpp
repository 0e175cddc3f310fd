#include "scenario.h"

#include <QCryptographicHash>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace saskati {

QByteArray chatPhotoType(const QString &file)
{
    const QString ending = QFileInfo(file).suffix().toLower();
    if (ending == u"svg")
        return "image/svg+xml";
    if (ending == u"png")
        return "image/png";
    if (ending == u"jpg" || ending == u"jpeg")
        return "image/jpeg";
    return {};
}

bool Condition::holds(int actual) const
{
    switch (op) {
    case Op::Less:
        return actual < value;
    case Op::LessOrEqual:
        return actual <= value;
    case Op::Equal:
        return actual == value;
    case Op::NotEqual:
        return actual != value;
    case Op::GreaterOrEqual:
        return actual >= value;
    case Op::Greater:
        return actual > value;
    }
    return false;
}

QString presentationId(Scene::Presentation presentation)
{
    switch (presentation) {
    case Scene::Presentation::Spoken:
        return u"spoken"_s;
    case Scene::Presentation::Chat:
        return u"chat"_s;
    case Scene::Presentation::Document:
        return u"document"_s;
    }
    return {};
}

QString sceneKindId(Scene::Kind kind)
{
    switch (kind) {
    case Scene::Kind::Interview:
        return u"interview"_s;
    case Scene::Kind::Referral:
        return u"referral"_s;
    case Scene::Kind::Assessment:
        return u"assessment"_s;
    case Scene::Kind::Conversation:
        return u"conversation"_s;
    }
    return {};
}

QString urgencyId(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Immediate:
        return u"immediate"_s;
    case Urgency::SameDay:
        return u"same-day"_s;
    case Urgency::WithinDays:
        return u"within-days"_s;
    case Urgency::WhenReady:
        return u"when-ready"_s;
    }
    return {};
}

QStringList urgencyIds()
{
    return {urgencyId(Urgency::Immediate), urgencyId(Urgency::SameDay), urgencyId(Urgency::WithinDays),
            urgencyId(Urgency::WhenReady)};
}

bool urgencyFromId(const QString &id, Urgency *urgency)
{
    const qsizetype index = urgencyIds().indexOf(id); // in the enum's order
    if (index < 0)
        return false;
    *urgency = Urgency(index);
    return true;
}

QByteArray Scenario::contentHash() const
{
    std::call_once(m_hashOnce, [this] {
        m_contentHash = QCryptographicHash::hash(sourceBytes, QCryptographicHash::Sha256).toHex();
    });
    return m_contentHash;
}

void Scenario::buildIndexes()
{
    targetIndex.clear();
    choiceIndex.clear();
    for (int s = 0; s < scenes.size(); ++s) {
        const Scene &sc = scenes.at(s);
        for (const Line &line : sc.lines)
            for (const Segment &segment : line.segments)
                targetIndex.insert(segment.id, {s, &segment.target});
        for (const Media &media : sc.media)
            for (const Hotspot &hotspot : media.hotspots)
                targetIndex.insert(hotspot.id, {s, &hotspot.target});
        for (int c = 0; c < sc.choices.size(); ++c) {
            choiceIndex.insert(sc.choices.at(c).id, {s, c});
            for (const ReplyLine &line : sc.choices.at(c).reply)
                for (const Segment &segment : line.segments)
                    targetIndex.insert(segment.id, {s, &segment.target});
        }
    }
}

QList<Scene::Exit> Scene::exits() const
{
    QList<Exit> exits;
    for (const Choice &choice : choices)
        if (!choice.staysInScene())
            exits.append({choice.nextScene, choice.ending, choice.targetOffset, &choice});
    return exits;
}

const Choice *Scenario::choice(const QString &choiceId) const
{
    const auto it = choiceIndex.constFind(choiceId);
    return it == choiceIndex.constEnd() ? nullptr : &scenes.at(it->first).choices.at(it->second);
}

const LocalizedText *Scenario::targetText(const QString &targetId) const
{
    const auto it = targetIndex.constFind(targetId);
    if (it == targetIndex.constEnd() || it->scene < 0)
        return nullptr;
    const Scene &scene = scenes.at(it->scene);
    for (const Line &line : scene.lines)
        for (const Segment &segment : line.segments)
            if (segment.id == targetId)
                return &segment.text;
    for (const Media &media : scene.media)
        for (const Hotspot &hotspot : media.hotspots)
            if (hotspot.id == targetId)
                return &hotspot.label;
    for (const Choice &move : scene.choices)
        for (const ReplyLine &line : move.reply)
            for (const Segment &segment : line.segments)
                if (segment.id == targetId)
                    return &segment.text;
    return nullptr;
}

const Scene *Scenario::scene(const QString &sceneId) const
{
    const auto it = sceneIndex.constFind(sceneId);
    return it == sceneIndex.constEnd() ? nullptr : &scenes.at(*it);
}

const Ending *Scenario::ending(const QString &endingId) const
{
    const auto it = endingIndex.constFind(endingId);
    return it == endingIndex.constEnd() ? nullptr : &endings.at(*it);
}

const Variable *Scenario::variable(const QString &variableId) const
{
    for (const Variable &v : variables)
        if (v.id == variableId)
            return &v;
    return nullptr;
}

const Question *Scenario::question(const QString &questionId) const
{
    for (const Question &q : questions)
        if (q.id == questionId)
            return &q;
    return nullptr;
}

int Scenario::flagPoints(const FlagTarget &target) const
{
    switch (target.kind) {
    case FlagTarget::Kind::Plain:
        return -scoring.plainPenalty;
    case FlagTarget::Kind::Distractor:
        return -scoring.distractorPenalty;
    case FlagTarget::Kind::Cue: {
        if (!catalog)
            return 0;
        const auto it = catalog->indicators.constFind(target.indicator);
        if (it == catalog->indicators.constEnd())
            return 0;
        switch (it->strength) {
        case Strength::Strong:
            return scoring.strongPoints;
        case Strength::Medium:
            return scoring.mediumPoints;
        case Strength::Weak:
            return scoring.weakPoints;
        }
    }
    }
    return 0;
}

} // namespace saskati
