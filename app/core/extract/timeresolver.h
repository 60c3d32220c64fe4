// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../storygraph.h"
#include "timefinder.h"

#include <QDate>
#include <QList>

namespace Sourceline {

/// A temporal expression with its calendar value.
struct ResolvedTime
{
    TimeMention mention;
    DateValue date; ///< empty for durations, order words and what cannot be resolved
    bool future = false; ///< a future cue ("will", "scheduled", "before") governs it
    /// The word that fixed or moved something to or from this day ("set sentencing for July
    /// 11", "moved it from 18 September"): the day is a plan, not the deciding's; else -1.
    int planVerb = -1;
};

/// Gives temporal expressions their calendar values. Two anchors are kept while reading the
/// text in order: the publication date (for "yesterday", "last week") and the date the narrative
/// is at (for "the next day", "later that year", and weekdays in a paragraph that has named a
/// day). Years missing from "October 14" come from the publication date: the most recent such
/// day not after it, unless a future cue says otherwise.
class TimeResolver
{
public:
    /// paragraphs: the ranges of the text's paragraphs, in order (weekday anchors reset per paragraph).
    TimeResolver(QStringView text, const QList<ScannedWord> &words, const QList<TextRange> &paragraphs, const QDate &published);

    /// Which paragraphs are headings ("October 16: Trump and Putin speak"): their dates name a
    /// section and do not move the narrative on.
    void setHeadings(const QList<bool> &headings) { m_headings = headings; }

    [[nodiscard]] QList<ResolvedTime> resolve(const QList<TimeMention> &mentions);

    [[nodiscard]] static DateValue dayValue(const QDate &date);
    [[nodiscard]] static DateValue monthValue(int year, int month, int part = 0);
    [[nodiscard]] static DateValue yearValue(int year, int part = 0);
    [[nodiscard]] static DateValue weekValue(const QDate &dayInWeek);

private:
    /// What the words around a date say of its side of the time of writing: nothing, a past
    /// tense, only that something is bounded by it ("until Monday", "before Christmas"), with or
    /// without a past tense ("talks lasted until Sunday"), or that it lies ahead. A date fixed
    /// by a past decision ("postponed the hearing to Sept. 18") lies after the deciding, which
    /// its sentence may date, and else nearest the time of writing; a plan told as it once stood
    /// ("was due to be sentenced on 11 July", "moved it from 18 September") on either side.
    enum class Outlook { Unmarked, Past, Bound, BoundPast, Ahead, Fixed, Either };
    [[nodiscard]] Outlook outlook(const TimeMention &mention) const;
    [[nodiscard]] Outlook openingOutlook(const TimeMention &mention) const;
    [[nodiscard]] bool deadlinePassed(const TimeMention &mention) const;
    [[nodiscard]] bool pastPlan(int cue) const;
    [[nodiscard]] bool datedSayingBefore(int k, const TimeMention &mention) const;
    [[nodiscard]] bool possessiveAfter(const TimeMention &mention) const;
    [[nodiscard]] bool infinitiveAt(int k, int end) const;
    [[nodiscard]] bool clauseOpenerAt(int k) const;
    [[nodiscard]] bool pluralPresentAt(int k) const;
    [[nodiscard]] Outlook planOutlook(const TimeMention &mention, int *verb = nullptr) const;
    [[nodiscard]] int yearAfterDeciding(const TimeMention &mention) const;
    [[nodiscard]] QDate decidingDay(const TimeMention &mention) const;
    [[nodiscard]] bool presentOnset(const TimeMention &mention) const;
    [[nodiscard]] bool modalBefore(const TimeMention &mention) const;
    /// Whether "will" or "shall" stands in the few words before word k, with no mark between.
    [[nodiscard]] bool futureBefore(int k) const;
    [[nodiscard]] bool closesNameApposition(int k) const;
    [[nodiscard]] bool followsPastSentenceDate(const TimeMention &mention, Outlook outlook) const;
    /// Whether the mention ends a relative clause told in the past ("astronauts who launched on
    /// Boeing's capsule in early June").
    [[nodiscard]] bool endsPastRelativeClause(const TimeMention &mention) const;
    [[nodiscard]] int paragraphOf(int position);
    [[nodiscard]] int nearestYear(int month, int day) const;
    [[nodiscard]] int fixedYear(int month, int day) const;
    [[nodiscard]] DateValue resolveSpan(const TimeMention &mention, Outlook outlook) const;
    [[nodiscard]] bool namesANoun(const TimeMention &mention) const;
    [[nodiscard]] bool namedBeforeParagraphDay(const TimeMention &mention, QDate candidate) const;
    /// The text of word `index`, or nothing outside the article's words.
    [[nodiscard]] QStringView wordText(int index) const;
    [[nodiscard]] static bool restates(QStringView gap);
    [[nodiscard]] static bool restatesMonth(QStringView gap);
    void joinRanges(QList<ResolvedTime> &resolved) const;
    [[nodiscard]] bool endsSentenceAt(int k) const;
    [[nodiscard]] bool sameSentence(int from, int to) const;
    [[nodiscard]] bool listedAfterComing(const ResolvedTime &before, const TimeMention &mention) const;
    [[nodiscard]] bool withinNextSentence(int from, int to) const;
    /// Whether a verb of saying stands just before the mention ("officials said on Thursday",
    /// "told reporters late Wednesday"): the day of the telling, not of what is told.
    [[nodiscard]] bool toldBySaying(const TimeMention &mention) const;
    /// The past verb of the clause an hour is told in: the first past form after it in its
    /// sentence ("At 8:47 p.m. the tower asked"), else the nearest before it; -1 when none.
    [[nodiscard]] int clockClauseVerb(const TimeMention &clock) const;
    /// The last day told, in an earlier sentence, beside the same verb as word `verb`; null if none.
    [[nodiscard]] const ResolvedTime *dayToldWithVerb(int verb, const TimeMention &clock, const QList<ResolvedTime> &resolved) const;
    [[nodiscard]] bool pastVerbAt(int k) const;
    /// Whether the mention is a clock time in brackets right after the clock time `before`
    /// ("8:48 p.m. EST (0148 GMT Thursday)"): the same moment on another clock.
    [[nodiscard]] bool restatesClockOf(const ResolvedTime &before, const TimeMention &mention) const;
    /// The day `clock` falls on when it is the moment `restating` names on its own clock and day;
    /// invalid when either zone is unknown.
    [[nodiscard]] static QDate dayOnClockOf(const TimeMention &clock, const ResolvedTime &restating);
    [[nodiscard]] bool abbreviationPoint(int k) const;
    [[nodiscard]] bool sinceUntilNow(const TimeMention &mention) const;
    [[nodiscard]] DateValue resolveDate(const TimeMention &mention, Outlook outlook) const;
    [[nodiscard]] DateValue resolveHoliday(const TimeMention &mention, int year, Outlook outlook) const;
    [[nodiscard]] DateValue resolveWeekday(const TimeMention &mention, Outlook outlook) const;
    [[nodiscard]] const ResolvedTime *namedAnchor(const TimeMention &mention, const QList<ResolvedTime> &resolved) const;
    [[nodiscard]] const ResolvedTime *lastDateNaming(const QList<QStringView> &names, const TimeMention &mention, const QList<ResolvedTime> &resolved) const;
    [[nodiscard]] int clauseVerbAfter(const TimeMention &mention) const;
    [[nodiscard]] int namedClauseVerb(int subject) const;
    [[nodiscard]] int verbAfterName(int subject) const;
    [[nodiscard]] bool narrativeMissesClause(const TimeMention &mention) const;
    [[nodiscard]] TextRange paragraphRange(int position) const;
    [[nodiscard]] int paragraphIndex(int position) const;
    [[nodiscard]] QList<bool> dateHeadings(const QList<TimeMention> &mentions) const;
    [[nodiscard]] bool inSectionOf(int heading, int paragraph) const;
    [[nodiscard]] bool aloneOnItsLine(const TimeMention &mention) const;
    [[nodiscard]] bool opensItsLine(const TimeMention &mention) const;
    [[nodiscard]] bool weekdaysLine(const QList<TimeMention> &mentions, qsizetype index) const;
    [[nodiscard]] const TimeMention *datedNounAfter(const TimeMention &mention, const QList<TimeMention> &mentions) const;
    [[nodiscard]] const TimeMention *datedClauseAfter(const TimeMention &mention, const QList<TimeMention> &mentions) const;
    [[nodiscard]] const TimeMention *mainClauseDayAfter(const TimeMention &mention, const QList<TimeMention> &mentions) const;
    void datePhrasesByTheirMainClause(QList<ResolvedTime> &resolved, const QList<TimeMention> &mentions) const;
    [[nodiscard]] DateValue resolveRelative(const TimeMention &mention, const QDate &anchor, Sourceline::DateValue::Granularity anchorGranularity) const;

    QStringView m_text;
    const QList<ScannedWord> &m_words;
    const QList<TextRange> &m_paragraphs;
    QDate m_published;
    QList<bool> m_headings;
    QList<bool> m_dateHeadings; ///< headings that hold only dates: a timeline's sections
    int m_section = -1; ///< the last heading of only dates, which sets its section's year
    DateValue m_sectionDate; ///< that heading's date
    int m_paragraph = -1;
    QDate m_paragraphDay; ///< the last day named in the current paragraph
    bool m_paragraphDayOpens = false; ///< that day opens its paragraph: "June 18: ..."
    DateValue m_narrative; ///< the last date resolved so far
    int m_narrativeParagraph = -1; ///< the paragraph that told m_narrative
    int m_narrativeWord = -1; ///< the word after the mention that told m_narrative
    bool m_narrativeNamesNoun = false; ///< m_narrative was told naming a noun ("the 2020 election")
    bool m_narrativeSaid = false; ///< m_narrative was the day of a saying ("officials said on Thursday")
    int m_lastYear = 0; ///< the last year written out in the text
};

} // namespace Sourceline
