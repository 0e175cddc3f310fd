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
    QSet<QString> castIds;
    for (const CastMember &member : s.cast)
        castIds.insert(member.id);
    for (const auto &[id, offset] : in.speakers)
        if (!castIds.contains(id))
            reporter.error(offset, u"unknown speaker '%1'; add them to 'cast' or fix the id"_s.arg(id));
}

void checkStartAndTargets(const Scenario &s, const ValidationInput &in, Reporter &reporter)
{
    if (!s.scene(s.start))
        reporter.error(in.startOffset,
                       u"the start scene '%1' does not exist; name one of the scenes"_s.arg(s.start));
    for (const Scene &scene : s.scenes) {
        for (const Choice &choice : scene.choices) {
            if (!choice.nextScene.isEmpty() && !s.scene(choice.nextScene))
                reporter.error(choice.targetOffset,
                               u"choice '%1' leads to scene '%2', which does not exist; fix 'next'"_s.arg(
                                   choice.id, choice.nextScene));
            if (!choice.ending.isEmpty() && !s.ending(choice.ending))
                reporter.error(choice.targetOffset,
                               u"choice '%1' leads to ending '%2', which does not exist; fix 'ending'"_s.arg(
                                   choice.id, choice.ending));
        }
    }
}

} // namespace saskati
