#include "layoutinspector.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// A pixel of slack: fractional positions round either way.
constexpr qreal slack = 1.0;

bool inherits(const QObject *object, const char *className)
{
    return object->inherits(className);
}

bool isLayoutOrPositioner(const QQuickItem *item)
{
    return inherits(item, "QQuickLayout") || inherits(item, "QQuickBasePositioner");
}

} // namespace

LayoutInspector::LayoutInspector(QQuickItem *root)
    : m_root(root)
{}

bool LayoutInspector::isLoopWarning(const QString &message)
{
    static const QRegularExpression loop(u"Polish loop detected|Binding loop detected|polish\\(\\) loop"_s);
    return loop.match(message).hasMatch();
}

QStringList LayoutInspector::inspect(QQuickItem *root)
{
    LayoutInspector inspector(root);
    if (root)
        inspector.visit(root);
    return inspector.m_problems;
}

bool LayoutInspector::showing(const QQuickItem *item)
{
    return item->isVisible() && item->opacity() > 0.01 && item->width() > 0 && item->height() > 0;
}

QString LayoutInspector::describe(const QQuickItem *item)
{
    QString what = QString::fromLatin1(item->metaObject()->className()).section(u"_QML"_s, 0, 0);
    if (!item->objectName().isEmpty())
        what += u" '"_s + item->objectName() + u'\'';
    const QString text = item->property("text").toString();
    if (!text.isEmpty())
        what += u" \""_s + (text.size() > 60 ? text.left(57) + u"..."_s : text) + u'"';
    // The QML file the item was written in: its context's base URL.
    for (const QQuickItem *i = item; i; i = i->parentItem())
        if (const QQmlContext *context = qmlContext(i); context && context->baseUrl().isValid()) {
            what += u" in "_s + context->baseUrl().fileName();
            break;
        }
    return what;
}

void LayoutInspector::visit(QQuickItem *item)
{
    if (!showing(item))
        return;
    if (inherits(item, "QQuickText"))
        checkText(item);
    else if (inherits(item, "QQuickTextInput"))
        checkTextInput(item);
    if (isLayoutOrPositioner(item))
        checkSiblings(item);
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        visit(child);
}

void LayoutInspector::checkText(QQuickItem *text)
{
    if (text->property("text").toString().trimmed().isEmpty())
        return;
    if (text->property("truncated").toBool()) {
        m_problems.append(u"elided: %1"_s.arg(describe(text)));
        return;
    }
    // The painted text against the item's own box (a button's label taller than the button spills over it).
    const qreal contentWidth = text->property("contentWidth").toReal();
    const qreal contentHeight = text->property("contentHeight").toReal();
    const qreal left = text->property("leftPadding").toReal(),
                right = text->property("rightPadding").toReal();
    const qreal top = text->property("topPadding").toReal(),
                bottom = text->property("bottomPadding").toReal();
    if (contentHeight + top + bottom > text->height() + slack ||
        contentWidth + left + right > text->width() + slack) {
        m_problems.append(u"spills out of its box (%2x%3 in %4x%5): %1"_s.arg(describe(text))
                              .arg(contentWidth + left + right)
                              .arg(contentHeight + top + bottom)
                              .arg(text->width())
                              .arg(text->height()));
        return;
    }
    QString by;
    if (cutByAncestors(text, QRectF(0, 0, text->width(), text->height()), &by))
        m_problems.append(u"cut off by %2: %1"_s.arg(describe(text), by));
}

// A text field or a drop-down list's box: the line must fit its height (a long line scrolls sideways).
void LayoutInspector::checkTextInput(QQuickItem *input)
{
    const QString text = input->property("displayText").toString();
    if (text.trimmed().isEmpty())
        return;
    const qreal needed = input->property("contentHeight").toReal() + input->property("topPadding").toReal() +
                         input->property("bottomPadding").toReal();
    if (needed > input->height() + slack)
        m_problems.append(u"cut at the top or bottom (%2 in %3): %1"_s.arg(describe(input))
                              .arg(needed)
                              .arg(input->height()));
}

// Walks up from item: a rectangle must lie inside every ancestor that clips, and inside the window. Inside a
// vertically scrolling Flickable only the sides count (the rest can be scrolled to); the check goes on with
// the Flickable itself.
bool LayoutInspector::cutByAncestors(QQuickItem *item, QRectF rect, QString *by) const
{
    QQuickItem *subject = item;
    QRectF box = rect;
    for (QQuickItem *ancestor = item->parentItem(); ancestor; ancestor = ancestor->parentItem()) {
        const QRectF mine = subject->mapRectToItem(ancestor, box);
        const QRectF bounds(0, 0, ancestor->width(), ancestor->height());
        const bool flickable = inherits(ancestor, "QQuickFlickable");
        const bool clips = ancestor->clip() || flickable || ancestor == m_root;
        if (!clips)
            continue;
        const bool sidesCut = mine.left() < bounds.left() - slack || mine.right() > bounds.right() + slack;
        const bool endsCut = mine.top() < bounds.top() - slack || mine.bottom() > bounds.bottom() + slack;
        if (flickable) {
            const bool scrollsSideways =
                ancestor->property("contentWidth").toReal() > ancestor->width() + slack;
            if (sidesCut && !scrollsSideways) {
                *by = describe(ancestor) + u" (at its side)"_s;
                return true;
            }
            // Scrolled out of view: not on screen, nothing more to judge.
            if (!mine.intersects(bounds))
                return false;
            subject = ancestor;
            box = bounds;
            continue;
        }
        if (sidesCut || endsCut) {
            *by = ancestor == m_root ? u"the window"_s : describe(ancestor);
            return true;
        }
    }
    return false;
}

void LayoutInspector::checkSiblings(QQuickItem *container)
{
    QList<QQuickItem *> shown;
    for (QQuickItem *child : container->childItems())
        if (showing(child) && !inherits(child, "QQuickRepeater"))
            shown.append(child);
    for (qsizetype i = 0; i < shown.size(); ++i)
        for (qsizetype j = i + 1; j < shown.size(); ++j) {
            const QRectF a(shown.at(i)->position(), shown.at(i)->size());
            const QRectF b(shown.at(j)->position(), shown.at(j)->size());
            const QRectF overlap = a.intersected(b);
            if (overlap.width() > slack && overlap.height() > slack)
                m_problems.append(u"overlap in %1: %2 and %3"_s.arg(
                    describe(container), describe(shown.at(i)), describe(shown.at(j))));
        }
}

} // namespace saskati
