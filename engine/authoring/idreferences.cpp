#include "idreferences.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saskati::authoring {

using json::Path;
using json::PathStep;
using json::Tree;

namespace {

bool isComment(const QString &key)
{
    return key.startsWith(u"//");
}

// Calls `visit(path, object)` for every object at or below `tree`, parents first, in the file's order.
template <typename Visit> void forEachObject(const Tree &tree, Path &path, const Visit &visit)
{
    if (tree.isObject()) {
        visit(path, tree);
        for (const auto &[key, member] : tree.members()) {
            if (isComment(key))
                continue;
            path.append(PathStep{key});
            forEachObject(member, path, visit);
            path.removeLast();
        }
    } else if (tree.isArray()) {
        for (qsizetype i = 0; i < qsizetype(tree.items().size()); ++i) {
            path.append(PathStep{QString(), i});
            forEachObject(tree.items()[size_t(i)], path, visit);
            path.removeLast();
        }
    }
}

bool namesId(const Tree *value, const QString &id)
{
    return value && value->type() == json::Type::String && value->toString() == id;
}

} // namespace

QList<Path> usesOf(const Tree &root, NamedId kind, const QString &id)
{
    QList<Path> uses;
    Path path;
    forEachObject(root, path, [&](const Path &at, const Tree &object) {
        if (kind == NamedId::Variable) {
            // Conditions and effects are the objects with a "var"; nothing else in the format has one.
            if (namesId(object.member(u"var"), id))
                uses.append(at + Path{PathStep{u"var"_s}});
            return;
        }
        if (namesId(object.member(u"plants"), id))
            uses.append(at + Path{PathStep{u"plants"_s}});
        if (const Tree *restsOn = object.member(u"restsOn"); restsOn && restsOn->isArray())
            for (qsizetype i = 0; i < qsizetype(restsOn->items().size()); ++i)
                if (namesId(&restsOn->items()[size_t(i)], id))
                    uses.append(at + Path{PathStep{u"restsOn"_s}, PathStep{QString(), i}});
    });
    return uses;
}

bool isLanguageCode(QStringView key)
{
    const qsizetype dash = key.indexOf(u'-');
    const QStringView primary = dash < 0 ? key : key.first(dash);
    const QStringView region = dash < 0 ? QStringView() : key.sliced(dash + 1);
    const auto lower = [](QChar c) { return c >= u'a' && c <= u'z'; };
    const auto alphanumeric = [&](QChar c) { return lower(c) || (c >= u'0' && c <= u'9'); };
    const bool primaryOk = primary.size() >= 2 && primary.size() <= 3 && std::ranges::all_of(primary, lower);
    const bool regionOk =
        dash < 0 || (region.size() >= 2 && region.size() <= 8 && std::ranges::all_of(region, alphanumeric));
    return primaryOk && regionOk;
}

QList<Path> localizedTexts(const Tree &root, const QStringList &languages)
{
    QList<Path> texts;
    Path path;
    forEachObject(root, path, [&](const Path &at, const Tree &object) {
        if (object.members().empty() || (!at.isEmpty() && at.last().key == u"voice"))
            return;
        bool declared = false;
        for (const auto &[key, member] : object.members()) {
            if (member.type() != json::Type::String || !(languages.contains(key) || isLanguageCode(key)))
                return;
            declared = declared || languages.contains(key);
        }
        if (declared)
            texts.append(at);
    });
    return texts;
}

QList<Path> voices(const Tree &root)
{
    QList<Path> found;
    Path path;
    forEachObject(root, path, [&](const Path &at, const Tree &) {
        if (!at.isEmpty() && at.last().key == u"voice")
            found.append(at);
    });
    return found;
}

} // namespace saskati::authoring
