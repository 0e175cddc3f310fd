// A scenario's texts for translators' files (scenariostrings.h).
#include "scenariostrings.h"

#include "idreferences.h"
#include "scenarioparts.h"

using namespace Qt::StringLiterals;

namespace saskati::authoring {

using json::Path;
using json::Tree;

namespace {

// The stable id of the text at `path`: a list's item by its id where it has one.
QString stableId(const Tree &root, const Path &path)
{
    QString id;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const json::PathStep &step = path.at(i);
        const Tree *at = root.at(path.first(i + 1));
        if (step.key.isEmpty()) {
            const Tree *itemId = at ? at->member(u"id") : nullptr;
            id += itemId && itemId->type() == json::Type::String && !itemId->toString().isEmpty()
                      ? u'[' + itemId->toString() + u']'
                      : u'[' + QString::number(step.index) + u']';
        } else {
            id += (id.isEmpty() ? QString() : u"."_s) + step.key;
        }
        if (!at)
            break;
    }
    return id;
}

QString textIn(const Tree *text, const QString &language)
{
    const Tree *translation = text ? text->member(language) : nullptr;
    return translation && translation->type() == json::Type::String ? translation->toString() : QString();
}

// The name of the cast member `speaker` in `language`, or the id itself.
QString speakerName(const Tree &root, const QString &speaker, const QString &language)
{
    if (const Tree *cast = root.member(u"cast"); cast && cast->isArray())
        for (const Tree &member : cast->items())
            if (const Tree *id = member.member(u"id"); id && id->toString() == speaker) {
                const QString name = textIn(member.member(u"name"), language);
                return name.isEmpty() ? speaker : u"%1 (%2)"_s.arg(name, speaker);
            }
    return speaker;
}

// What the translator should know of the text at `path`: who says it, and whether it is a cue or a
// distractor, whose detail the translation must keep as telling as the original, no more and no less.
QStringList notesFor(const Tree &root, const Path &path, const QString &language)
{
    QStringList notes;
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        const Tree *at = root.at(path.first(i + 1));
        if (!at || !at->isObject())
            continue;
        if (const Tree *speaker = at->member(u"speaker"); speaker && speaker->type() == json::Type::String)
            notes.append(u"Said by: %1"_s.arg(speakerName(root, speaker->toString(), language)));
        if (i + 2 != path.size())
            continue; // a cue or a distractor belongs to the object that holds the text
        if (const Tree *cue = at->member(u"cue"); cue && cue->isObject())
            notes.append(
                u"A cue for the indicator '%1': keep the detail that points to it, as clear as in the "
                u"original, no clearer"_s.arg(
                    cue->member(u"indicator") ? cue->member(u"indicator")->toString() : QString()));
        if (at->member(u"distractor"))
            notes.append(
                u"A distractor: it may look like a sign but is not one; keep it as harmless as in the "
                u"original"_s);
    }
    return notes;
}

} // namespace

QList<TranslationUnit> translationUnits(const Tree &root, const QString &source, const QString &reference,
                                        const QString &target)
{
    QList<TranslationUnit> units;
    QStringList declared = languagesOf(root);
    for (const QString &language : {source, reference, target})
        if (!language.isEmpty() && !declared.contains(language))
            declared.append(language);
    for (const Path &path : localizedTexts(root, declared)) {
        const Tree *text = root.at(path);
        TranslationUnit unit;
        unit.source = textIn(text, source);
        if (unit.source.isEmpty())
            continue;
        unit.id = stableId(root, path);
        unit.path = path;
        unit.reference = reference == source ? QString() : textIn(text, reference);
        unit.target = textIn(text, target);
        unit.notes = notesFor(root, path, source);
        units.append(unit);
    }
    return units;
}

qsizetype offsetAt(json::Value root, const Path &path)
{
    json::Value at = root;
    for (const json::PathStep &step : path) {
        if (step.key.isEmpty()) {
            if (!at.isArray() || step.index >= at.size())
                return -1;
            json::Value item = at.first();
            for (qsizetype i = 0; i < step.index; ++i)
                item = item.next();
            at = item;
        } else {
            at = at.isObject() ? at.member(step.key) : json::Value();
        }
        if (!at.isValid())
            return -1;
    }
    return at.offset();
}

} // namespace saskati::authoring
