#include "scenariogenerator.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace saskati::bench {

namespace {

QString text(const QString &lv, const QString &en)
{
    return u"{\"lv\": \"%1\", \"en\": \"%2\"}"_s.arg(lv, en);
}

const char *const indicators[] = {"deceived-about-job",    "excessive-hours", "no-or-low-pay",
                                  "confiscated-documents", "threats",         "nervous"};

} // namespace

QByteArray generateScenario(int sceneCount)
{
    QString out;
    out.reserve(sceneCount * 2600);
    out +=
        u"{\n  \"formatVersion\": 1, \"id\": \"generated\", \"version\": 1, \"languages\": [\"lv\", \"en\"],\n"_s;
    out += u"  \"title\": "_s + text(u"Ģenerēts"_s, u"Generated"_s) + u",\n  \"summary\": "_s +
           text(u"Ģenerēts scenārijs"_s, u"A generated scenario"_s) + u",\n"_s;
    out += u"  \"form\": \"forced-labour\", \"audience\": [\"social-worker\"], \"estimatedMinutes\": 60,\n"_s;
    out +=
        u"  \"objectives\": [{\"id\": \"obj\", \"text\": "_s + text(u"Mērķis"_s, u"Objective"_s) + u"}],\n"_s;
    out += u"  \"contentWarning\": "_s + text(u"Brīdinājums"_s, u"Warning"_s) +
           u",\n  \"author\": \"bench\", \"licence\": \"CC0-1.0\",\n"_s;
    out += u"  \"variables\": [{\"id\": \"trust\", \"initial\": 0, \"min\": -5, \"max\": 5}],\n"_s;
    out += u"  \"cast\": [{\"id\": \"p\", \"name\": "_s + text(u"Persona"_s, u"Person"_s) +
           u", \"role\": \"person\"}],\n"_s;
    out += u"  \"start\": \"s0\",\n  \"scenes\": [\n"_s;
    for (int i = 0; i < sceneCount; ++i) {
        const QString id = u"s"_s + QString::number(i);
        out += u"    {\"id\": \""_s + id + u"\", \"title\": "_s + text(u"Aina "_s + id, u"Scene "_s + id) +
               u", \"setting\": "_s +
               text(u"Kabinets sociālajā dienestā, pēcpusdiena."_s,
                    u"An office at the social service, afternoon."_s) +
               u",\n     \"lines\": [\n"_s;
        for (int line = 0; line < 2; ++line) {
            const QString lineId = id + u"-l"_s + QString::number(line);
            out += u"       {\"id\": \""_s + lineId + u"\", \"speaker\": \"p\", \"segments\": [\n"_s;
            for (int seg = 0; seg < 3; ++seg) {
                const QString segId = lineId + u"-"_s + QString::number(seg);
                out += u"         {\"id\": \""_s + segId + u"\", \"text\": "_s +
                       text(u"Mēs strādājām katru dienu, arī svētdienās, un algu nesaņēmām."_s,
                            u"We worked every day, Sundays too, and were not paid."_s);
                if (seg == 1 && line == 0)
                    out += u", \"cue\": {\"indicator\": \""_s + QString::fromLatin1(indicators[i % 6]) +
                           u"\", \"feedback\": "_s + text(u"Pazīme."_s, u"An indicator."_s) + u'}';
                else if (seg == 2 && line == 1 && i % 3 == 0)
                    out += u", \"distractor\": {\"feedback\": "_s +
                           text(u"Nav pazīme."_s, u"Not an indicator."_s) + u'}';
                out += seg == 2 ? u"}\n"_s : u"},\n"_s;
            }
            out += line == 1 ? u"       ]}\n"_s : u"       ]},\n"_s;
        }
        out += u"     ],\n     \"choices\": [\n"_s;
        for (int step = 1; step <= 2; ++step) {
            const int next = i + step;
            out += u"       {\"id\": \""_s + id + u"-c"_s + QString::number(step) + u"\", \"text\": "_s +
                   text(u"Uzdot atvērtu jautājumu"_s, u"Ask an open question"_s) + u", "_s;
            out += next < sceneCount ? u"\"next\": \"s"_s + QString::number(next) + u'"'
                                     : u"\"ending\": \"end\""_s;
            out += u", \"points\": "_s + QString::number(step == 1 ? 2 : -2) +
                   u", \"principles\": [\"open-questions\"]"_s + u", \"feedback\": "_s +
                   text(u"Labi."_s, u"Good."_s) + u", \"effects\": [{\"var\": \"trust\", \"add\": 1}]"_s;
            out += step == 2 ? u"}\n"_s : u"},\n"_s;
        }
        out += i + 1 == sceneCount ? u"     ]}\n"_s : u"     ]},\n"_s;
    }
    out += u"  ],\n  \"endings\": [{\"id\": \"end\", \"outcome\": \"referred\", \"title\": "_s +
           text(u"Beigas"_s, u"The end"_s) + u", \"debrief\": "_s + text(u"Pārrunas."_s, u"Debrief."_s) +
           u"}]\n}\n"_s;
    return out.toUtf8();
}

QByteArray generateChain(int sceneCount)
{
    QByteArray out;
    out.reserve(qsizetype(sceneCount) * 150);
    out += "{\"formatVersion\": 1, \"id\": \"chain\", \"version\": 1, \"languages\": [\"lv\", \"en\"], "
           "\"title\": {\"lv\": \"Ķēde\", \"en\": \"Chain\"}, \"summary\": {\"lv\": \"Ķēde\", \"en\": \"A "
           "chain\"}, "
           "\"form\": \"forced-labour\", \"audience\": [\"social-worker\"], \"estimatedMinutes\": 60, "
           "\"objectives\": [{\"id\": \"obj\", \"text\": {\"lv\": \"M\", \"en\": \"O\"}}], "
           "\"contentWarning\": {\"lv\": \"B\", \"en\": \"W\"}, \"author\": \"bench\", \"licence\": "
           "\"CC0-1.0\", "
           "\"cast\": [{\"id\": \"p\", \"name\": {\"lv\": \"P\", \"en\": \"P\"}, \"role\": \"person\"}], "
           "\"start\": \"s0\", \"scenes\": [\n";
    for (int i = 0; i < sceneCount; ++i) {
        const QByteArray id = "s" + QByteArray::number(i);
        const QByteArray next = i + 1 < sceneCount
                                    ? QByteArray("\"next\": \"s" + QByteArray::number(i + 1) + '"')
                                    : QByteArray("\"ending\": \"end\"");
        out += "{\"id\": \"" + id +
               "\", \"title\": {\"lv\": \"Aina\", \"en\": \"Scene\"}, \"setting\": {\"lv\": \"Birojs\", "
               "\"en\": \"Office\"}, \"choices\": [{\"id\": \"" +
               id + "c\", \"text\": {\"lv\": \"Tālāk\", \"en\": \"On\"}, " + next +
               ", \"feedback\": {\"lv\": \"Labi.\", \"en\": \"Good.\"}}]}";
        out += i + 1 < sceneCount ? ",\n" : "\n";
    }
    out += "], \"endings\": [{\"id\": \"end\", \"outcome\": \"referred\", \"title\": {\"lv\": \"Beigas\", "
           "\"en\": "
           "\"The end\"}, \"debrief\": {\"lv\": \"P\", \"en\": \"D\"}}]}\n";
    return out;
}

} // namespace saskati::bench
