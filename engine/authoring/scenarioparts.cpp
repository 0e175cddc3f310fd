#include "scenarioparts.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace saskati::authoring {

using json::Tree;

namespace {

void collectIds(const Tree &node, QSet<QString> *ids)
{
    if (node.isObject()) {
        if (const Tree *id = node.member(u"id"); id && id->type() == json::Type::String)
            ids->insert(id->toString());
        for (const auto &[key, value] : node.members())
            collectIds(value, ids);
    } else if (node.isArray()) {
        for (const Tree &item : node.items())
            collectIds(item, ids);
    }
}

// The id of the first item of the top-level list `list` that has one.
QString firstIdIn(const Tree &root, QStringView list)
{
    if (const Tree *items = root.member(list); items && items->isArray())
        for (const Tree &item : items->items())
            if (const Tree *id = item.member(u"id"))
                return id->toString();
    return {};
}

// The cast member a conversation is with: the first whose role is "person", else the first.
QString firstPersonId(const Tree &root)
{
    QString first;
    if (const Tree *cast = root.member(u"cast"); cast && cast->isArray())
        for (const Tree &member : cast->items()) {
            const Tree *id = member.member(u"id");
            const Tree *role = member.member(u"role");
            if (id && role && role->toString() == u"person")
                return id->toString();
            if (id && first.isEmpty())
                first = id->toString();
        }
    return first;
}

} // namespace

QString firstEndingId(const Tree &root)
{
    return firstIdIn(root, u"endings");
}

bool isEndingId(const Tree &root, const QString &id)
{
    if (const Tree *endings = root.member(u"endings"); endings && endings->isArray())
        for (const Tree &ending : endings->items())
            if (const Tree *own = ending.member(u"id"); own && own->toString() == id)
                return true;
    return false;
}

QString idFromWords(const QString &words, const QString &prefix)
{
    QString id;
    for (const QChar c : words.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            id += c;
        else if (!id.isEmpty() && !id.endsWith(u'-') && (c.isSpace() || c == u'-' || c == u'_'))
            id += u'-';
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    if (id.isEmpty())
        return prefix;
    if (!id.at(0).isLetter())
        id.prepend(prefix + u'-');
    return id;
}

QSet<QString> idsIn(const Tree &root)
{
    QSet<QString> ids;
    collectIds(root, &ids);
    return ids;
}

QString freshId(const Tree &root, const QString &prefix)
{
    const QSet<QString> taken = idsIn(root);
    QString id = prefix;
    for (int n = 2; taken.contains(id); ++n)
        id = prefix + u'-' + QString::number(n);
    return id;
}

QStringList languagesOf(const Tree &root)
{
    QStringList languages;
    if (const Tree *declared = root.member(u"languages"); declared && declared->isArray())
        for (const Tree &language : declared->items())
            if (language.type() == json::Type::String && !language.toString().isEmpty())
                languages.append(language.toString());
    return languages.isEmpty() ? QStringList{u"lv"_s, u"en"_s} : languages;
}

Tree localized(const QStringList &languages, const QString &first)
{
    std::vector<std::pair<QString, Tree>> members;
    for (const QString &language : languages)
        members.emplace_back(language, Tree::string(members.empty() ? first : QString()));
    return Tree::object(std::move(members));
}

Tree newScenario(const QString &id, const QStringList &languages, const QString &title)
{
    std::vector<Tree> languageItems;
    for (const QString &language : languages)
        languageItems.push_back(Tree::string(language));
    const Tree empty = localized(languages);
    Tree ending = Tree::object({{u"id"_s, Tree::string(u"ending"_s)},
                                {u"outcome"_s, Tree::string(u"referred"_s)},
                                {u"title"_s, empty},
                                {u"debrief"_s, empty}});
    Tree root = Tree::object({
        {u"formatVersion"_s, Tree::number(2)},
        {u"id"_s, Tree::string(id)},
        {u"version"_s, Tree::number(1)},
        {u"languages"_s, Tree::array(std::move(languageItems))},
        {u"title"_s, localized(languages, title)},
        {u"summary"_s, empty},
        {u"form"_s, Tree::string(u"none"_s)},
        {u"subject"_s, Tree::string(u"adult"_s)},
        {u"audience"_s, Tree::array({Tree::string(u"social-worker"_s)})},
        {u"estimatedMinutes"_s, Tree::number(10)},
        {u"objectives"_s,
         Tree::array({Tree::object({{u"id"_s, Tree::string(u"objective-1"_s)}, {u"text"_s, empty}})})},
        {u"contentWarning"_s, empty},
        {u"author"_s, Tree::string(QString())},
        {u"licence"_s, Tree::string(u"CC-BY-SA-4.0"_s)},
        {u"cast"_s, Tree::array()},
        {u"start"_s, Tree::string(u"scene-1"_s)},
        {u"scenes"_s, Tree::array()},
        {u"endings"_s, Tree::array({std::move(ending)})},
    });
    Tree scene = newScene(root, u"interview"_s);
    scene.setMember(u"id"_s, Tree::string(u"scene-1"_s));
    root.member(u"scenes")->items().push_back(std::move(scene));
    return root;
}

Tree newScene(const Tree &root, const QString &kind)
{
    const QStringList languages = languagesOf(root);
    std::vector<std::pair<QString, Tree>> members{{u"id"_s, Tree::string(freshId(root, u"scene"_s))}};
    if (kind != u"interview")
        members.emplace_back(u"kind"_s, Tree::string(kind));
    members.emplace_back(u"title"_s, localized(languages));
    members.emplace_back(u"setting"_s, localized(languages));
    if (kind != u"conversation") {
        members.emplace_back(u"choices"_s, Tree::array({newChoice(root, firstEndingId(root))}));
        return Tree::object(std::move(members));
    }
    const QString person = firstPersonId(root);
    members.insert(members.begin() + 2, {u"person"_s, Tree::string(person)});
    members.emplace_back(u"limit"_s, newLimit(root));
    members.emplace_back(u"moves"_s, Tree::array({newMove(root, person)}));
    return Tree::object(std::move(members));
}

Tree newChoice(const Tree &root, const QString &next)
{
    const QStringList languages = languagesOf(root);
    return Tree::object({{u"id"_s, Tree::string(freshId(root, u"choice"_s))},
                         {u"text"_s, localized(languages)},
                         {isEndingId(root, next) ? u"ending"_s : u"next"_s, Tree::string(next)},
                         {u"points"_s, Tree::number(0)},
                         {u"feedback"_s, localized(languages)}});
}

Tree newLine(const Tree &root, const QString &speaker)
{
    const QStringList languages = languagesOf(root);
    const QString lineId = freshId(root, u"line"_s);
    const QString segmentId = freshId(root, lineId + u"-part"_s);
    return Tree::object({{u"id"_s, Tree::string(lineId)},
                         {u"speaker"_s, Tree::string(speaker)},
                         {u"segments"_s, Tree::array({Tree::object({{u"id"_s, Tree::string(segmentId)},
                                                                    {u"text"_s, localized(languages)}})})}});
}

Tree newEnding(const Tree &root, const QString &outcome)
{
    const QStringList languages = languagesOf(root);
    return Tree::object({{u"id"_s, Tree::string(freshId(root, u"ending"_s))},
                         {u"outcome"_s, Tree::string(outcome)},
                         {u"title"_s, localized(languages)},
                         {u"debrief"_s, localized(languages)}});
}

Tree newCue(const Tree &root, const QString &indicator)
{
    return Tree::object(
        {{u"indicator"_s, Tree::string(indicator)}, {u"feedback"_s, localized(languagesOf(root))}});
}

Tree newDistractor(const Tree &root)
{
    return Tree::object({{u"feedback"_s, localized(languagesOf(root))}});
}

Tree newReferralEntry(const Tree &root, const QString &institution, bool withUrgency)
{
    std::vector<std::pair<QString, Tree>> members{{u"institution"_s, Tree::string(institution)}};
    if (withUrgency)
        members.emplace_back(u"urgency"_s, Tree::string(u"within-days"_s));
    members.emplace_back(u"feedback"_s, localized(languagesOf(root)));
    return Tree::object(std::move(members));
}

Tree newReferralKey(const Tree &root)
{
    return Tree::object({{u"prompt"_s, localized(languagesOf(root))},
                         {u"required"_s, Tree::array()},
                         {u"recommended"_s, Tree::array()},
                         {u"harmful"_s, Tree::array()}});
}

Tree newVariable(const Tree &root)
{
    return Tree::object({{u"id"_s, Tree::string(freshId(root, u"variable"_s))},
                         {u"initial"_s, Tree::number(0)},
                         {u"min"_s, Tree::number(0)},
                         {u"max"_s, Tree::number(10)}});
}

Tree newCondition(const Tree &root)
{
    return Tree::object({{u"var"_s, Tree::string(firstIdIn(root, u"variables"))},
                         {u"op"_s, Tree::string(u">="_s)},
                         {u"value"_s, Tree::number(1)}});
}

Tree newEffect(const Tree &root)
{
    return Tree::object(
        {{u"var"_s, Tree::string(firstIdIn(root, u"variables"))}, {u"add"_s, Tree::number(1)}});
}

Tree newMove(const Tree &root, const QString &speaker)
{
    const QStringList languages = languagesOf(root);
    const QString id = freshId(root, u"move"_s);
    Tree reply = newLine(root, speaker);
    reply.setMember(u"id"_s, Tree::string(freshId(root, id + u"-reply"_s)));
    if (Tree *segments = reply.member(u"segments"))
        segments->items().front().setMember(u"id"_s, Tree::string(freshId(root, id + u"-reply-part"_s)));
    return Tree::object({{u"id"_s, Tree::string(id)},
                         {u"text"_s, localized(languages)},
                         {u"questionType"_s, Tree::string(u"open-invitation"_s)},
                         {u"points"_s, Tree::number(0)},
                         {u"feedback"_s, localized(languages)},
                         {u"reply"_s, Tree::array({std::move(reply)})}});
}

Tree newState(const Tree &root)
{
    return Tree::object({{u"id"_s, Tree::string(freshId(root, u"state"_s))},
                         {u"when"_s, Tree::array({newCondition(root)})},
                         {u"direction"_s, localized(languagesOf(root))}});
}

Tree newPlantedDetail(const Tree &root)
{
    const QStringList languages = languagesOf(root);
    return Tree::object({{u"id"_s, Tree::string(freshId(root, u"detail"_s))},
                         {u"detail"_s, localized(languages)},
                         {u"truth"_s, localized(languages)}});
}

Tree newLimit(const Tree &root)
{
    return Tree::object({{u"id"_s, Tree::string(freshId(root, u"limit"_s))},
                         {u"turns"_s, Tree::number(6)},
                         {u"text"_s, localized(languagesOf(root))},
                         {u"ending"_s, Tree::string(firstEndingId(root))}});
}

QString placeOf(const Tree &parent, const QString &list)
{
    // The members a new list follows, nearest first (the order of docs/scenario-format.md's examples).
    static const QHash<QString, QStringList> predecessors = {
        {u"variables"_s, {u"licence"_s, u"author"_s, u"contentWarning"_s}},
        {u"plantedDetails"_s, {u"variables"_s, u"licence"_s, u"author"_s, u"contentWarning"_s}},
        {u"questions"_s, {u"referral"_s, u"scenes"_s}},
        {u"restsOn"_s,
         {u"principles"_s, u"questionType"_s, u"next"_s, u"ending"_s, u"text"_s, u"institution"_s}},
        {u"states"_s, {u"limit"_s, u"lines"_s, u"media"_s, u"setting"_s}},
        {u"lines"_s, {u"media"_s, u"setting"_s}},
        {u"limit"_s, {u"lines"_s, u"media"_s, u"setting"_s}},
        {u"principles"_s, {u"questionType"_s, u"next"_s, u"ending"_s, u"text"_s}},
    };
    for (const QString &before : predecessors.value(list))
        if (parent.member(before))
            return before;
    return {};
}

QList<Tree> splitSegment(const Tree &root, const Tree &segment, const QString &language, qsizetype start,
                         qsizetype end)
{
    const Tree *text = segment.member(u"text");
    const Tree *words = text ? text->member(language) : nullptr;
    if (!words || start < 0 || end <= start || end > words->toString().size())
        return {segment};
    const QString whole = words->toString();
    const QString baseId = segment.member(u"id") ? segment.member(u"id")->toString() : u"segment"_s;
    const QStringList languages = languagesOf(root);
    QSet<QString> taken = idsIn(root);
    taken.remove(baseId);
    auto idFor = [&](const QString &wanted) {
        QString id = wanted;
        for (int n = 2; taken.contains(id); ++n)
            id = wanted + u'-' + QString::number(n);
        taken.insert(id);
        return id;
    };
    QList<Tree> parts;
    const QString before = whole.left(start).trimmed();
    const QString selected = whole.mid(start, end - start).trimmed();
    const QString after = whole.mid(end).trimmed();
    auto part = [&](const QString &id, const QString &words, bool carriesOthers) {
        Tree piece = segment;
        piece.setMember(u"id"_s, Tree::string(id));
        Tree texts = localized(languages);
        for (auto &[lang, value] : texts.members())
            value = Tree::string(lang == language                      ? words
                                 : carriesOthers && text->member(lang) ? text->member(lang)->toString()
                                                                       : QString());
        piece.setMember(u"text"_s, std::move(texts));
        if (!carriesOthers) { // a cue or distractor stays with the selection
            piece.removeMember(u"cue");
            piece.removeMember(u"distractor");
        }
        return piece;
    };
    if (!before.isEmpty())
        parts.append(part(idFor(baseId + u"-a"_s), before, false));
    parts.append(part(before.isEmpty() ? idFor(baseId) : idFor(baseId + u"-b"_s), selected, true));
    if (!after.isEmpty())
        parts.append(part(idFor(baseId + u"-c"_s), after, false));
    return parts;
}

} // namespace saskati::authoring
