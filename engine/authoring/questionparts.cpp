#include "questionparts.h"

#include "catalog.h"
#include "ilorule.h"
#include "scenarioparts.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace saskati::authoring {

using json::Tree;

namespace {

// The option ids a kind must offer (docs/scenario-format.md, 3.12); single and multiple have none fixed.
QStringList requiredOptions(const QString &kind)
{
    if (kind == u"judgement")
        return judgementOptionIds();
    if (kind == u"dimensions")
        return dimensionIds();
    return {};
}

bool keyedByRule(const QString &kind)
{
    return kind == u"judgement" || kind == u"dimensions";
}

QString idOf(const Tree &item)
{
    const Tree *id = item.member(u"id");
    return id ? id->toString() : QString();
}

Tree option(const QString &id, const QStringList &languages)
{
    return Tree::object({{u"id"_s, Tree::string(id)}, {u"text"_s, localized(languages)}});
}

QStringList correctIds(const Tree &question)
{
    QStringList ids;
    if (const Tree *correct = question.member(u"correct"); correct && correct->isArray())
        for (const Tree &id : correct->items())
            ids.append(id.toString());
    return ids;
}

Tree idList(const QStringList &ids)
{
    std::vector<Tree> items;
    for (const QString &id : ids)
        items.push_back(Tree::string(id));
    return Tree::array(std::move(items));
}

} // namespace

Tree newQuestion(const Tree &root, const QString &kind)
{
    const QStringList languages = languagesOf(root);
    Tree question =
        Tree::object({{u"id"_s, Tree::string(freshId(root, u"question"_s))},
                      {u"kind"_s, Tree::string(u"single"_s)},
                      {u"prompt"_s, localized(languages)},
                      {u"options"_s, Tree::array({option(u"a"_s, languages), option(u"b"_s, languages)})},
                      {u"correct"_s, idList({u"a"_s})},
                      {u"points"_s, Tree::number(2)},
                      {u"feedback"_s, localized(languages)}});
    return kind == u"single" ? question : reshapeQuestion(root, question, kind);
}

Tree newOption(const Tree &root, const Tree &question)
{
    QSet<QString> taken;
    if (const Tree *options = question.member(u"options"); options && options->isArray())
        for (const Tree &item : options->items())
            taken.insert(idOf(item));
    QString id;
    for (char16_t letter = u'a'; letter <= u'z' && (id.isEmpty() || taken.contains(id)); ++letter)
        id = QString(QChar(letter));
    for (int n = 2; taken.contains(id); ++n)
        id = u"option-"_s + QString::number(n);
    return option(id, languagesOf(root));
}

Tree reshapeQuestion(const Tree &root, const Tree &question, const QString &kind)
{
    const QStringList languages = languagesOf(root);
    std::vector<Tree> before;
    if (const Tree *options = question.member(u"options"); options && options->isArray())
        before = options->items();
    std::vector<Tree> options;
    const QStringList required = requiredOptions(kind);
    for (const QString &id : required) { // the fixed ones first, in the format's order, keeping their text
        const auto kept =
            std::find_if(before.begin(), before.end(), [&](const Tree &o) { return idOf(o) == id; });
        options.push_back(kept != before.end() ? *kept : option(id, languages));
    }
    for (const Tree &item : before)
        if (!required.contains(idOf(item)))
            options.push_back(item);

    Tree changed = question;
    changed.setMember(u"kind"_s, Tree::string(kind));
    changed.setMember(u"options"_s, Tree::array(options));
    if (keyedByRule(kind)) {
        changed.setMember(u"correct"_s, Tree::string(u"derive-ilo"_s));
        return changed;
    }
    QStringList ids;
    for (const Tree &item : options)
        ids.append(idOf(item));
    QStringList correct;
    for (const QString &id : correctIds(question))
        if (ids.contains(id))
            correct.append(id);
    if (kind == u"single" && correct.size() != 1)
        correct = QStringList{correct.value(0, ids.value(0))};
    changed.setMember(u"correct"_s, idList(correct));
    return changed;
}

Tree markCorrect(const Tree &question, const QString &option, bool correct)
{
    const Tree *kindTree = question.member(u"kind");
    const QString kind = kindTree ? kindTree->toString() : QString();
    Tree changed = question;
    if (option == u"derive-ilo") {
        if (correct)
            changed.setMember(u"correct"_s, Tree::string(u"derive-ilo"_s));
        else // a judgement has one verdict: "trafficking" until the author picks another
            changed.setMember(
                u"correct"_s,
                idList(kind == u"judgement" ? QStringList{judgementOptionIds().first()} : QStringList{}));
        return changed;
    }
    QStringList ids = correctIds(question);
    const bool one = kind == u"single" || kind == u"judgement";
    if (correct)
        ids = one ? QStringList{option} : (ids.contains(option) ? ids : ids << option);
    else
        ids.removeAll(option);
    changed.setMember(u"correct"_s, idList(ids));
    return changed;
}

} // namespace saskati::authoring
