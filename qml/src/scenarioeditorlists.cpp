// ScenarioEditor: the lists an author grows piece by piece (variables, conditions, effects, a conversation's
// moves and replies, assessment questions and their options), lists of ids, and a question's kind and key.
// Each change is one undo step; the pieces are built by engine/authoring (scenarioparts, questionparts).
#include "scenarioeditor.h"

#include "questionparts.h"
#include "scenarioparts.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// The scene a path is in ("scenes[2].moves[0].reply" -> scenes[2]), or null.
const json::Tree *sceneOn(const json::Tree &root, const json::Path &path)
{
    if (path.size() < 2 || path[0].key != u"scenes" || path[1].index < 0)
        return nullptr;
    return root.at(path.mid(0, 2));
}

QString memberText(const json::Tree *object, QStringView key)
{
    const json::Tree *value = object ? object->member(key) : nullptr;
    return value ? value->toString() : QString();
}

} // namespace

const json::Tree *ScenarioEditor::objectAt(const std::optional<json::Path> &p)
{
    const json::Tree *tree = p ? m_document->at(*p) : nullptr;
    if (!tree || !tree->isObject()) {
        fail(p ? tr("There is nothing to change at %1.").arg(json::pathText(*p))
               : tr("Nothing is open to edit."));
        return nullptr;
    }
    return tree;
}

// The undo step's name for adding a piece of `kind` (the kinds append() takes).
QString ScenarioEditor::addingText(const QString &kind)
{
    static const QHash<QString, const char *> texts = {
        {u"variable"_s, QT_TR_NOOP("Add a variable")},
        {u"condition"_s, QT_TR_NOOP("Add a condition")},
        {u"effect"_s, QT_TR_NOOP("Add a change")},
        {u"move"_s, QT_TR_NOOP("Add a move")},
        {u"reply"_s, QT_TR_NOOP("Add an answer line")},
        {u"state"_s, QT_TR_NOOP("Add a state")},
        {u"question"_s, QT_TR_NOOP("Add a question")},
        {u"option"_s, QT_TR_NOOP("Add an option")},
        {u"plantedDetail"_s, QT_TR_NOOP("Add a planted detail")},
    };
    const char *text = texts.value(kind);
    return text ? tr(text) : QString();
}

int ScenarioEditor::append(const QString &listPath, const QString &kind)
{
    const auto p = pathOf(listPath);
    if (!p || p->isEmpty() || p->last().key.isEmpty())
        return fail(tr("%1 is not a list of the scenario.").arg(listPath)), -1;
    const json::Path parentPath = p->mid(0, p->size() - 1);
    const json::Tree *parent = parentPath.isEmpty() ? &m_document->root() : objectAt(parentPath);
    if (!parent)
        return -1;
    const json::Tree &root = m_document->root();
    const QString person = memberText(sceneOn(root, *p), u"person");
    std::optional<json::Tree> piece;
    if (kind == u"variable")
        piece = authoring::newVariable(root);
    else if (kind == u"condition")
        piece = authoring::newCondition(root);
    else if (kind == u"effect")
        piece = authoring::newEffect(root);
    else if (kind == u"move")
        piece = authoring::newMove(root, person);
    else if (kind == u"reply")
        piece = authoring::newLine(root, person.isEmpty() ? castIds().value(0) : person);
    else if (kind == u"state")
        piece = authoring::newState(root);
    else if (kind == u"question")
        piece = authoring::newQuestion(root, u"single"_s);
    else if (kind == u"option")
        piece = authoring::newOption(root, *parent);
    else if (kind == u"plantedDetail")
        piece = authoring::newPlantedDetail(root);
    if (!piece)
        return fail(tr("Nothing of this kind (%1) can be added here.").arg(kind)), -1;

    const QString name = p->last().key;
    m_document->closeEdit();
    if (const json::Tree *list = parent->member(name); list && list->isArray()) {
        const qsizetype at = qsizetype(list->items().size());
        return check(m_document->insert(*p, at, std::move(*piece), addingText(kind))) ? int(at) : -1;
    }
    if (parentPath.isEmpty()) // the scenario's own lists (the root cannot be replaced by one edit): set puts
                              // the new member in the format's order
        return check(m_document->set(*p, json::Tree::array({std::move(*piece)}), addingText(kind))) ? 0 : -1;
    json::Tree changed = *parent;
    changed.setMember(name, json::Tree::array({std::move(*piece)}), authoring::placeOf(changed, name));
    return check(m_document->set(parentPath, std::move(changed), addingText(kind))) ? 0 : -1;
}

bool ScenarioEditor::create(const QString &path, const QString &kind)
{
    const auto p = pathOf(path);
    if (!p || kind != u"limit" || p->isEmpty() || p->last().key != u"limit")
        return fail(tr("Nothing of this kind (%1) can be made at %2.").arg(kind, path));
    const json::Path scenePath = p->mid(0, p->size() - 1);
    const json::Tree *scene = objectAt(scenePath);
    if (!scene)
        return false;
    json::Tree changed = *scene;
    changed.setMember(u"limit"_s, authoring::newLimit(m_document->root()),
                      authoring::placeOf(changed, u"limit"_s));
    m_document->closeEdit();
    return check(m_document->set(scenePath, std::move(changed), tr("Add a limit")));
}

QStringList ScenarioEditor::texts(const QString &path) const
{
    const auto p = pathOf(path);
    const json::Tree *tree = p ? m_document->at(*p) : nullptr;
    QStringList list;
    if (tree && tree->type() == json::Type::String)
        list.append(tree->toString());
    else if (tree && tree->isArray())
        for (const json::Tree &item : tree->items())
            list.append(item.toString());
    return list;
}

bool ScenarioEditor::addText(const QString &listPath, const QString &text)
{
    const auto p = pathOf(listPath);
    if (!p || p->size() < 2 || p->last().key.isEmpty() || text.isEmpty())
        return fail(tr("Nothing can be added to %1.").arg(listPath));
    const json::Path parentPath = p->mid(0, p->size() - 1);
    const json::Tree *parent = objectAt(parentPath);
    if (!parent)
        return false;
    const QString name = p->last().key;
    json::Tree changed = *parent;
    if (json::Tree *list = changed.member(name); list && list->isArray()) {
        if (texts(listPath).contains(text))
            return true;
        list->items().push_back(json::Tree::string(text));
    } else {
        changed.setMember(name, json::Tree::array({json::Tree::string(text)}),
                          authoring::placeOf(changed, name));
    }
    m_document->closeEdit();
    return check(m_document->set(parentPath, std::move(changed), tr("Add %1").arg(text)));
}

bool ScenarioEditor::removeText(const QString &listPath, const QString &text)
{
    const auto p = pathOf(listPath);
    const json::Tree *list = p ? m_document->at(*p) : nullptr;
    if (!list || !list->isArray() || p->size() < 2)
        return fail(tr("There is no list at %1.").arg(listPath));
    const json::Path parentPath = p->mid(0, p->size() - 1);
    json::Tree changed = *m_document->at(parentPath);
    auto &items = changed.member(p->last().key)->items();
    std::erase_if(items, [&](const json::Tree &item) { return item.toString() == text; });
    if (items.empty())
        changed.removeMember(p->last().key);
    m_document->closeEdit();
    return check(m_document->set(parentPath, std::move(changed), tr("Remove %1").arg(text)));
}

bool ScenarioEditor::renameKey(const QString &objectPath, const QString &from, const QString &to)
{
    const auto p = pathOf(objectPath);
    const json::Tree *object = objectAt(p);
    if (!object)
        return false;
    const json::Tree *value = object->member(from);
    if (!value || from == to || object->member(to))
        return value && from == to;
    json::Tree changed = *object;
    for (auto &[key, member] : changed.members())
        if (key == from)
            key = to;
    m_document->closeEdit();
    return p->isEmpty() ? fail(tr("The scenario's own fields cannot be renamed."))
                        : check(m_document->set(*p, std::move(changed), tr("Change how a variable changes")));
}

bool ScenarioEditor::setQuestionKind(const QString &questionPath, const QString &kind)
{
    static const QStringList kinds = {u"judgement"_s, u"dimensions"_s, u"single"_s, u"multiple"_s};
    const auto p = pathOf(questionPath);
    const json::Tree *question = objectAt(p);
    if (!question || !kinds.contains(kind))
        return question ? fail(tr("A question is a judgement, dimensions, single or multiple.")) : false;
    if (memberText(question, u"kind") == kind)
        return true;
    m_document->closeEdit();
    return check(m_document->set(*p, authoring::reshapeQuestion(m_document->root(), *question, kind),
                                 tr("Change the kind of question")));
}

bool ScenarioEditor::setCorrect(const QString &questionPath, const QString &option, bool correct)
{
    const auto p = pathOf(questionPath);
    const json::Tree *question = objectAt(p);
    if (!question)
        return false;
    m_document->closeEdit();
    return check(m_document->set(*p, authoring::markCorrect(*question, option, correct),
                                 tr("Change the right answers")));
}

} // namespace saskati
