#pragma once

#include <QStringList>

/// `saskati-cli takeaway --audience ROLE --pdf FILE [--language lv|en] [--catalog DIR]`: a prevention
/// seminar's take-away (the "before you go" checklist and who can help) as a one-page A4 PDF, as the app
/// prints it (docs/cli.md). Needs a QGuiApplication (fonts); main() makes one, offscreen.
int takeawayCommand(const QStringList &args);
