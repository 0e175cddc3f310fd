#include "screenshottour.h"

#include "appcontext.h"
#include "keyedlistmodel.h"
#include "layoutinspector.h"
#include "seminarcontroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// Qt prints a polish or binding loop and carries on with a half-done layout: with --check-layout it is a
// problem.
std::atomic_int loopWarnings{0};
QtMessageHandler previousHandler = nullptr;

void countLoopWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (LayoutInspector::isLoopWarning(message))
        ++loopWarnings;
    if (previousHandler)
        previousHandler(type, context, message);
}

// The offered choices in the scene file's order, not the attempt's shuffled one: the tour takes the same
// path, and makes the same screenshots, every time.
QList<const Choice *> inFileOrder(const Scene *scene, const QStringList &offered)
{
    QList<const Choice *> choices;
    if (scene)
        for (const Choice &c : scene->choices)
            if (offered.contains(c.id))
                choices.append(&c);
    return choices;
}

} // namespace

ScreenshotTour::ScreenshotTour(QQmlApplicationEngine *engine, QString directory, QString scenarioId)
    : QObject(engine)
    , m_engine(engine)
    , m_directory(std::move(directory))
    , m_scenarioId(std::move(scenarioId))
{}

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    if (m_checkLayout)
        previousHandler = qInstallMessageHandler(countLoopWarnings);
    if (auto *quickWindow = qobject_cast<QQuickWindow *>(window()); quickWindow && m_fixedSize.isValid())
        quickWindow->resize(m_fixedSize);
    QTimer::singleShot(800, this, &ScreenshotTour::step);
}

void ScreenshotTour::finish()
{
    if (m_checkLayout) {
        m_problems += loopWarnings;
        std::fprintf(stderr, "layout check: %d problem(s)%s\n", m_problems,
                     loopWarnings > 0 ? " (polish or binding loops included)" : "");
        QCoreApplication::exit(m_problems > 0 ? 1 : 0);
        return;
    }
    QCoreApplication::quit();
}

QObject *ScreenshotTour::window() const
{
    return m_engine->rootObjects().isEmpty() ? nullptr : m_engine->rootObjects().first();
}

QObject *ScreenshotTour::session() const
{
    return window() ? window()->findChild<QObject *>(u"session"_s) : nullptr;
}

void ScreenshotTour::grab(const QString &name)
{
    auto *quickWindow = qobject_cast<QQuickWindow *>(window());
    if (!quickWindow)
        return;
    const QString path = QDir(m_directory).filePath(name + u".png"_s);
    if (!quickWindow->grabWindow().save(path))
        qWarning("could not save %s", qPrintable(path));
    else
        qInfo("saved %s", qPrintable(path));
    if (m_checkLayout) {
        const QStringList problems = LayoutInspector::inspect(quickWindow->contentItem());
        for (const QString &problem : problems)
            std::fprintf(stderr, "LAYOUT %s (%dx%d, %s, text x%.1f): %s\n", qPrintable(name),
                         quickWindow->width(), quickWindow->height(),
                         qPrintable(AppContext::instance()->language()), AppContext::instance()->fontScale(),
                         qPrintable(problem));
        m_problems += int(problems.size());
    }
}

void ScreenshotTour::chooseInFileOrder(bool stay)
{
    QObject *s = session();
    QStringList offered;
    for (const QVariant &c : s->property("choices").toList())
        offered.append(c.toMap().value(u"id"_s).toString());
    const auto scenario = AppContext::instance()->scenario(s->property("scenarioId").toString());
    QList<const Choice *> choices =
        inFileOrder(scenario ? scenario->scene(s->property("sceneId").toString()) : nullptr, offered);
    if (stay)
        choices.removeIf([](const Choice *c) { return !c->staysInScene(); });
    if (!choices.isEmpty())
        QMetaObject::invokeMethod(s, "choose", Q_ARG(QString, choices.first()->id));
}

void ScreenshotTour::walkToReferral()
{
    QObject *s = session();
    for (int guard = 0; guard < 40 && s->property("sceneKind").toString() != u"referral" &&
                        !s->property("finished").toBool();
         ++guard)
        chooseInFileOrder();
    if (s->property("sceneKind").toString() == u"referral") {
        const QVariantList plan{
            QVariantMap{{u"institution"_s, u"state-police"_s}, {u"urgency"_s, u"same-day"_s}},
            QVariantMap{{u"institution"_s, u"centrs-marta"_s}, {u"urgency"_s, u"same-day"_s}}};
        QMetaObject::invokeMethod(s, "submitReferral", Q_ARG(QVariantList, plan));
    }
}

bool ScreenshotTour::enterConversation()
{
    QObject *s = session();
    const auto scenario = AppContext::instance()->scenario(s->property("scenarioId").toString());
    if (!scenario || std::none_of(scenario->scenes.begin(), scenario->scenes.end(),
                                  [](const Scene &scene) { return scene.isConversation(); }))
        return false;
    for (int guard = 0; guard < 40 && s->property("sceneKind").toString() != u"conversation" &&
                        !s->property("finished").toBool();
         ++guard)
        chooseInFileOrder();
    for (int asked = 0; asked < 3 && s->property("sceneKind").toString() == u"conversation"; ++asked)
        chooseInFileOrder(true);
    return s->property("sceneKind").toString() == u"conversation";
}

void ScreenshotTour::step()
{
    QObject *w = window();
    QObject *s = session();
    auto show = [w](const QString &screen) {
        QMetaObject::invokeMethod(w, "showScreen", Q_ARG(QString, screen));
    };
    const auto choose = [this] { chooseInFileOrder(); };
    switch (m_step++) {
    case 0:
        grab(u"01-start"_s);
        show(u"signin"_s);
        break;
    case 1:
        grab(u"02-sign-in"_s);
        AppContext::instance()->createParticipant(u"Ilze (demo)"_s, u"social-worker"_s);
        show(u"library"_s);
        break;
    case 2:
        grab(u"03-library"_s);
        QMetaObject::invokeMethod(s, "start", Q_ARG(QString, m_scenarioId), Q_ARG(bool, false));
        show(u"play"_s);
        break;
    case 3: {
        // Flag the second segment of the first line, as a trainee who noticed something would.
        const QVariantList lines = s->property("lines").toList();
        if (!lines.isEmpty()) {
            const QVariantList segments = lines.first().toMap().value(u"segments"_s).toList();
            if (segments.size() > 1)
                QMetaObject::invokeMethod(s, "flag",
                                          Q_ARG(QString, segments.at(1).toMap().value(u"id"_s).toString()),
                                          Q_ARG(QString, QString()));
        }
        // A chat: a few messages in, as after some clicks of "Next message".
        if (QObject *play = window()->findChild<QObject *>(u"playScreen"_s);
            play && s->property("presentation").toString() == u"chat")
            play->setProperty("shownLines", std::min(4, int(lines.size())));
        break;
    }
    case 4:
        grab(u"04-play"_s);
        // A conversation on the way: its picture on the next step, three questions into it.
        if (enterConversation())
            m_conversationShot = true;
        else
            walkToReferral();
        break;
    case 5:
        if (m_conversationShot) {
            // The conversation as it stands, then on to the referral; this step comes again for its picture.
            grab(u"04c-conversation"_s);
            m_conversationShot = false;
            m_step = 5; // this step once more, for the referral's picture
            walkToReferral();
            break;
        }
        grab(u"05-referral"_s);
        for (int guard = 0; guard < 40 && !s->property("finished").toBool(); ++guard) {
            if (s->property("sceneKind").toString() == u"assessment") {
                for (const QVariant &q : s->property("questions").toList()) {
                    const QVariantMap question = q.toMap();
                    const QVariantList options = question.value(u"options"_s).toList();
                    QMetaObject::invokeMethod(
                        s, "answer", Q_ARG(QString, question.value(u"id"_s).toString()),
                        Q_ARG(QStringList, QStringList{options.first().toMap().value(u"id"_s).toString()}));
                }
            }
            choose();
        }
        break;
    case 6:
        grab(u"06-debrief"_s);
        // ...and further down, the transcript with the signs marked.
        if (QObject *scroll = w->findChild<QObject *>(u"debriefScroll"_s)) {
            // What to learn: the questions with their kinds, then the feedback (a planted detail among it).
            if (QObject *questions = w->findChild<QObject *>(u"debriefQuestions"_s)) {
                scroll->setProperty("contentY", questions->property("y").toDouble() +
                                                    questions->property("height").toDouble());
                grab(u"06a-debrief-lessons"_s);
            }
            const double height = scroll->property("contentHeight").toDouble();
            scroll->setProperty("contentY", std::max(0.0, height * 0.78));
            grab(u"06b-debrief-transcript"_s);
            scroll->setProperty("contentY", 0.0);
        }
        // The debrief and the start screen once more in the other language.
        m_language = AppContext::instance()->language();
        AppContext::instance()->setLanguage(m_language == u"lv"_s ? u"en"_s : u"lv"_s);
        break;
    case 7:
        grab(u"07-debrief-en"_s);
        show(u"start"_s);
        break;
    case 8:
        grab(u"08-start-en"_s);
        AppContext::instance()->setLanguage(m_language);
        show(u"seminar-setup"_s);
        break;
    default:
        if (!seminarStep(m_step - 10))
            return;
        break;
    }
    QTimer::singleShot(700, this, &ScreenshotTour::step);
}

void ScreenshotTour::showConversationInEditor()
{
    QObject *editor = window()->findChild<QObject *>(u"editor"_s);
    QObject *author = window()->findChild<QObject *>(u"authorScreen"_s);
    if (!editor || !author)
        return;
    int scenes = 0;
    QMetaObject::invokeMethod(editor, "count", Q_RETURN_ARG(int, scenes), Q_ARG(QString, u"scenes"_s));
    for (int i = 0; i < scenes; ++i) {
        QVariant kind;
        QMetaObject::invokeMethod(editor, "value", Q_RETURN_ARG(QVariant, kind),
                                  Q_ARG(QString, u"scenes[%1].kind"_s.arg(i)));
        if (kind.toString() == u"conversation") {
            m_conversationScene = i;
            author->setProperty("sceneIndex", i);
            return;
        }
    }
}

void ScreenshotTour::scrollEditorTo(const QString &page, const QString &item)
{
    // Rows made by a Repeater are the page's children as items, not as objects: walk the item tree.
    const std::function<QQuickItem *(QQuickItem *)> find = [&](QQuickItem *under) -> QQuickItem * {
        if (under->objectName() == item)
            return under;
        for (QQuickItem *child : under->childItems())
            if (QQuickItem *found = find(child))
                return found;
        return nullptr;
    };
    auto *flickable = window()->findChild<QQuickItem *>(page);
    QQuickItem *target = flickable ? find(flickable) : nullptr;
    auto *content = flickable ? flickable->property("contentItem").value<QQuickItem *>() : nullptr;
    if (!target || !content)
        return;
    // The item near the top of the page, as a person scrolls to read down from it.
    const qreal top = target->mapToItem(content, QPointF(0, 0)).y() - 12;
    const qreal last = flickable->property("contentHeight").toReal() - flickable->height();
    flickable->setProperty("contentY", std::clamp(top, 0.0, std::max(0.0, last)));
}

void ScreenshotTour::selectReviewTab(int index)
{
    if (QObject *tabs = window()->findChild<QObject *>(u"reviewTabs"_s))
        tabs->setProperty("currentIndex", index);
}

// The seminar: the room as the projector shows it at 1080p, and the lecturer's console, with a few simulated
// participants answering.
bool ScreenshotTour::seminarStep(int step)
{
    auto *quickWindow = qobject_cast<QQuickWindow *>(window());
    auto *controller = window()->findChild<SeminarController *>(u"seminar"_s);
    SeminarRoom *room = controller ? controller->room() : nullptr;
    auto show = [this](const QString &screen) {
        QMetaObject::invokeMethod(window(), "showScreen", Q_ARG(QString, screen));
    };
    auto vote = [&](const QList<int> &picks) {
        QStringList offered;
        for (const Choice *c : room->availableChoices())
            offered.append(c->id);
        const QList<const Choice *> choices = inFileOrder(room->currentScene(), offered);
        const QList<const SeminarRoom::Member *> members = room->members();
        for (qsizetype i = 0; i < members.size() && !choices.isEmpty(); ++i) {
            ParticipantMessage m;
            m.type = ParticipantMessage::Type::Vote;
            m.choice = choices.at(picks.value(i, 0) % choices.size())->id;
            room->submit(members.at(i)->id, m);
            // Most notice the first sign of the scene; fewer the second.
            int cue = 0;
            if (const Scene *scene = room->currentScene())
                for (const Line &line : scene->lines)
                    for (const Segment &segment : line.segments)
                        if (segment.target.kind == FlagTarget::Kind::Cue && cue < 2 &&
                            int(i) < 5 - 3 * cue++) {
                            ParticipantMessage f;
                            f.type = ParticipantMessage::Type::Flag;
                            f.target = segment.id;
                            f.indicator = segment.target.indicator;
                            room->submit(members.at(i)->id, f);
                        }
        }
        room->flush();
    };
    switch (step) {
    case 0:
        grab(u"09-seminar-setup"_s);
        controller->create(u"Liepāja, sociālie darbinieki"_s, u"Liepāja"_s, u"social-worker"_s,
                           {m_scenarioId});
        controller->openJoining(0);
        if (!m_fixedSize.isValid())
            quickWindow->resize(1920, 1080);
        show(u"seminar"_s);
        return true;
    case 1:
        for (const QString &name :
             // The last name is markup, as a phone may send it: the console and the summary show it as typed.
             {u"Anna"_s, u"Jānis"_s, QString(), u"Dace"_s, QString(), u"Ilze"_s,
              u"<b>Māris</b> <img src=x>"_s})
            room->join(room->pin(), name, u"social-worker"_s, u"lv"_s);
        return true;
    case 2:
        grab(u"10-seminar-join"_s);
        controller->start(m_scenarioId, true);
        // A chat: three clicks of the clicker bring three more messages.
        for (int click = 0; click < 3 && controller->shownLines() < controller->lines().size(); ++click)
            controller->next();
        return true;
    case 3:
        grab(u"11-seminar-scene"_s);
        // The chat's other messages, then the answers open.
        for (int click = 0; click < 100 && controller->phase() == u"scene"; ++click)
            controller->next();
        vote({0, 0, 1, 0, 2, 1});
        return true;
    case 4:
        grab(u"12-seminar-answers-open"_s);
        controller->next();
        controller->next();
        return true;
    case 5:
        grab(u"13-seminar-revealed"_s);
        if (QObject *screen = window()->findChild<QObject *>(u"seminarScreen"_s))
            screen->setProperty("consoleShown", true);
        return true;
    case 6:
        grab(u"14-seminar-console"_s);
        // The rest of the scenario: everyone votes the first option, the room follows.
        for (int guard = 0; guard < 60 && room->phase() != SeminarRoom::Phase::Ended; ++guard) {
            if (room->phase() == SeminarRoom::Phase::Open)
                vote({0, 0, 0, 1, 0, 0, 0});
            controller->next();
        }
        return true;
    case 7:
        grab(u"15-seminar-summary"_s);
        if (QObject *screen = window()->findChild<QObject *>(u"seminarScreen"_s))
            screen->setProperty("consoleShown", false);
        return true;
    case 8:
        grab(u"16-seminar-ending"_s);
        controller->leave();
        show(u"start"_s);
        show(u"review"_s);
        return true;
    case 9:
        grab(u"17-review-password"_s);
        // A new results file has no coordinator's password yet: set one, which opens the review.
        if (QObject *review = window()->findChild<QObject *>(u"review"_s)) {
            QMetaObject::invokeMethod(review, "setPassword", Q_ARG(QString, u"demo-password"_s),
                                      Q_ARG(QString, u"demo-password"_s));
            QMetaObject::invokeMethod(review, "unlock", Q_ARG(QString, u"demo-password"_s));
            review->setProperty("scenario", m_scenarioId);
            QMetaObject::invokeMethod(review, "refresh");
        }
        return true;
    case 10:
        // The review reads its snapshot on a worker thread: wait for it.
        if (QObject *review = window()->findChild<QObject *>(u"review"_s)) {
            if (review->property("loading").toBool() && m_reviewWaits++ < 20) {
                --m_step; // this step again, after the next tick
                return true;
            }
            // The seminar just run: its report lists its people.
            if (const QVariantList all = review->property("seminars").toList(); !all.isEmpty())
                review->setProperty("seminar", all.first().toMap().value(u"id"_s));
            QMetaObject::invokeMethod(review, "refresh");
        }
        selectReviewTab(1);
        return true;
    case 11:
        grab(u"18-review-indicators"_s);
        selectReviewTab(0);
        return true;
    case 12:
        grab(u"18b-review-seminar"_s);
        selectReviewTab(2);
        return true;
    case 13:
        grab(u"19-review-decisions"_s);
        // The printable report of the same review, next to the screenshots.
        if (QObject *review = window()->findChild<QObject *>(u"review"_s))
            QMetaObject::invokeMethod(review, "savePdf",
                                      Q_ARG(QString, QDir(m_directory).filePath(u"review-report.pdf"_s)));
        // One person's history from the seminar's list.
        if (QObject *review = window()->findChild<QObject *>(u"review"_s)) {
            if (const auto *people = review->property("people").value<KeyedListModel *>();
                people && people->count() > 0)
                review->setProperty("participant", people->get(0).value(u"uuid"_s));
            QMetaObject::invokeMethod(review, "refresh");
        }
        selectReviewTab(0);
        return true;
    case 14:
        grab(u"19b-review-person"_s);
        selectReviewTab(5);
        return true;
    case 15:
        grab(u"19c-review-directory"_s);
        selectReviewTab(6);
        return true;
    case 16:
        grab(u"19d-review-server"_s);
        show(u"start"_s);
        show(u"author"_s);
        // The library with one of the team's scenarios: a copy of the tour's scenario.
        if (QObject *editor = window()->findChild<QObject *>(u"editor"_s)) {
            if (const auto scenario = AppContext::instance()->scenario(m_scenarioId))
                QMetaObject::invokeMethod(editor, "copyScenario", Q_ARG(QString, scenario->file));
            QMetaObject::invokeMethod(editor, "close");
        }
        return true;
    case 17:
        grab(u"20-author-library"_s);
        // The editor on that copy, its second scene shown, the findings beside it.
        if (QObject *editor = window()->findChild<QObject *>(u"editor"_s)) {
            const QVariantList authored = editor->property("authored").toList();
            if (!authored.isEmpty())
                QMetaObject::invokeMethod(
                    editor, "openScenario",
                    Q_ARG(QString, authored.first().toMap().value(u"file"_s).toString()));
        }
        if (QObject *author = window()->findChild<QObject *>(u"authorScreen"_s))
            author->setProperty("sceneIndex", 1);
        return true;
    case 18:
        if (QObject *graph = window()->findChild<QObject *>(u"sceneGraph"_s))
            QMetaObject::invokeMethod(graph, "fit");
        return true;
    case 19:
        grab(u"21-author-editor"_s);
        showConversationInEditor();
        return true;
    case 20:
    case 21: // once the scene is built, and again once its rows are laid out
        scrollEditorTo(u"sceneEditor"_s, u"choiceEditor_scenes[%1].moves[0]"_s.arg(m_conversationScene));
        return true;
    case 22:
        grab(u"21b-author-conversation"_s);
        if (QObject *author = window()->findChild<QObject *>(u"authorScreen"_s))
            author->setProperty("showingKey", true);
        return true;
    case 23:
        grab(u"22-author-key"_s);
        scrollEditorTo(u"keyEditor"_s, u"questionsHeading"_s);
        return true;
    case 24:
        scrollEditorTo(u"keyEditor"_s, u"questionsHeading"_s);
        return true;
    case 25:
        grab(u"22b-author-questions"_s);
        // A scenario with a planted detail: a copy of the bakery's, its key shown.
        if (QObject *editor = window()->findChild<QObject *>(u"editor"_s))
            if (const auto bakery = AppContext::instance()->scenario(u"bakery-overtime"_s))
                QMetaObject::invokeMethod(editor, "copyScenario", Q_ARG(QString, bakery->file));
        if (QObject *author = window()->findChild<QObject *>(u"authorScreen"_s))
            author->setProperty("showingKey", true);
        return true;
    case 26:
    case 27:
        scrollEditorTo(u"keyEditor"_s, u"plantedDetailsHeading"_s);
        return true;
    case 28:
        grab(u"22c-author-planted"_s);
        finish();
        return false;
    }
    return false;
}

} // namespace saskati
