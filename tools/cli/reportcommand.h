#pragma once

#include <QStringList>

/// `saskati-cli review report`: the review's report as the app writes it (report/): an A4 PDF and/or the CSV
/// tables, in Latvian or English (docs/cli.md). Needs a QGuiApplication (fonts); main() makes one, offscreen.
int reportCommand(const QStringList &args);
