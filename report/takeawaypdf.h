#pragma once

#include "takeawaysheet.h"

#include <QString>
#include <optional>

namespace saskati {

/// Writes a prevention seminar's take-away as a one-page A4 PDF in the sheet's language: the title, the
/// intro, the "before you go" checklist with a box to tick by each step, and who can help with their numbers;
/// numbers not yet checked with their institution are marked so. Needs a QGuiApplication (fonts). Returns the
/// number of pages written (1 when it fits, as it should), or nullopt when the file cannot be written.
std::optional<int> writeTakeawayPdf(const TakeawaySheet &sheet, const QString &file);
/// What the PDF lays out, as rich text: its headings in the sheet's language whatever language the program
/// shows (from the program's translations, :/i18n, where it has them), every catalogue text escaped.
QString takeawayPdfHtml(const TakeawaySheet &sheet);

} // namespace saskati
