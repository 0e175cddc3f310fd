#include "commandline.h"

using namespace Qt::StringLiterals;

namespace saskati::cli {

Arguments::Arguments(const QStringList &arguments, const QStringList &flags, const QStringList &options)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--") {
            m_positional += arguments.mid(i + 1);
            break;
        }
        if (!a.startsWith(u"--") || a.size() == 2) {
            m_positional.append(a);
            continue;
        }
        const QString name = a.mid(2);
        if (flags.contains(name)) {
            m_flags.append(name);
        } else if (options.contains(name)) {
            if (i + 1 >= arguments.size()) {
                m_error = u"option --%1 needs a value"_s.arg(name);
                return;
            }
            m_options[name].append(arguments.at(++i));
        } else {
            m_error = u"unknown option --%1"_s.arg(name);
            return;
        }
    }
}

const QString &usageText()
{
    static const QString text = uR"(Usage: saskati-cli COMMAND [OPTIONS] FILE...

Commands:
  validate [--json] [--catalog DIR] FILE...   check scenario files; exit 0 if no errors, 1 if any
  lint [--catalog DIR] FILE...                warn where the choices' form gives the key away (the best
                                              choice longest or first); exit 0 if nothing found, 1 if any
  info [--catalog DIR] FILE                   print a JSON summary of a scenario
  format [--check] FILE...                    rewrite JSON files in the editor's layout (--check: only say
                                              which are not; exit 1 if any)
  import-twine FILE [--output FILE] [--language lv|en]
                                              a Twine story (Twee 3) as a scenario skeleton; what could
                                              not be brought in is reported at its line
  strings export FILE --language CODE [--format po|xliff] [--output F] [--source CODE] [--reference CODE]
                                              a scenario's or catalogue file's texts as a translator's file
                                              (gettext PO, or XLIFF 1.2)
  strings import FILE TRANSLATION [--partial] [--catalog DIR]
                                              a translation back into the scenario; missing, stale and
                                              extra texts reported (--partial: write what is translated)
  export-scenario FILE --output ZIP           the scenario with its media as one ZIP for another laptop
  import-scenarios SOURCE [--folder DIR]      a ZIP, scenario file or folder into the team's folder (default:
                                              the app's, authoring/ in the user's data folder)
  graph [--catalog DIR] [--lang CODE] FILE    print the scenario graph in Graphviz DOT
  play FILE --script SCRIPT [--lang CODE] [--fixed-clock] [--catalog DIR]
                                              play a scripted playthrough; print the result as JSON;
                                              exit 0 if it reaches an ending, 1 if it does not fit
  test [--catalog DIR] DIR...                 play every *.test.json below DIR and check its expectations
  play ... --database PATH --participant NAME [--seminar TITLE]
                                              also record the attempt in a results database
  results list [--json]                       participants, seminars and attempts in the database
  results export [--participant X]... [--seminar X]... [--pseudonymise] [--csv] --output PATH
                                              a results bundle (JSON file), or with --csv four CSV files in PATH
  results xapi [--participant X]... [--seminar X]... [--catalog DIR] --output FILE
                                              xAPI statements (JSON) of finished attempts and their decisions
  results import FILE                         import a bundle; importing it twice changes nothing
  results erase --participant X --yes         delete a participant with all their attempts (also from backups)
  results restore [--backup FILE]             put the newest (or the given) backup in place, keeping the old file
  results reindex [--catalog DIR]             write the review rows of attempts recorded before schema version 4
  review overview|indicators|gain|questions [--from D] [--to D] [--scenario ID] [--lecturer X] [--seminar UUID] [--role R] [--municipality ID]
  review items --scenario ID [--attempt first|best|latest] [...]
                                              the coordinator's figures: item analysis, detection, gain; --csv
  review report --pdf FILE | --tables FOLDER [--language lv|en] [--participant UUID] [--attempt ...] [...]
                                              the review's report as the app writes it: PDF and/or CSV tables
  takeaway --audience ROLE --pdf FILE [--language CODE] [--catalog DIR]
                                              a prevention seminar's take-away (checklist and help lines) as
                                              a one-page A4 PDF; the roles with one: catalog/takeaways.json
  server init|migrate --url URL               make or update Saskati's schema on a PostgreSQL server (its
                                              administrator's account)
  server status --url URL                     what the server holds, as the account may see it
  server mirror --url URL --database FILE [--full]
                                              copy what the account may read on the server into FILE (a
                                              results file of its own), bringing only what changed (--full:
                                              list every row, as once a day anyway); then review and
                                              results read it with --database FILE
  server erase --url URL --participant UUID|CODE --yes
                                              erase a person on the server itself (a coordinator: anyone of
                                              the municipality); laptops and copies follow at their next
                                              sync or reading
  server municipality add ID NAME | list --url URL
  server account add NAME --kind lecturer|coordinator|national [--municipality ID]
                 (--password-file FILE | --generate-password) | remove NAME | list --url URL
                                              the server's municipalities and accounts (docs/server.md)
  sync [--database PATH] [--server URL] [--batch N]
                                              send the server what it does not have yet, bring back
                                              erasures; resumes where an interrupted sync stopped
                                              (default: the server chosen in the app for this file)
  Every server command takes its address as --url postgresql://ACCOUNT@HOST/DATABASE or SASKATI_SERVER_URL.
  Every results and review command takes --database PATH (default: the app's database in the user's data folder).

The catalogue is the nearest 'catalog' folder at or above the scenario's folder unless --catalog names one.
Exit codes: 0 success, 1 a file has errors, 2 bad usage.
)"_s;
    return text;
}

int usageError(const QString &message)
{
    err() << "saskati-cli: " << message << "\n\n" << usageText();
    err().flush();
    return Usage;
}

void printDiagnostics(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        err() << d.toString() << '\n';
    err().flush();
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace saskati::cli
