#include "takeawaysheet.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saskati {

int TakeawaySheet::uncheckedNumbers() const
{
    return int(std::count_if(help.begin(), help.end(), [](const HelpLine &line) {
        return !line.phone.isEmpty() && line.verifiedOn.isEmpty();
    }));
}

QJsonObject TakeawaySheet::toJson() const
{
    QJsonArray stepList, helpList;
    for (const Step &step : steps)
        stepList.append(QJsonObject{{u"name"_s, step.name}, {u"description"_s, step.description}});
    for (const HelpLine &line : help)
        helpList.append(QJsonObject{{u"name"_s, line.name},
                                    {u"phone"_s, line.phone},
                                    {u"hours"_s, line.hours},
                                    {u"text"_s, line.text},
                                    {u"checked"_s, !line.verifiedOn.isEmpty()}});
    return QJsonObject{
        {u"title"_s, title}, {u"intro"_s, intro}, {u"steps"_s, stepList}, {u"help"_s, helpList}};
}

std::optional<TakeawaySheet> takeawaySheet(const Catalog &catalog, const QString &audience,
                                           const QString &language)
{
    const auto found = catalog.takeaways.constFind(audience);
    if (found == catalog.takeaways.constEnd())
        return std::nullopt;
    TakeawaySheet sheet;
    sheet.audience = audience;
    sheet.language = language;
    sheet.title = found->title.text(language);
    sheet.intro = found->intro.text(language);
    for (const QString &id : found->steps)
        if (const auto step = catalog.principles.constFind(id); step != catalog.principles.constEnd())
            sheet.steps.append({step->name.text(language), step->description.text(language)});
    for (const Takeaway::Help &help : found->help) {
        const auto institution = catalog.institutions.constFind(help.institution);
        if (institution == catalog.institutions.constEnd())
            continue;
        sheet.help.append({institution->name.text(language),
                           !institution->freePhone.isEmpty() ? institution->freePhone : institution->phone,
                           institution->hours, help.text.text(language), institution->verifiedOn});
    }
    return sheet;
}

} // namespace saskati
