#include "takeawaypdf.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// The sheet's own words in the sheet's language, whatever language the application shows: a lecturer whose
/// console is in English prints a Latvian class's sheet. From the application's translations (:/i18n), where
/// the program has them; otherwise the English source.
class SheetWords {
public:
    explicit SheetWords(const QString &language)
        : m_loaded(language != u"en" && m_translator.load(u":/i18n/saskati_"_s + language))
    {}
    QString operator()(const char *source) const
    {
        const QString translated = m_loaded ? m_translator.translate("TakeawayPdf", source) : QString();
        return translated.isEmpty() ? QString::fromUtf8(source) : translated;
    }

private:
    QTranslator m_translator;
    bool m_loaded;
};

class TakeawayPdf {
public:
    static QString html(const TakeawaySheet &sheet)
    {
        const SheetWords words(sheet.language);
        QString steps;
        for (const TakeawaySheet::Step &step : sheet.steps)
            steps +=
                u"<tr><td width=\"8%\" style=\"font-size:22pt\">☐</td><td><b>%1</b><br>%2</td></tr>"_s.arg(
                    esc(step.name), esc(step.description));
        QString help;
        for (const TakeawaySheet::HelpLine &line : sheet.help) {
            QString number =
                esc(line.phone).replace(u' ', u"&nbsp;"_s); // a number is not broken across lines
            if (!line.phone.isEmpty() && line.verifiedOn.isEmpty())
                number += u"*"_s; // explained below the list
            help +=
                u"<tr><td width=\"34%\" style=\"font-size:15pt\"><b>%1</b></td><td><b>%2</b>%3<br>%4</td></tr>"_s
                    .arg(number, esc(line.name),
                         line.hours.isEmpty() ? QString() : u" · "_s + esc(line.hours), esc(line.text));
        }
        QString note;
        if (sheet.hasUncheckedNumbers())
            note = u"<p style=\"font-size:9pt; color:#52606d\">%1</p>"_s.arg(esc(words(QT_TRANSLATE_NOOP(
                "TakeawayPdf", "* As Saskati's list of contacts has it; not yet confirmed with the "
                               "institution. If it does not answer, call 112 in danger, or ask an adult "
                               "you trust."))));
        return u"<h1 style=\"font-size:24pt\">%1</h1><p style=\"font-size:12pt\">%2</p>"
               u"<h2 style=\"font-size:17pt\">%3</h2>"
               u"<table cellspacing=\"0\" cellpadding=\"5\" width=\"100%\" "
               u"style=\"font-size:11pt\">%4</table>"
               u"<h2 style=\"font-size:17pt\">%5</h2>"
               u"<table cellspacing=\"0\" cellpadding=\"5\" width=\"100%\" style=\"font-size:11pt\">%6</table>%7"_s
                   .arg(esc(sheet.title), esc(sheet.intro),
                        esc(words(QT_TRANSLATE_NOOP("TakeawayPdf", "Before you go"))), steps,
                        esc(words(QT_TRANSLATE_NOOP("TakeawayPdf", "Who can help"))), help, note);
    }
};

} // namespace

QString takeawayPdfHtml(const TakeawaySheet &sheet)
{
    return TakeawayPdf::html(sheet);
}

std::optional<int> writeTakeawayPdf(const TakeawaySheet &sheet, const QString &file)
{
    QPdfWriter writer(file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
    writer.setTitle(sheet.title);
    writer.setCreator(u"Saskati"_s);
    QTextDocument document;
    // Laid out for the writer's resolution: point sizes come out as points on paper.
    document.documentLayout()->setPaintDevice(&writer);
    document.setHtml(takeawayPdfHtml(sheet));
    document.setPageSize(QSizeF(writer.width(), writer.height()));
    const int pages = document.pageCount();
    document.print(&writer);
    if (!QFileInfo(file).isFile() || QFileInfo(file).size() == 0)
        return std::nullopt;
    return pages;
}

} // namespace saskati
