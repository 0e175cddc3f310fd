// References: every id a scenario uses names something that exists, in the catalogue, the cast or the
// scenario itself.
#include "scenariochecks_p.h"

using namespace Qt::StringLiterals;

namespace saskati {

void checkCatalogueReferences(const Scenario &s, const ValidationInput &in, Reporter &reporter)
{
    const Catalog *c = s.catalog.get();
    if (!c)
        return;
    for (const QString &language : s.languages)
        if (!c->languages.contains(language))
            reporter.warning(in.languagesOffset,
                             u"the catalogue has no '%1' texts, so indicator and institution names "
                             u"will show in another language; add '%1' to the catalogue"_s.arg(language));
    if (s.form != u"none" && !c->forms.contains(s.form))
        reporter.error(in.formOffset,
                       u"unknown form of trafficking '%1'; use one of the catalogue's forms.json ids "
                       u"or \"none\" for a negative control"_s.arg(s.form));
    for (const auto &[id, offset] : in.roles)
        if (!c->roles.contains(id))
            reporter.error(
                offset, u"unknown audience role '%1'; use an id from the catalogue's roles.json"_s.arg(id));
    for (const auto &[id, offset] : in.indicators)
        if (!id.isEmpty() && !c->indicators.contains(id))
            reporter.error(offset,
                           u"unknown indicator '%1'; use an id from the catalogue's indicators.json or add "
                           u"the indicator there"_s.arg(id));
    for (const auto &[id, offset] : in.institutions)
        if (!id.isEmpty() && !c->institutions.contains(id))
            reporter.error(
                offset,
                u"unknown institution '%1'; use an id from the catalogue's institutions.json"_s.arg(id));
    for (const auto &[id, offset] : in.principles)
        if (!id.isEmpty() && !c->principles.contains(id))
            reporter.error(
                offset,
                u"unknown conduct principle '%1'; use an id from the catalogue's principles.json"_s.arg(id));
    for (const auto &[id, offset] : in.questionTypes)
        if (!id.isEmpty() && !c->questionTypes.contains(id))
            reporter.error(
                offset, c->questionTypes.isEmpty()
                            ? u"unknown question type '%1': the catalogue has no questiontypes.json; add it "
                              u"(docs/catalog-format.md)"_s.arg(id)
                            : u"unknown question type '%1'; use an id from the catalogue's "
                              u"questiontypes.json"_s.arg(id));
    QSet<QString> castIds;
    for (const CastMember &member : s.cast)
        castIds.insert(member.id);
    for (const auto &[id, offset] : in.speakers)
        if (!castIds.contains(id))
            reporter.error(offset, u"unknown speaker '%1'; add them to 'cast' or fix the id"_s.arg(id));
}

namespace {

QString what(const Scene &scene, const Choice &choice)
{
    if (choice.isLimit)
        return u"the limit '%1' of scene '%2'"_s.arg(choice.id, scene.id);
    return (scene.isConversation() ? u"move '%1'"_s : u"choice '%1'"_s).arg(choice.id);
}

} // namespace

void checkStartAndTargets(const Scenario &s, const ValidationInput &in, Reporter &reporter)
{
    if (!s.scene(s.start))
        reporter.error(in.startOffset,
                       u"the start scene '%1' does not exist; name one of the scenes"_s.arg(s.start));
    for (const Scene &scene : s.scenes) {
        for (const Choice &choice : scene.choices) {
            for (const ReplyLine &line : choice.reply)
                for (const QStringList *moves : {&line.asked, &line.notAsked})
                    for (const QString &move : *moves)
                        if (std::none_of(scene.choices.begin(), scene.choices.end(),
                                         [&](const Choice &c) { return c.id == move; }))
                            reporter.error(line.offset,
                                           u"reply line '%1' depends on move '%2', which is not a move of "
                                           u"scene '%3'; name a move of the same conversation"_s.arg(
                                               line.id, move, scene.id));
            if (!choice.nextScene.isEmpty() && !s.scene(choice.nextScene))
                reporter.error(choice.targetOffset,
                               u"%1 leads to scene '%2', which does not exist; fix 'next'"_s.arg(
                                   what(scene, choice), choice.nextScene));
            if (!choice.ending.isEmpty() && !s.ending(choice.ending))
                reporter.error(choice.targetOffset,
                               u"%1 leads to ending '%2', which does not exist; fix 'ending'"_s.arg(
                                   what(scene, choice), choice.ending));
        }
    }
}

} // namespace saskati
