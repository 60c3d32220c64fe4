// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "sourceview.h"

#include "quotemodel.h"
#include "readabledate.h"
#include "sourcedocument.h"
#include "storyindex.h"
#include "storypalette.h"
#include "storyselection.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTabBar>
#include <QTextBlock>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sourceline {

SourceView::SourceView(StorySelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_tabs(new QTabBar(this))
    , m_text(new QTextEdit(this))
    , m_findBar(new QWidget(this))
    , m_findText(new QLineEdit(m_findBar))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_text->document()))
{
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setAccessibleName(tr("Articles"));
    m_tabs->hide();

    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->document()->setDocumentMargin(16);
    m_text->setAccessibleName(tr("Source text"));
    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setMouseTracking(true);

    m_highlighter->setDefinition(highlightingRepository().definitionForName(articleDefinitionName()));

    m_findText->setPlaceholderText(tr("Find in article"));
    m_findText->setClearButtonEnabled(true);
    m_findText->installEventFilter(this);
    auto *previous = new QToolButton(m_findBar);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Find previous"));
    auto *next = new QToolButton(m_findBar);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Find next"));
    auto *close = new QToolButton(m_findBar);
    close->setText(u"\u2715"_s);
    close->setToolTip(tr("Close the find bar"));
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(6, 3, 6, 3);
    findLayout->addWidget(m_findText, 1);
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    findLayout->addWidget(close);
    m_findBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_findBar);

    connect(m_findText, &QLineEdit::returnPressed, this, &SourceView::findNext);
    connect(next, &QToolButton::clicked, this, &SourceView::findNext);
    connect(previous, &QToolButton::clicked, this, &SourceView::findPrevious);
    connect(close, &QToolButton::clicked, m_findBar, &QWidget::hide);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int tab) {
        if (!m_rebuildingTabs && tab >= 0) {
            openArticle(m_tabs->tabData(tab).toString());
        }
    });
    connect(m_selection, &StorySelection::currentChanged, this, &SourceView::followSelection);
    setColorScheme(m_scheme);
}

SourceView::~SourceView() = default;

void SourceView::setStory(std::shared_ptr<const StoryGraph> story, std::shared_ptr<const StoryIndex> index)
{
    m_story = std::move(story);
    m_index = std::move(index);
    m_article.clear();
    m_highlighted.clear();
    rebuildTabs();
    if (m_story && !m_story->articles.isEmpty()) {
        showArticle(m_story->articles.first().id);
    } else {
        m_text->clear();
    }
    followSelection(m_selection->current());
}

void SourceView::setColorScheme(ColorScheme scheme)
{
    m_scheme = scheme;
    const StoryColors colors = StoryColors::forScheme(scheme);
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::Base, colors.background);
    palette.setColor(QPalette::Text, colors.text);
    palette.setColor(QPalette::Highlight, colors.selection);
    palette.setColor(QPalette::HighlightedText, colors.text);
    m_text->setPalette(palette);
    m_highlighter->setTheme(highlightingTheme(scheme));
    m_highlighter->rehighlight();
    drawHighlights();
}

void SourceView::rebuildTabs()
{
    m_rebuildingTabs = true;
    while (m_tabs->count() > 0) {
        m_tabs->removeTab(m_tabs->count() - 1);
    }
    if (m_story) {
        for (const Article &article : m_story->articles) {
            const QString title = article.title.isEmpty() ? article.id : article.title;
            const int tab = m_tabs->addTab(title.size() > 40 ? title.left(38) + u'\u2026' : title);
            m_tabs->setTabData(tab, article.id);
            m_tabs->setTabToolTip(tab, article.outlet.isEmpty() ? article.title : article.title + u" \u2014 "_s + article.outlet);
        }
    }
    m_tabs->setVisible(m_tabs->count() > 1);
    m_rebuildingTabs = false;
}

void SourceView::showArticle(const QString &articleId)
{
    if (articleId == m_article || !m_story) {
        return;
    }
    const Article *article = m_story->article(articleId);
    if (!article) {
        return;
    }
    m_article = articleId;
    SourceDocument::fill(m_text->document(), *article);
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        if (m_tabs->tabData(tab).toString() == articleId) {
            m_rebuildingTabs = true;
            m_tabs->setCurrentIndex(tab);
            m_rebuildingTabs = false;
            break;
        }
    }
    Q_EMIT articleChanged(articleId);
}

void SourceView::openArticle(const QString &articleId)
{
    const QString current = m_selection->current();
    const bool keep = m_index && itemKind(current) != ItemKind::Article && !m_index->spansIn(current, articleId).isEmpty();
    if (keep) {
        showArticle(articleId);
        drawHighlights();
        revealFirstHighlight();
    } else {
        m_selection->select(articleId);
        // Selecting the article that is already selected changes nothing, yet the tab must.
        showArticle(articleId);
        drawHighlights();
    }
}

void SourceView::showSpan(const SourceSpan &span)
{
    if (!span.isValid()) {
        return;
    }
    showArticle(span.article);
    drawHighlights();
    QTextCursor cursor = SourceDocument::cursor(m_text->document(), span.range());
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    m_text->setFocus(Qt::OtherFocusReason);
}

void SourceView::followSelection(const QString &id)
{
    if (!m_story || !m_index) {
        return;
    }
    if (itemKind(id) == ItemKind::Article) {
        showArticle(id);
        drawHighlights();
        m_text->verticalScrollBar()->setValue(0);
        return;
    }
    if (!id.isEmpty() && m_index->spansIn(id, m_article).isEmpty()) {
        const SourceSpan first = m_index->firstSpan(id);
        if (first.isValid()) {
            showArticle(first.article);
        }
    }
    drawHighlights();
    revealFirstHighlight();
}

void SourceView::drawHighlights()
{
    m_highlighted.clear();
    QList<QTextEdit::ExtraSelection> selections;
    const QString id = m_selection->current();
    if (m_index && !m_article.isEmpty() && !id.isEmpty()) {
        m_highlighted = m_index->spansIn(id, m_article);
        const StoryColors colors = StoryColors::forScheme(m_scheme);
        QColor tint;
        switch (itemKind(id)) {
        case ItemKind::Quote:
            tint = colors.quote;
            break;
        case ItemKind::Event:
            tint = colors.date;
            break;
        default:
            tint = linkColor(m_scheme);
            break;
        }
        tint.setAlphaF(m_scheme == ColorScheme::Dark ? 0.35 : 0.22);
        QTextCharFormat format;
        format.setBackground(tint);
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(tint.toRgb());
        for (const TextRange &range : std::as_const(m_highlighted)) {
            selections.append(QTextEdit::ExtraSelection{SourceDocument::cursor(m_text->document(), range), format});
        }
    }
    m_text->setExtraSelections(selections);
}

void SourceView::revealFirstHighlight()
{
    if (m_highlighted.isEmpty()) {
        return;
    }
    // Scroll only when none of the item is in view, so that clicking in the text never jumps.
    const QRect visible = m_text->viewport()->rect();
    for (const TextRange &range : std::as_const(m_highlighted)) {
        const QRect where = m_text->cursorRect(SourceDocument::cursor(m_text->document(), {range.start, range.start}));
        if (visible.intersects(where)) {
            return;
        }
    }
    QTextCursor cursor = SourceDocument::cursor(m_text->document(), {m_highlighted.first().start, m_highlighted.first().start});
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

int SourceView::offsetAt(const QPoint &viewportPosition) const
{
    const QTextCursor cursor = m_text->cursorForPosition(viewportPosition);
    int offset = SourceDocument::offset(cursor);
    // cursorForPosition answers the nearest gap between characters; the click is on the
    // character to the gap's left when the point lies left of the gap.
    if (offset > cursor.block().position() && viewportPosition.x() < m_text->cursorRect(cursor).x()) {
        --offset;
    }
    return offset;
}

QString SourceView::describe(int offset) const
{
    if (!m_index || !m_story) {
        return {};
    }
    for (const StoryIndex::Mark &mark : m_index->marksAt(m_article, offset)) {
        if (mark.kind == ItemKind::Quote) {
            const Quote *quote = m_story->quote(mark.id);
            const Person *speaker = quote ? m_story->person(quote->speaker) : nullptr;
            const QString kind = quote ? QuoteModel::kindName(quote->kind) : QString();
            if (!speaker) {
                return tr("%1 quote, speaker not named").arg(kind);
            }
            return speaker->role.isEmpty() ? tr("%1 quote by %2").arg(kind, speaker->name) : tr("%1 quote by %2, %3").arg(kind, speaker->name, speaker->role);
        }
    }
    for (const StoryIndex::Mark &mark : m_index->marksAt(m_article, offset)) {
        if (mark.kind == ItemKind::Event) {
            if (const Event *event = m_story->event(mark.id)) {
                return event->date.isDated() ? tr("%1 (%2)").arg(event->label, readableDate(event->date.iso)) : event->label;
            }
        }
        if (mark.kind == ItemKind::Person) {
            if (const Person *person = m_story->person(mark.id)) {
                return person->role.isEmpty() ? person->name : tr("%1, %2").arg(person->name, person->role);
            }
        }
    }
    return {};
}

bool SourceView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findText && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_findBar->hide();
        m_text->setFocus();
        return true;
    }
    if (watched != m_text->viewport()) {
        return QWidget::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        m_pressPosition = static_cast<QMouseEvent *>(event)->position().toPoint();
        break;
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        // A drag selects text to copy; only a plain click picks an item.
        if (mouse->button() == Qt::LeftButton && (mouse->position().toPoint() - m_pressPosition).manhattanLength() < 4 && m_index) {
            const QString id = m_index->itemAt(m_article, offsetAt(mouse->position().toPoint()));
            if (!id.isEmpty()) {
                m_selection->select(id);
            }
        }
        break;
    }
    case QEvent::MouseMove: {
        // A pointing hand says "this picks something", as over a link.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const bool onItem = mouse->buttons() == Qt::NoButton && m_index && !m_index->itemAt(m_article, offsetAt(mouse->position().toPoint())).isEmpty();
        m_text->viewport()->setCursor(onItem ? Qt::PointingHandCursor : Qt::IBeamCursor);
        break;
    }
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describe(offsetAt(help->pos()));
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), text, m_text->viewport());
        }
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void SourceView::find()
{
    const QString selected = m_text->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator)) {
        m_findText->setText(selected);
    }
    m_findBar->show();
    m_findText->setFocus(Qt::ShortcutFocusReason);
    m_findText->selectAll();
}

void SourceView::findNext()
{
    findText(false);
}

void SourceView::findPrevious()
{
    findText(true);
}

void SourceView::findText(bool backward)
{
    const QString text = m_findText->text();
    if (text.isEmpty()) {
        find();
        return;
    }
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_text->find(text, flags)) {
        // Wrap around, as readers expect from a find bar.
        QTextCursor start(m_text->document());
        start.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_text->setTextCursor(start);
        m_text->find(text, flags);
    }
}

} // namespace Sourceline
