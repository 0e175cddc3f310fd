#pragma once

#include <QRectF>
#include <QString>
#include <QStringList>

class QQuickItem;

namespace saskati {

/// Looks at what is on screen the way a person would, item by item: text that is elided ("…") or cut off by
/// the edge of its item, an ancestor that clips, or the window; and children of one layout or positioner that
/// lie on top of each other. Content inside a vertically scrolling view may be below or above the view (it
/// can be scrolled to), but not cut at its sides. Used by the screenshot tour (`--check-layout`) in the
/// layout tests.
class LayoutInspector {
public:
    /// Problems under root (usually QQuickWindow::contentItem()), each one line naming the item, its text and
    /// its QML file.
    static QStringList inspect(QQuickItem *root);
    /// Whether a log message is Qt's report of a polish or binding loop (after which a layout is left half
    /// done).
    static bool isLoopWarning(const QString &message);

private:
    explicit LayoutInspector(QQuickItem *root);
    void visit(QQuickItem *item);
    void checkText(QQuickItem *text);
    void checkTextInput(QQuickItem *input);
    void checkSiblings(QQuickItem *container);
    bool cutByAncestors(QQuickItem *item, QRectF rect, QString *by) const;
    static bool showing(const QQuickItem *item);
    static QString describe(const QQuickItem *item);

    QQuickItem *m_root;
    QStringList m_problems;
};

} // namespace saskati
