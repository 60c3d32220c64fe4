// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "inspector.h"

#include "quotemodel.h"
#include "readabledate.h"
#include "storyindex.h"
#include "storypalette.h"
#include "storyselection.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
const QString linkScheme = u"sourceline"_s;
// Enough context around a span to recognise the passage without reading the article.
constexpr int snippetContext = 60;
constexpr int maximumSnippets = 12;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    if (valueHtml.isEmpty()) {
        return {};
    }
    return u"<tr><td style='padding-right:10px; font-weight:600'>"_s + escaped(label) + u"</td><td>"_s + valueHtml + u"</td></tr>"_s;
}

template<typename T>
const T *findIn(const QList<T> &items, const QString &id)
{
    for (const T &item : items) {
        if (item.id == id) {
            return &item;
        }
    }
    return nullptr;
}
} // namespace

Inspector::Inspector(StorySelection *selection, QWidget *parent)
    : QTextBrowser(parent)
    , m_selection(selection)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Inspector"));
    document()->setDocumentMargin(10);
    connect(this, &QTextBrowser::anchorClicked, this, &Inspector::followLink);
    connect(selection, &StorySelection::currentChanged, this, &Inspector::showItem);
}

void Inspector::setStory(std::shared_ptr<const StoryGraph> story)
{
    m_story = std::move(story);
    showItem(m_selection->current());
}

void Inspector::setColorScheme(ColorScheme scheme)
{
    // Links take their colour from the application palette when the HTML is read, not from
    // this widget's: name it in the style sheet so that it follows the scheme.
    document()->setDefaultStyleSheet(u"a { color: %1; text-decoration: none; }"_s.arg(linkColor(scheme).name()));
    showItem(m_selection->current());
}

QUrl Inspector::spanLink(const SourceSpan &span)
{
    QUrl url;
    url.setScheme(linkScheme);
    url.setPath(u"span/"_s + span.article + u'/' + QString::number(span.start) + u'/' + QString::number(span.end));
    return url;
}

void Inspector::followLink(const QUrl &url)
{
    if (url.scheme() != linkScheme) {
        return;
    }
    const QStringList parts = url.path().split(u'/');
    if (parts.size() == 2 && parts.at(0) == u"item"_s) {
        m_selection->select(parts.at(1));
    } else if (parts.size() == 4 && parts.at(0) == u"span"_s) {
        Q_EMIT spanRequested(SourceSpan{parts.at(1), parts.at(2).toInt(), parts.at(3).toInt()});
    }
}

QString Inspector::itemLink(const QString &id) const
{
    QString name = id;
    if (const Person *person = m_story->person(id)) {
        name = person->name;
    } else if (const Event *event = m_story->event(id)) {
        name = event->label;
    } else if (const Article *article = m_story->article(id)) {
        name = article->title;
    } else if (const Quote *quote = m_story->quote(id)) {
        name = u"\u201C"_s + quote->text.left(60) + (quote->text.size() > 60 ? u"\u2026\u201D"_s : u"\u201D"_s);
    } else if (const Entity *entity = findIn(m_story->entities, id)) {
        name = entity->name;
    }
    return u"<a href='"_s + linkScheme + u":item/"_s + id + u"'>"_s + escaped(name) + u"</a>"_s;
}

QString Inspector::problemWithLinks(const QString &problem) const
{
    // The chronology and the merge name events in curly quotes: each becomes a link to the
    // event, so that a reader goes from the doubt to the sentences behind it in one click.
    QString html;
    qsizetype from = 0;
    for (qsizetype open = problem.indexOf(u'\u201C'); open >= 0; open = problem.indexOf(u'\u201C', from)) {
        const qsizetype close = problem.indexOf(u'\u201D', open + 1);
        if (close < 0) {
            break;
        }
        const QString label = problem.mid(open + 1, close - open - 1);
        const auto event = std::find_if(m_story->events.cbegin(), m_story->events.cend(), [&label](const Event &e) { return e.label == label; });
        html += escaped(problem.mid(from, open - from));
        html += event == m_story->events.cend() ? escaped(problem.mid(open, close + 1 - open)) : u"\u201C"_s + itemLink(event->id) + u"\u201D"_s;
        from = close + 1;
    }
    return html + escaped(problem.mid(from));
}

QString Inspector::snippets(const QList<SourceSpan> &spans) const
{
    QString html;
    int shown = 0;
    for (const SourceSpan &span : spans) {
        const Article *article = m_story->article(span.article);
        if (!article || span.end > article->body.size()) {
            continue;
        }
        if (++shown > maximumSnippets) {
            html += u"<p>"_s + escaped(tr("and %n more", nullptr, int(spans.size()) - maximumSnippets)) + u"</p>"_s;
            break;
        }
        const int from = std::max(0, int(article->body.lastIndexOf(u'\n', std::max(0, span.start - 1))) + 1);
        const int before = std::max(from, span.start - snippetContext);
        int after = int(article->body.indexOf(u'\n', span.end));
        after = std::min(after < 0 ? int(article->body.size()) : after, span.end + snippetContext);
        const QString lead = before > from ? u"\u2026"_s : QString();
        const QString tail = after < article->body.size() && article->body.at(after) != u'\n' ? u"\u2026"_s : QString();
        html += u"<p style='margin-top:4px'><a href='"_s + spanLink(span).toString() + u"'>"_s
            + escaped(article->title.isEmpty() ? article->id : article->title) + u"</a><br>"_s + lead + escaped(article->body.mid(before, span.start - before))
            + u"<b>"_s + escaped(article->body.mid(span.start, span.end - span.start)) + u"</b>"_s + escaped(article->body.mid(span.end, after - span.end))
            + tail + u"</p>"_s;
    }
    return html;
}

void Inspector::showItem(const QString &id)
{
    if (!m_story) {
        setHtml({});
        return;
    }
    QString html;
    switch (itemKind(id)) {
    case ItemKind::Article:
        if (const Article *article = m_story->article(id)) {
            html = describeArticle(*article);
        }
        break;
    case ItemKind::Person:
        if (const Person *person = m_story->person(id)) {
            html = describePerson(*person);
        }
        break;
    case ItemKind::Entity:
        if (const Entity *entity = findIn(m_story->entities, id)) {
            html = describeEntity(*entity);
        }
        break;
    case ItemKind::Quote:
        if (const Quote *quote = m_story->quote(id)) {
            html = describeQuote(*quote);
        }
        break;
    case ItemKind::Event:
        if (const Event *event = m_story->event(id)) {
            html = describeEvent(*event);
        }
        break;
    case ItemKind::None:
        break;
    }
    setHtml(html.isEmpty() ? describeStory() : html);
}

QString Inspector::describeStory() const
{
    QString html = u"<h3>"_s + escaped(tr("Story")) + u"</h3><table>"_s;
    html += row(tr("Articles"), QString::number(m_story->articles.size()));
    html += row(tr("People"), QString::number(m_story->people.size()));
    html += row(tr("Events"), QString::number(m_story->events.size()));
    html += row(tr("Quotes"), QString::number(m_story->quotes.size()));
    html += u"</table>"_s;
    if (!m_story->problems.isEmpty()) {
        html += u"<h4>"_s + escaped(tr("Worth checking")) + u"</h4><ul>"_s;
        for (const QString &problem : m_story->problems) {
            html += u"<li>"_s + problemWithLinks(problem) + u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    html += u"<p>"_s + escaped(tr("Select an event, quote or person to see what the articles say about it.")) + u"</p>"_s;
    return html;
}

QString Inspector::describeArticle(const Article &article) const
{
    QString html = u"<h3>"_s + escaped(article.title) + u"</h3><table>"_s;
    html += row(tr("Outlet"), escaped(article.outlet));
    html += row(tr("Author"), escaped(article.author));
    html += row(tr("Published"), escaped(readableDate(article.published)));
    if (!article.url.isEmpty()) {
        html += row(tr("Address"), u"<a href='"_s + escaped(article.url) + u"'>"_s + escaped(article.url) + u"</a>"_s);
    }
    html += row(tr("File"), escaped(article.path));
    int quotes = 0;
    for (const Quote &quote : m_story->quotes) {
        quotes += quote.span.article == article.id ? 1 : 0;
    }
    html += row(tr("Quotes"), QString::number(quotes));
    html += u"</table>"_s;
    return html;
}

QString Inspector::describePerson(const Person &person) const
{
    QString html = u"<h3>"_s + escaped(person.name) + u"</h3><table>"_s;
    html += row(tr("Role"), escaped(person.role));
    html += row(tr("Also called"), escaped(person.aliases.join(u", "_s)));
    QStringList quotes;
    for (const Quote &quote : m_story->quotes) {
        if (quote.speaker == person.id) {
            quotes.append(itemLink(quote.id));
        }
    }
    html += row(tr("Quotes"), quotes.join(u"<br>"_s));
    QStringList events;
    for (const Event &event : m_story->events) {
        if (event.participants.contains(person.id)) {
            events.append(itemLink(event.id));
        }
    }
    html += row(tr("Events"), events.join(u"<br>"_s));
    html += u"</table><h4>"_s + escaped(tr("Mentions (%1)").arg(person.mentions.size())) + u"</h4>"_s + snippets(person.mentions);
    return html;
}

QString Inspector::describeEntity(const Entity &entity) const
{
    QString html = u"<h3>"_s + escaped(entity.name) + u"</h3><table>"_s;
    html += row(tr("Kind"), entity.kind == Entity::Kind::Place ? tr("place") : tr("organisation"));
    html += row(tr("Also called"), escaped(entity.aliases.join(u", "_s)));
    html += u"</table><h4>"_s + escaped(tr("Mentions (%1)").arg(entity.mentions.size())) + u"</h4>"_s + snippets(entity.mentions);
    return html;
}

QString Inspector::describeQuote(const Quote &quote) const
{
    const QString words = quote.kind == Quote::Kind::Indirect ? quote.text : u"\u201C"_s + quote.text + u"\u201D"_s;
    QString html = u"<h3>"_s + escaped(tr("%1 quote").arg(QuoteModel::kindName(quote.kind)).replace(0, 1, QuoteModel::kindName(quote.kind).left(1).toUpper()))
        + u"</h3><p><i>"_s + escaped(words) + u"</i></p><table>"_s;
    html += row(tr("Speaker"), quote.speaker.isEmpty() ? escaped(tr("not named")) : itemLink(quote.speaker));
    html += row(tr("To"), quote.addressee.isEmpty() ? QString() : itemLink(quote.addressee));
    html += row(tr("Event"), quote.event.isEmpty() ? QString() : itemLink(quote.event));
    html += row(tr("Article"), itemLink(quote.span.article));
    if (quote.confidence > 0) {
        html += row(tr("Confidence"), QString::number(qRound(quote.confidence * 100)) + u'%');
    }
    html += u"</table><h4>"_s + escaped(tr("Source")) + u"</h4>"_s + snippets({quote.span});
    if (quote.cue.isValid()) {
        html += u"<h4>"_s + escaped(tr("Attribution")) + u"</h4>"_s + snippets({quote.cue});
    }
    return html;
}

// Nothing for a happening (the usual case); otherwise why the event is drawn hollow.
QString Inspector::statusText(EventStatus status)
{
    switch (status) {
    case EventStatus::Planned:
        return escaped(tr("Planned: still to come when the article was written"));
    case EventStatus::Expected:
        return escaped(tr("Expected: foreseen, not yet happened when the article was written"));
    case EventStatus::CalledOff:
        return escaped(tr("Called off"));
    case EventStatus::Happened:
        break;
    }
    return {};
}

QString Inspector::describeEvent(const Event &event) const
{
    QString html = u"<h3>"_s + escaped(event.label) + u"</h3><table>"_s;
    html += row(tr("Date"), event.date.isDated() ? escaped(readableDate(event.date.iso)) : escaped(tr("undated")));
    html += row(tr("Dated by"), event.dateText.isEmpty() ? QString() : escaped(u"\u201C"_s + event.dateText + u"\u201D"_s));
    html += row(tr("Placed"), escaped(event.placement));
    html += row(tr("Status"), statusText(event.status));
    html += row(tr("Position"), escaped(tr("%1 of %2 in the chronology").arg(event.rank + 1).arg(m_story->events.size())));
    QStringList people;
    for (const QString &id : event.participants) {
        people.append(itemLink(id));
    }
    html += row(tr("Who"), people.join(u", "_s));
    QStringList quotes;
    for (const QString &id : event.quotes) {
        quotes.append(itemLink(id));
    }
    html += row(tr("Quotes"), quotes.join(u"<br>"_s));
    QStringList before;
    for (const QString &id : event.after) {
        before.append(itemLink(id));
    }
    html += row(tr("After"), before.join(u"<br>"_s));
    html += u"</table><h4>"_s + escaped(tr("Sources (%1)").arg(event.sources.size())) + u"</h4>"_s + snippets(event.sources);
    return html;
}

} // namespace Sourceline
