#pragma once

#include "catalog.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace saskati {

/// The take-away of a prevention seminar in one language (issue #20): its title and intro, the "before you
/// go" checklist (each safe step's name and what to do) and who can help (the institution's name, its number
/// and hours as the catalogue has them, when they were last checked, and what it is for). Built from the
/// catalogue's takeaways.json; the PDF (report/takeawaypdf.h) and the phones (participantcheckview.cpp) show
/// it.
struct TakeawaySheet {
    struct Step {
        QString name;
        QString description;
    };
    struct HelpLine {
        QString name;
        QString phone; // the free number when there is one, else the number; empty: none in the catalogue
        QString hours;
        QString text;
        QString verifiedOn; // YYYY-MM-DD; empty: not yet checked with the institution
    };
    QString audience; // the audience role's id
    QString language; // the sheet's: "lv" or "en"
    QString title;
    QString intro;
    QList<Step> steps;
    QList<HelpLine> help;

    /// How many numbers on the sheet have not been checked with their institution (the sheet marks them).
    int uncheckedNumbers() const;
    bool hasUncheckedNumbers() const { return uncheckedNumbers() > 0; }
    /// As the phones (protocol 1.3, `state.takeaway`) and the projector are given it: title, intro, steps
    /// ({name, description}) and help ({name, phone, hours, text, checked}).
    QJsonObject toJson() const;
};

/// The sheet for `audience` (an audience role with a take-away) in `language`; none when the catalogue has no
/// take-away for it. Ids the catalogue does not know are left out (its loader has reported them).
std::optional<TakeawaySheet> takeawaySheet(const Catalog &catalog, const QString &audience,
                                           const QString &language);

} // namespace saskati
