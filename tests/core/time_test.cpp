// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "extract/textanalysis.h"
#include "extract/timeexpressions.h"
#include "linearticle.h"

#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

namespace {
QList<TimeExpression> timesOf(const QString &text, const QDate &reference)
{
    const Article article = articleFromLines(text);
    const TextAnalysis analysis = analyseText(article);
    return findArticleTimes(article, analysis, reference).expressions(article.body);
}

QString listed(const QList<TimeExpression> &times)
{
    QStringList parts;
    for (const TimeExpression &time : times) {
        parts.append(u"«"_s + time.text + u"»="_s + (time.value.isEmpty() ? u"-"_s : time.value));
    }
    return parts.join(u", "_s);
}

const TimeExpression *find(const QList<TimeExpression> &times, const QString &text)
{
    for (const TimeExpression &time : times) {
        if (time.text == text) {
            return &time;
        }
    }
    return nullptr;
}
} // namespace

class TimeTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resolves_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("duration");

        const QDate wed(2025, 11, 26); // a Wednesday
        // Written dates
        QTest::newRow("month day") << u"The talks took place on October 14."_s << wed << u"October 14"_s << u"2025-10-14"_s << QString();
        QTest::newRow("month after an irregular past")
            << u"The council had spent millions before the developer withdrew in January."_s << QDate(2025, 3, 14) << u"January"_s << u"2025-01"_s << QString();
        QTest::newRow("month after 'is set to'") << u"The council is set to vote in January."_s << QDate(2025, 3, 14) << u"January"_s << u"2026-01"_s
                                                 << QString();
        QTest::newRow("abbreviated month") << u"The deal was signed on Oct. 14."_s << wed << u"Oct. 14"_s << u"2025-10-14"_s << QString();
        QTest::newRow("Sept.") << u"The inquiry opened on Sept. 3."_s << wed << u"Sept. 3"_s << u"2025-09-03"_s << QString();
        QTest::newRow("day month year") << u"He arrived on 14 October 2025 with aides."_s << wed << u"14 October 2025"_s << u"2025-10-14"_s << QString();
        QTest::newRow("range of days") << u"Talks were held on Oct. 11 and 12 in Cairo."_s << wed << u"Oct. 11 and 12"_s << u"2025-10-11"_s << QString();
        QTest::newRow("ordinal") << u"The vote was on October 21st."_s << wed << u"October 21st"_s << u"2025-10-21"_s << QString();
        QTest::newRow("ordinal of month") << u"It ended on the 21st of October."_s << wed << u"the 21st of October"_s << u"2025-10-21"_s << QString();
        QTest::newRow("ISO") << u"The report was dated 2025-11-26."_s << wed << u"2025-11-26"_s << u"2025-11-26"_s << QString();
        QTest::newRow("US slashes") << u"The memo, dated 11/26/2025, leaked."_s << wed << u"11/26/2025"_s << u"2025-11-26"_s << QString();
        QTest::newRow("month year") << u"In October 2024 the firm collapsed."_s << wed << u"October 2024"_s << u"2024-10"_s << QString();
        QTest::newRow("year") << u"The company was founded in 2019."_s << wed << u"2019"_s << u"2019"_s << QString();
        QTest::newRow("mid-month") << u"In mid-October, talks resumed."_s << wed << u"mid-October"_s << u"2025-10"_s << QString();
        QTest::newRow("early year") << u"The law takes effect in early 2026."_s << wed << u"early 2026"_s << u"2026"_s << QString();
        QTest::newRow("weekday and date") << u"It was signed on Monday, Oct. 13, 2025."_s << wed << u"Monday, Oct. 13, 2025"_s << u"2025-10-13"_s << QString();
        // Years for month-day dates: the last such day not after the reference, unless the future is meant
        QTest::newRow("across new year") << u"The storm hit on December 28."_s << QDate(2026, 1, 5) << u"December 28"_s << u"2025-12-28"_s << QString();
        QTest::newRow("future across new year") << u"The ceasefire will take effect on January 2."_s << QDate(2025, 12, 30) << u"January 2"_s << u"2026-01-02"_s
                                                << QString();
        QTest::newRow("a day in the coming week") << u"He had said that Ukraine should accept the plan by Nov. 27."_s << wed << u"Nov. 27"_s << u"2025-11-27"_s
                                                  << QString();
        QTest::newRow("a day weeks ahead is last year's")
            << u"He had said that Ukraine should accept the plan by Dec. 12."_s << wed << u"Dec. 12"_s << u"2024-12-12"_s << QString();
        QTest::newRow("an opening date before a past verb a few days ahead is last year's")
            << u"On Oct. 2, the president flew over the valley in a helicopter."_s << QDate(2025, 9, 26) << u"Oct. 2"_s << u"2024-10-02"_s << QString();
        QTest::newRow("an opening date before a future verb a few days ahead stays")
            << u"On Oct. 2, the president will fly over the valley in a helicopter."_s << QDate(2025, 9, 26) << u"Oct. 2"_s << u"2025-10-02"_s << QString();
        QTest::newRow("a wire's 24-hour clock with its zone") << u"The storm came ashore at 11:10 p.m. EDT on Thursday (0310 GMT Friday)."_s
                                                              << QDate(2024, 9, 27) << u"0310 GMT"_s << u"2024-09-27T03:10Z"_s << QString();
        QTest::newRow("a year before a zone-less word is no clock")
            << u"The storm came ashore in 1916 near the town."_s << QDate(2024, 9, 27) << u"1916"_s << u"1916"_s << QString();
        QTest::newRow("a day after a clock restated in brackets is the first clock's")
            << u"On Thursday the storm grew. By 2 a.m. EDT (0600 GMT) on Friday it had weakened."_s << QDate(2024, 9, 27) << u"2 a.m. EDT"_s
            << u"2024-09-27T02:00-04:00"_s << QString();
        QTest::newRow("an hour after a day of saying is of the story's day")
            << u"The jet went down on Wednesday night, officials said on Thursday. It struck the helicopter shortly before 9 p.m."_s << QDate(2025, 1, 30)
            << u"9 p.m."_s << u"2025-01-29T21:00"_s << QString();
        QTest::newRow("an hour after a day of doing near miss: that day")
            << u"The jet went down on Wednesday night. Divers searched the river on Thursday. They found the recorder at 3 p.m."_s << QDate(2025, 1, 30)
            << u"3 p.m."_s << u"2025-01-30T15:00"_s << QString();
        QTest::newRow("an hour of a happening dated sentences before is of its day")
            << u"The jets collided over the river on Jan. 29. On Friday, the agency banned the route.\nAt 8:47 p.m. the tower called the helicopter. "
               u"Shortly before 8:48 p.m., the two aircraft collided."_s
            << QDate(2025, 3, 15) << u"8:48 p.m."_s << u"2025-01-29T20:48"_s << QString();
        QTest::newRow("an hour before it in its paragraph goes with it")
            << u"The jets collided over the river on Jan. 29. On Friday, the agency banned the route.\nAt 8:47 p.m. the tower called the helicopter. "
               u"Shortly before 8:48 p.m., the two aircraft collided."_s
            << QDate(2025, 3, 15) << u"8:47 p.m."_s << u"2025-01-29T20:47"_s << QString();
        QTest::newRow("an hour of a happening dated before near miss: another happening keeps the narrative's day")
            << u"The jets collided over the river on Jan. 29. On Friday, the agency banned the route.\nAt 8:47 p.m. the agency published the order."_s
            << QDate(2025, 3, 15) << u"8:47 p.m."_s << u"2025-03-14T20:47"_s << QString();
        QTest::newRow("a clock's day from the day on the clock restating it")
            << u"Officials spoke on Thursday. The jets collided at 8:48 p.m. EST (0148 GMT Thursday)."_s << QDate(2025, 1, 30) << u"8:48 p.m. EST"_s
            << u"2025-01-29T20:48-05:00"_s << QString();
        QTest::newRow("the next morning after a clock restated with its day")
            << u"Officials spoke on Thursday. The jets collided at 8:48 p.m. EST (0148 GMT Thursday). Divers went back the next morning."_s
            << QDate(2025, 1, 30) << u"the next morning"_s << u"2025-01-30"_s << QString();
        QTest::newRow("an hour still to come after a day gone is of the day of writing")
            << u"The jets collided at 2048 ET Wednesday.\nThe airport is set to reopen at 11 a.m."_s << QDate(2025, 1, 30) << u"11 a.m."_s
            << u"2025-01-30T11:00"_s << QString();
        QTest::newRow("an hour gone after a day gone near miss: that day") << u"The jets collided at 2048 ET Wednesday.\nThe airport closed at 11 p.m."_s
                                                                           << QDate(2025, 1, 30) << u"11 p.m."_s << u"2025-01-29T23:00"_s << QString();
        QTest::newRow("after a clause with a long subject in a sentence with its own day")
            << u"WASHINGTON \u2014 The National Transportation Safety Board on Tuesday called on the Federal Aviation Administration to permanently close a "
               u"helicopter route that runs beside Reagan Washington National Airport, six weeks after an Army Black Hawk on that route struck an American "
               u"Eagle jet and killed 67 people."_s
            << QDate(2025, 3, 12) << u"six weeks after"_s << QString() << QString();
        QTest::newRow("a count in a sentence of its own near miss: counted from the day before")
            << u"The jet crashed on Jan. 29. Six weeks after the crash, the board called for the route's closure."_s << QDate(2025, 3, 14)
            << u"Six weeks after"_s << u"2025-W11"_s << QString();
        QTest::newRow("a month still to come after a day gone is the month of writing")
            << u"The agency restricted flights on Jan. 31. It plans to publish new charts by the end of the month."_s << QDate(2025, 3, 12)
            << u"the end of the month"_s << u"2025-03"_s << QString();
        QTest::newRow("a month gone after a day gone near miss: that day's month")
            << u"The agency restricted flights on Jan. 31. It finished the work by the end of the month."_s << QDate(2025, 3, 12) << u"the end of the month"_s
            << u"2025-01"_s << QString();
        QTest::newRow("a participle after an infinitive's verb is no past tense")
            << u"The ministry plans to publish revised figures on Monday."_s << wed << u"Monday"_s << u"2025-12-01"_s << QString();
        QTest::newRow("a participle after a past verb near miss: the past stays")
            << u"The ministry published revised figures on Monday."_s << wed << u"Monday"_s << u"2025-11-24"_s << QString();
        QTest::newRow("an age is the whole compound") << u"The 28-year-old first officer was at the controls."_s << wed << u"28-year-old"_s << QString()
                                                      << u"P28Y"_s;
        QTest::newRow("a length is the whole compound") << u"A two-hour-long meeting followed."_s << wed << u"two-hour-long"_s << QString() << u"PT2H"_s;
        QTest::newRow("a hyphenated length near miss: the compound ends at its unit")
            << u"The four-year contract was signed."_s << wed << u"four-year"_s << QString() << u"P4Y"_s;
        QTest::newRow("a weekday after a present modal lies ahead")
            << u"Workers can return to work on Wednesday."_s << QDate(2024, 11, 5) << u"Wednesday"_s << u"2024-11-06"_s << QString();
        QTest::newRow("a weekday after 'may' lies ahead") << u"The board may meet again on Friday."_s << wed << u"Friday"_s << u"2025-11-28"_s << QString();
        QTest::newRow("a weekday after a modal and a past near miss: it is past")
            << u"The board may have met on Friday."_s << wed << u"Friday"_s << u"2025-11-21"_s << QString();
        QTest::newRow("the coming weeks") << u"The agency will review every route in the coming weeks."_s << wed << u"the coming weeks"_s << QString()
                                          << u"PXW"_s;
        QTest::newRow("recent days") << u"Officials met twice in recent days."_s << wed << u"recent days"_s << QString() << u"PXD"_s;
        QTest::newRow("the months ahead") << u"A ruling is due in the months ahead."_s << wed << u"the months ahead"_s << QString() << u"PXM"_s;
        QTest::newRow("it took until a date: the wait is over")
            << u"Water came back in October, though it took until Nov. 18 before the city said it was safe."_s << QDate(2025, 9, 26) << u"Nov. 18"_s
            << u"2024-11-18"_s << QString();
        QTest::newRow("given until a date: a deadline ahead")
            << u"The judge gave the company until Nov. 18 to respond."_s << QDate(2025, 9, 26) << u"Nov. 18"_s << u"2025-11-18"_s << QString();
        QTest::newRow("a few minutes ago") << u"A tide gauge stopped reporting a few minutes ago."_s << wed << u"a few minutes ago"_s << u"2025-11-26"_s
                                           << QString();
        QTest::newRow("two hours ago") << u"The gauge stopped reporting two hours ago."_s << wed << u"two hours ago"_s << u"2025-11-26"_s << QString();
        QTest::newRow("a few days ago") << u"The gauge stopped reporting a few days ago."_s << wed << u"a few days ago"_s << QString() << QString();
        QTest::newRow("following as a preposition looks nowhere")
            << u"It was the third hurricane to strike the Big Bend in 13 months, following Idalia in August 2023 and Debby in early August this year."_s
            << QDate(2024, 9, 27) << u"early August"_s << u"2024-08"_s << QString();
        QTest::newRow("the following week looks ahead")
            << u"Talks resume the following week, in early August."_s << QDate(2024, 9, 27) << u"early August"_s << u"2025-08"_s << QString();
        QTest::newRow("present onset weeks ahead") << u"The budget takes effect Jan. 1."_s << QDate(2025, 11, 25) << u"Jan. 1"_s << u"2026-01-01"_s
                                                   << QString();
        QTest::newRow("comes into force") << u"The ban comes into force on January 5, ministers said."_s << QDate(2025, 12, 2) << u"January 5"_s
                                          << u"2026-01-05"_s << QString();
        QTest::newRow("past onset stays past") << u"The budget took effect Jan. 1."_s << QDate(2025, 11, 25) << u"Jan. 1"_s << u"2025-01-01"_s << QString();
        QTest::newRow("present onset months back stays")
            << u"The levy takes effect March 1."_s << QDate(2025, 11, 25) << u"March 1"_s << u"2025-03-01"_s << QString();
        QTest::newRow("present onset later this year")
            << u"The rule takes effect Dec. 15."_s << QDate(2025, 11, 25) << u"Dec. 15"_s << u"2025-12-15"_s << QString();
        QTest::newRow("future month") << u"The company will report results in December."_s << wed << u"December"_s << u"2025-12"_s << QString();
        QTest::newRow("past month") << u"The bank last moved its rate in October."_s << QDate(2025, 3, 14) << u"October"_s << u"2024-10"_s << QString();
        QTest::newRow("deadline is") << u"The deadline for claims is March 31."_s << QDate(2025, 1, 10) << u"March 31"_s << u"2025-03-31"_s << QString();
        QTest::newRow("next April") << u"The council will vote next April."_s << QDate(2025, 6, 2) << u"next April"_s << u"2026-04"_s << QString();
        QTest::newRow("no reference") << u"The talks took place on October 14."_s << QDate() << u"October 14"_s << u"XXXX-10-14"_s << QString();
        // Weekdays: the same day or the last one before, unless a future cue turns them forward
        QTest::newRow("past weekday") << u"He resigned on Friday."_s << wed << u"Friday"_s << u"2025-11-21"_s << QString();
        QTest::newRow("same weekday") << u"The summit opened on Wednesday."_s << wed << u"Wednesday"_s << u"2025-11-26"_s << QString();
        QTest::newRow("weekday deadline") << u"The minister said the Friday deadline was not fixed."_s << wed << u"Friday"_s << u"2025-11-28"_s << QString();
        QTest::newRow("missed deadline") << u"The firm missed the Friday deadline by hours."_s << wed << u"Friday"_s << u"2025-11-21"_s << QString();
        QTest::newRow("deadline passed") << u"The Friday deadline passed without a reply."_s << wed << u"Friday"_s << u"2025-11-21"_s << QString();
        QTest::newRow("weekday after weeks later") << u"It resumed on May 27. Two weeks later, on Tuesday, the defence closed its case."_s << QDate(2025, 6, 13)
                                                   << u"Tuesday"_s << u"2025-06-10"_s << QString();
        QTest::newRow("planned is no future") << u"He had cancelled a planned meeting in August after the drought."_s << QDate(2025, 10, 16) << u"August"_s
                                              << u"2025-08"_s << QString();
        QTest::newRow("planned after a count is no future") << u"The hospital postponed 46 planned operations on Friday after the outage."_s
                                                            << QDate(2024, 7, 20) << u"Friday"_s << u"2024-07-19"_s << QString();
        QTest::newRow("planned after a count near miss: planned as a verb")
            << u"The hospital has planned operations on Friday."_s << QDate(2024, 7, 20) << u"Friday"_s << u"2024-07-26"_s << QString();
        QTest::newRow("a participle after a possessive is no past tense")
            << u"Savers will have full access to their insured deposits no later than Monday morning."_s << wed << u"Monday morning"_s << u"2025-12-01"_s
            << QString();
        QTest::newRow("a participle after a determiner near miss: the clause's past")
            << u"Staff moved the insured goods on Monday."_s << wed << u"Monday"_s << u"2025-11-24"_s << QString();
        QTest::newRow("a compound number over fifty") << u"The repair took seventy-eight minutes."_s << QDate(2024, 7, 24) << u"seventy-eight minutes"_s
                                                      << QString() << u"PT78M"_s;
        QTest::newRow("a compound number opening a sentence")
            << u"Sixty-one years ago, the dam above the town failed."_s << QDate(2024, 7, 24) << u"Sixty-one years ago"_s << u"1963"_s << QString();
        QTest::newRow("a compound number under fifty stays")
            << u"The repair took forty-two minutes."_s << QDate(2024, 7, 24) << u"forty-two minutes"_s << QString() << u"PT42M"_s;
        QTest::newRow("through a weekday after a present perfect") << u"The airline has issued a travel waiver for passengers flying through Saturday."_s
                                                                   << QDate(2024, 7, 19) << u"Saturday"_s << u"2024-07-20"_s << QString();
        QTest::newRow("until a weekday after a present perfect")
            << u"The city has closed the bridge until Monday."_s << QDate(2024, 7, 19) << u"Monday"_s << u"2024-07-22"_s << QString();
        QTest::newRow("through a weekday after a past tense")
            << u"The airline issued waivers for passengers flying through Saturday."_s << QDate(2024, 7, 24) << u"Saturday"_s << u"2024-07-20"_s << QString();
        QTest::newRow("a walk through a weekday's market is no bound")
            << u"The mayor walked through Saturday's market."_s << QDate(2024, 7, 24) << u"Saturday"_s << u"2024-07-20"_s << QString();
        QTest::newRow("an hour and a half") << u"Flights were halted for about an hour and a half."_s << QDate(2024, 7, 19) << u"about an hour and a half"_s
                                            << QString() << u"PT1H30M"_s;
        QTest::newRow("a year and a half") << u"The inquiry took a year and a half."_s << QDate(2024, 7, 19) << u"a year and a half"_s << QString()
                                           << u"P1Y6M"_s;
        // A name ending in "-ed" inside the sentence ("United States") is no past tense.
        QTest::newRow("a name in -ed is no past") << u"Supplies last a week before a landing in the United States around June 14."_s << QDate(2024, 6, 5)
                                                  << u"June 14"_s << u"2024-06-14"_s << QString();
        QTest::newRow("a name in -ed near miss: a past verb opening the sentence")
            << u"Supplies ran out. Landed in the United States around June 14, the crew was fine."_s << QDate(2024, 6, 5) << u"June 14"_s << u"2023-06-14"_s
            << QString();
        // With no tense near it, a day within a month after the time of writing is this year's.
        QTest::newRow("a day soon after, its verb far before")
            << u"The astronauts are scheduled to spend about a week at the station before returning to a landing in the western United States, most likely at White Sands Space Harbor in New Mexico, around June 14."_s
            << QDate(2024, 6, 5) << u"June 14"_s << u"2024-06-14"_s << QString();
        QTest::newRow("a day soon after near miss: two months after")
            << u"The astronauts are scheduled to spend about a week at the station before returning to a landing in the western United States, most likely at White Sands Space Harbor in New Mexico, around Aug. 14."_s
            << QDate(2024, 6, 5) << u"Aug. 14"_s << u"2023-08-14"_s << QString();
        // A plan that slipped to a day has that day ahead of the slipping.
        QTest::newRow("slipped to a day") << u"The flight had already slipped to Sept. 24."_s << QDate(2024, 8, 25) << u"Sept. 24"_s << u"2024-09-24"_s
                                          << QString();
        QTest::newRow("slipped to near miss: slipped on a day")
            << u"The climber slipped on Sept. 24."_s << QDate(2024, 8, 25) << u"Sept. 24"_s << u"2023-09-24"_s << QString();
        // A "will" after a date that closes a past relative clause is the main clause's.
        QTest::newRow("a past relative clause before a future") << u"Two astronauts who launched on Boeing's capsule in early June will not ride it home."_s
                                                                << QDate(2024, 8, 25) << u"early June"_s << u"2024-06"_s << QString();
        QTest::newRow("a past relative clause near miss: the date is the subject's")
            << u"The launch in early June will carry two astronauts."_s << QDate(2024, 8, 25) << u"early June"_s << u"2025-06"_s << QString();
        // A bare month after a past year's date in its sentence follows that date.
        QTest::newRow("a month after a past year in its sentence")
            << u"The last such swap was in 2023, when a Soyuz capsule was hit by a leak the previous December and returned empty in March."_s
            << QDate(2024, 8, 25) << u"March"_s << u"2023-03"_s << QString();
        QTest::newRow("a month after a past month in its sentence")
            << u"The pipe burst in November 2022 and the plant reopened in March."_s << QDate(2024, 8, 25) << u"March"_s << u"2023-03"_s << QString();
        QTest::newRow("a month after a past year near miss: another sentence")
            << u"The last such swap was in 2023. The capsule returned empty in March."_s << QDate(2024, 8, 25) << u"March"_s << u"2024-03"_s << QString();
        QTest::newRow("a month after a past year near miss: a plan ahead")
            << u"The firm was founded in 2019 and will list its shares in March."_s << QDate(2024, 8, 25) << u"March"_s << u"2025-03"_s << QString();
        QTest::newRow("a countdown's clock near miss: a hold's length")
            << u"The countdown held for 3 minutes."_s << QDate(2024, 6, 6) << u"3 minutes"_s << QString() << u"PT3M"_s;
        // What lasts now ("runs", "lasts"), or what may happen, is told around the time of writing.
        QTest::newRow("a present of lasting to a day")
            << u"The ban runs from February 9 to May 4."_s << QDate(2025, 2, 15) << u"May 4"_s << u"2025-05-04"_s << QString();
        QTest::newRow("a present of lasting from a day")
            << u"The ban runs from February 9 to May 4."_s << QDate(2025, 2, 15) << u"February 9"_s << u"2025-02-09"_s << QString();
        QTest::newRow("a present of lasting near miss: the past")
            << u"The ban ran from February 9 to May 4."_s << QDate(2025, 2, 15) << u"May 4"_s << u"2024-05-04"_s << QString();
        QTest::newRow("a modal before a day") << u"He may return to official training on April 13."_s << QDate(2025, 2, 15) << u"April 13"_s << u"2025-04-13"_s
                                              << QString();
        QTest::newRow("a modal near miss: the past") << u"He returned to official training on April 13."_s << QDate(2025, 2, 15) << u"April 13"_s
                                                     << u"2024-04-13"_s << QString();
        // What a gerund after "after" tells came before the future it is told with.
        QTest::newRow("a gerund after after, before a future")
            << u"Sinner will not be banned after testing positive twice in March."_s << QDate(2024, 8, 21) << u"March"_s << u"2024-03"_s << QString();
        QTest::newRow("a gerund after after near miss: a noun")
            << u"He will be banned after the hearing in March."_s << QDate(2024, 8, 21) << u"March"_s << u"2025-03"_s << QString();
        // A paragraph's end ends a sentence: a date line over the story decides nothing in it.
        QTest::newRow("a date line over the first paragraph")
            << u"By Marco Bellandi\nAugust 21, 2024\nSinner will not be banned after testing positive twice in March."_s << QDate(2024, 8, 21) << u"March"_s
            << u"2024-03"_s << QString();
        // A day something was called for lies ahead of the calling, past a compound noun's words.
        QTest::newRow("called a hyphened meeting for a weekday")
            << u"Calhoun called an all-hands safety meeting for Tuesday."_s << QDate(2024, 1, 7) << u"Tuesday"_s << u"2024-01-09"_s << QString();
        QTest::newRow("called a hyphened meeting near miss: held on a weekday")
            << u"Calhoun held an all-hands safety meeting on Tuesday."_s << QDate(2024, 1, 7) << u"Tuesday"_s << u"2024-01-02"_s << QString();
        // "two weeks before the bank failed" counts from a day told with the failing, not with
        // "the failed lender".
        QTest::newRow("counted from a past form, not from its adjective")
            << u"The FDIC said on Sunday night it had sold the failed lender.\nSenators asked why he sold shares two weeks before the bank failed."_s
            << QDate(2023, 3, 27) << u"two weeks before"_s << QString() << QString();
        QTest::newRow("counted from a past form near miss: the failing told")
            << u"The bank failed on March 10.\nSenators asked why he sold shares two weeks before the bank failed."_s << QDate(2023, 3, 27)
            << u"two weeks before"_s << u"2023-W08"_s << QString();
        // A count "later than planned" is a delay, no time counted from the story's day.
        QTest::newRow("a delay later than planned") << u"The capsule docked about an hour later than planned."_s << QDate(2024, 6, 6) << u"about an hour"_s
                                                    << QString() << u"PT1H"_s;
        QTest::newRow("a gain earlier than expected") << u"The bridge reopened two years earlier than expected."_s << QDate(2024, 6, 6) << u"two years"_s
                                                      << QString() << u"P2Y"_s;
        QTest::newRow("a delay near miss: a count later in the story")
            << u"The capsule launched on June 5. A day later, it docked."_s << QDate(2024, 6, 6) << u"A day later"_s << u"2024-06-06"_s << QString();
        QTest::newRow("two hours and a half-day strike")
            << u"The talks took two hours and a half-day strike followed."_s << QDate(2024, 7, 19) << u"two hours"_s << QString() << u"PT2H"_s;
        QTest::newRow("future weekday") << u"She will travel to Paris on Friday."_s << wed << u"Friday"_s << u"2025-11-28"_s << QString();
        QTest::newRow("as early as") << u"A vote could come as early as Thursday."_s << wed << u"Thursday"_s << u"2025-11-27"_s << QString();
        QTest::newRow("last Friday") << u"The minister spoke last Friday."_s << wed << u"last Friday"_s << u"2025-11-21"_s << QString();
        QTest::newRow("last Thursday, written on a Friday")
            << u"The party won 411 seats last Thursday."_s << QDate(2024, 7, 12) << u"last Thursday"_s << u"2024-07-04"_s << QString();
        QTest::newRow("last Wednesday, written on a Friday")
            << u"The party won 411 seats last Wednesday."_s << QDate(2024, 7, 12) << u"last Wednesday"_s << u"2024-07-10"_s << QString();
        QTest::newRow("next Monday") << u"They will meet next Monday."_s << wed << u"next Monday"_s << u"2025-12-01"_s << QString();
        QTest::newRow("this Friday") << u"Results arrive this Friday."_s << wed << u"this Friday"_s << u"2025-11-28"_s << QString();
        QTest::newRow("weekday night") << u"By Monday night the storm had passed."_s << wed << u"Monday night"_s << u"2025-11-24"_s << QString();
        QTest::newRow("march is a verb") << u"Protesters will march on Sunday."_s << wed << u"Sunday"_s << u"2025-11-30"_s << QString();
        QTest::newRow("until") << u"Schools stay closed until Monday."_s << QDate(2025, 10, 9) << u"Monday"_s << u"2025-10-13"_s << QString();
        QTest::newRow("narrative weekday") << u"The October 14 call came days before the summit. Aides urged a deal before Friday's meeting."_s << wed
                                           << u"Friday"_s << u"2025-10-17"_s << QString();
        QTest::newRow("dateline weekday") << u"VALMORA, March 14 (Wire) - The bank held rates on Thursday."_s << QDate(2025, 3, 14) << u"Thursday"_s
                                          << u"2025-03-13"_s << QString();
        // Relative to the time of writing
        QTest::newRow("yesterday") << u"Officials said yesterday that talks stalled."_s << wed << u"yesterday"_s << u"2025-11-25"_s << QString();
        QTest::newRow("tomorrow morning") << u"Flooding is likely tomorrow morning."_s << wed << u"tomorrow morning"_s << u"2025-11-27"_s << QString();
        QTest::newRow("today") << u"The court rules today."_s << wed << u"today"_s << u"2025-11-26"_s << QString();
        QTest::newRow("this morning") << u"Markets fell this morning."_s << wed << u"this morning"_s << u"2025-11-26"_s << QString();
        QTest::newRow("last night") << u"Fighting resumed last night."_s << wed << u"last night"_s << u"2025-11-25"_s << QString();
        QTest::newRow("last week") << u"Prices fell sharply last week."_s << wed << u"last week"_s << u"2025-W47"_s << QString();
        QTest::newRow("last month") << u"Sales rose last month."_s << wed << u"last month"_s << u"2025-10"_s << QString();
        QTest::newRow("last year") << u"The law was passed last year."_s << wed << u"last year"_s << u"2024"_s << QString();
        QTest::newRow("days ago") << u"The plant closed two days ago."_s << wed << u"two days ago"_s << u"2025-11-24"_s << QString();
        QTest::newRow("years ago") << u"The election was held three years ago."_s << wed << u"three years ago"_s << u"2022"_s << QString();
        QTest::newRow("earlier this month") << u"Inflation slowed earlier this month."_s << wed << u"earlier this month"_s << u"2025-11"_s << QString();
        QTest::newRow("live blog time") << u"18:30 The weather service extended its warning."_s << QDate(2025, 10, 9) << u"18:30"_s << u"2025-10-09T18:30"_s
                                        << QString();
        // Times of day: with the day they belong to, never read as a day of their own
        QTest::newRow("live blog time with zone") << u"14:32 GMT Peskov told reporters the leak was an attack."_s << wed << u"14:32 GMT"_s
                                                  << u"2025-11-26T14:32Z"_s << QString();
        QTest::newRow("eastern time by the season") << u"2:30 p.m. ET The press secretary took questions."_s << wed << u"2:30 p.m. ET"_s
                                                    << u"2025-11-26T14:30-05:00"_s << QString();
        QTest::newRow("eastern time by name") << u"American said it had resumed flights by 5 a.m. Eastern time on Friday."_s << QDate(2024, 7, 19)
                                              << u"5 a.m. Eastern time"_s << u"2024-07-19T05:00-04:00"_s << QString();
        QTest::newRow("pacific by name without 'time'") << u"The company posted the fix at 9 p.m. Pacific on Friday."_s << QDate(2024, 7, 20)
                                                        << u"9 p.m. Pacific"_s << u"2024-07-19T21:00-07:00"_s << QString();
        QTest::newRow("a place named after a clock is no zone")
            << u"The march began at 11 a.m. Central Park was full by noon."_s << QDate(2024, 7, 20) << u"11 a.m."_s << u"2024-07-20T11:00"_s << QString();
        QTest::newRow("date at a time") << u"The call began on Oct. 14 at 9:15 p.m. and lasted an hour."_s << wed << u"9:15 p.m."_s << u"2025-10-14T21:15"_s
                                        << QString();
        QTest::newRow("time on a weekday") << u"The vote opens at 9 a.m. on Friday, officials said."_s << wed << u"9 a.m."_s << u"2025-11-21T09:00"_s
                                           << QString();
        QTest::newRow("the day keeps its own value") << u"The call began on Oct. 14 at 9:15 p.m. and lasted an hour."_s << wed << u"Oct. 14"_s
                                                     << u"2025-10-14"_s << QString();
        QTest::newRow("noon of the narrative day") << u"The talks opened on Oct. 20. At noon, the delegates broke for lunch."_s << wed << u"noon"_s
                                                   << u"2025-10-20T12:00"_s << QString();
        QTest::newRow("clock in a sentence") << u"The verdict was read on Tuesday. By 14:32, crowds had gathered."_s << wed << u"14:32"_s
                                             << u"2025-11-25T14:32"_s << QString();
        QTest::newRow("hour with pm") << u"Polls closed yesterday at 10pm."_s << wed << u"10pm"_s << u"2025-11-25T22:00"_s << QString();
        // A noun "plan" looks ahead no more than "report" does; a new clause has its own tense
        QTest::newRow("plan as a noun") << u"Axios reported the 28-point plan on Nov. 19."_s << wed << u"Nov. 19"_s << u"2025-11-19"_s << QString();
        QTest::newRow("carried the plan") << u"Army Secretary Dan Driscoll carried the plan to Kyiv on Nov. 20 and presented it to Zelensky."_s << wed
                                          << u"Nov. 20"_s << u"2025-11-20"_s << QString();
        QTest::newRow("plans to") << u"The two sides plan to sign the accord on Jan. 5."_s << wed << u"Jan. 5"_s << u"2026-01-05"_s << QString();
        QTest::newRow("but opens a clause") << u"He gave Ukraine until Thanksgiving to accept it, but on Tuesday he said there was no deadline."_s << wed
                                            << u"Tuesday"_s << u"2025-11-25"_s << QString();
        QTest::newRow("after the named happening")
            << u"The October 14 call between the envoys was leaked.\nZelensky visited Washington on Oct. 17.\nTwo days after the call, Putin phoned Trump."_s
            << wed << u"Two days after"_s << u"2025-10-16"_s << QString();
        QTest::newRow("after a happening named nowhere")
            << u"The summit opened on Oct. 20.\nThe treaty was signed on Oct. 22.\nTwo days after the signing, markets rose."_s << wed << u"Two days after"_s
            << u"2025-10-24"_s << QString();
        QTest::newRow("after a dated happening") << u"Putin phoned Trump two days after the October 14 call."_s << wed << u"two days after"_s << u"2025-10-16"_s
                                                 << QString();
        QTest::newRow("before a dated clause") << u"The leaked call took place two days before Trump and Putin spoke by phone on Oct. 16."_s << wed
                                               << u"two days before"_s << u"2025-10-14"_s << QString();
        QTest::newRow("a date past a comma is another's") << u"The vote was held on Oct. 20. The rally came two days before the election, he said on Oct. 30."_s
                                                          << wed << u"two days before"_s << u"2025-10-18"_s << QString();
        // A clause of its own after the order word is counted from the day the narrative is at
        // only when that day was told before its sentence and the clause is past.
        QTest::newRow("after a clause in a sentence with its own day")
            << u"The union said on Tuesday it would fight, a day after the companies announced the deal."_s << wed << u"a day after"_s << QString()
            << QString();
        QTest::newRow("after a clause with a name in a sentence with its own day")
            << u"Biden on Friday blocked the deal, more than a year after Nippon Steel agreed to buy the company."_s << wed << u"more than a year after"_s
            << QString() << QString();
        QTest::newRow("before a clause that lies ahead") << u"Biden blocked the deal on Friday. The decision came 17 days before Biden leaves office."_s << wed
                                                         << u"17 days before"_s << QString() << QString();
        QTest::newRow("after a clause near miss: the narrative told before goes on")
            << u"Dmitriev flew to Miami on Oct. 24. Two days after Dmitriev returned home, he called Ushakov."_s << wed << u"Two days after"_s
            << u"2025-10-26"_s << QString();
        QTest::newRow("days after a month") << u"Witkoff spoke with Ushakov in a call last month. Putin called Trump two days after that call."_s << wed
                                            << u"two days after"_s << u"2025-10"_s << QString();
        QTest::newRow("weeks after a month") << u"Witkoff spoke with Ushakov in a call last month. Putin called Trump three weeks after that call."_s << wed
                                             << u"three weeks after"_s << QString() << QString();
        QTest::newRow("apposition restates the date") << u"The envoys spoke on Oct. 14, five days after the Gaza ceasefire took effect."_s << wed
                                                      << u"five days after"_s << u"2025-10-14"_s << QString();
        QTest::newRow("week after a month is unknown")
            << u"The call took place last month. The summit was called off the following week."_s << wed << u"the following week"_s << QString() << QString();
        QTest::newRow("week after a day") << u"The call took place on Oct. 16. The summit was called off the following week."_s << wed
                                          << u"the following week"_s << u"2025-W43"_s << QString();
        // Relative to the date the narrative is at
        QTest::newRow("two days later") << u"The crash happened on March 3, 2024. Two days later, the airline grounded its fleet."_s << wed
                                        << u"Two days later"_s << u"2024-03-05"_s << QString();
        QTest::newRow("the next day") << u"The accord was signed on May 5, 2023. The next day, protests began."_s << wed << u"The next day"_s << u"2023-05-06"_s
                                      << QString();
        QTest::newRow("the day before") << u"The strike began on Oct. 3. The day before, talks had collapsed."_s << wed << u"The day before"_s
                                        << u"2025-10-02"_s << QString();
        QTest::newRow("later that year") << u"On June 1, 2022, the mayor resigned. Later that year, she ran for governor."_s << wed << u"Later that year"_s
                                         << u"2022"_s << QString();
        QTest::newRow("of that year") << u"The ban was adopted in 2023 and took effect on July 1 of that year."_s << QDate(2025, 1, 10)
                                      << u"July 1 of that year"_s << u"2023-07-01"_s << QString();
        QTest::newRow("after an event") << u"The river flooded in 2007. Two years after the flood, the pier was rebuilt."_s << QDate(2025, 6, 2)
                                        << u"Two years after"_s << u"2009"_s << QString();
        // Durations and order words carry no date
        QTest::newRow("duration adjective") << u"It ended the nearly four-year conflict."_s << wed << u"nearly four-year"_s << QString() << u"P4Y"_s;
        QTest::newRow("two-week") << u"She began a two-week visit."_s << wed << u"two-week"_s << QString() << u"P2W"_s;
        QTest::newRow("hours") << u"The deal came after 24 hours of talks."_s << wed << u"24 hours"_s << QString() << u"PT24H"_s;
        QTest::newRow("previously") << u"Previously, the firm had denied it."_s << wed << u"Previously"_s << QString() << QString();
        QTest::newRow("days before") << u"It came just days before the election."_s << wed << u"just days before"_s << QString() << QString();
        QTest::newRow("later") << u"A revised version later dropped the demand."_s << wed << u"later"_s << QString() << QString();
        // Holidays and named days
        QTest::newRow("Thanksgiving a week ahead") << u"Trump gave Ukraine until Thanksgiving to accept it."_s << QDate(2025, 11, 20) << u"Thanksgiving"_s
                                                   << u"2025-11-27"_s << QString();
        QTest::newRow("Thanksgiving deadline") << u"Kyiv is working toward the Thanksgiving deadline."_s << QDate(2025, 10, 2) << u"Thanksgiving"_s
                                               << u"2025-11-27"_s << QString();
        QTest::newRow("past Thanksgiving") << u"The family met at Thanksgiving."_s << QDate(2025, 3, 2) << u"Thanksgiving"_s << u"2024-11-28"_s << QString();
        QTest::newRow("before Christmas, going to") << u"I don't know how we are going to open again before Christmas."_s << QDate(2025, 11, 20)
                                                    << u"Christmas"_s << u"2025-12-25"_s << QString();
        QTest::newRow("Christmas Eve") << u"The attack came on Christmas Eve."_s << QDate(2026, 1, 10) << u"Christmas Eve"_s << u"2025-12-24"_s << QString();
        QTest::newRow("year before Boxing Day") << u"They were promised defences after the 2015 Boxing Day floods."_s << wed << u"2015 Boxing Day"_s
                                                << u"2015-12-26"_s << QString();
        QTest::newRow("New Year's Day") << u"The law took effect on New Year's Day."_s << wed << u"New Year's Day"_s << u"2025-01-01"_s << QString();
        QTest::newRow("Easter is moveable") << u"The summit will be held at Easter."_s << wed << u"Easter"_s << u"2026-04-05"_s << QString();
        QTest::newRow("Good Friday") << u"The agreement was signed on Good Friday 1998."_s << wed << u"Good Friday 1998"_s << u"1998-04-10"_s << QString();
        QTest::newRow("Memorial Day") << u"Pools will open on Memorial Day."_s << wed << u"Memorial Day"_s << u"2026-05-25"_s << QString();
        QTest::newRow("Labor Day") << u"The strike began on Labor Day."_s << wed << u"Labor Day"_s << u"2025-09-01"_s << QString();
        QTest::newRow("Victory Day") << u"Russia held its Victory Day parade."_s << wed << u"Victory Day"_s << u"2025-05-09"_s << QString();
        QTest::newRow("Independence Day") << u"Fireworks lit the sky on Independence Day."_s << wed << u"Independence Day"_s << u"2025-07-04"_s << QString();
        // Spans of days beside the story's date
        QTest::newRow("the following two days") << u"They met on Oct. 14. Over the following two days, aides talked."_s << wed << u"the following two days"_s
                                                << u"2025-10-15"_s << QString();
        QTest::newRow("the previous three days") << u"They met on Oct. 14. In the previous three days, aides talked."_s << wed << u"the previous three days"_s
                                                 << u"2025-10-11"_s << QString();
        // Dates something is fixed for
        QTest::newRow("set for") << u"Judge Sharon Whitfield set sentencing for Feb. 19."_s << QDate(2025, 11, 20) << u"Feb. 19"_s << u"2026-02-19"_s
                                 << QString();
        QTest::newRow("an election called for a day") << u"Rishi Sunak has called a general election for 4 July."_s << QDate(2024, 5, 22) << u"4 July"_s
                                                      << u"2024-07-04"_s << QString();
        QTest::newRow("a call held on a day is past") << u"The two leaders held a call on 4 July."_s << QDate(2024, 7, 20) << u"4 July"_s << u"2024-07-04"_s
                                                      << QString();
        QTest::newRow("adjourned until") << u"The court adjourned the case until March 3."_s << wed << u"March 3"_s << u"2026-03-03"_s << QString();
        QTest::newRow("set in a past clause stays past") << u"The record was set in February 2020."_s << wed << u"February 2020"_s << u"2020-02"_s << QString();
        // Bounds ("before", "until") say which side of a date something lies, not that it is ahead
        QTest::newRow("before an hour bounds the hour")
            << u"Trump, speaking shortly before 8 p.m. on Tuesday, said he had not heard it."_s << wed << u"8 p.m."_s << u"2025-11-25T20:00"_s << QString();
        QTest::newRow("extended until a time") << u"The service extended its warning until midnight on Friday."_s << QDate(2025, 10, 9) << u"Friday"_s
                                               << u"2025-10-10"_s << QString();
        QTest::newRow("lasted until a weekday") << u"The talks lasted until Sunday."_s << wed << u"Sunday"_s << u"2025-11-23"_s << QString();
        QTest::newRow("until a time in a future clause")
            << u"The road will stay shut until 6 p.m. on Friday."_s << wed << u"6 p.m."_s << u"2025-11-28T18:00"_s << QString();
        QTest::newRow("before another noun's date")
            << u"In it, Witkoff appears to coach the aide, days before Zelensky's visit to the White House on Oct. 17."_s << wed << u"Oct. 17"_s
            << u"2025-10-17"_s << QString();
        QTest::newRow("before a date that is near ahead")
            << u"Patel called for a statement before the House rises on 18 December."_s << wed << u"18 December"_s << u"2025-12-18"_s << QString();
        QTest::newRow("until in a past clause") << u"London had not seen the document until the evening of 20 November."_s << wed << u"20 November"_s
                                                << u"2025-11-20"_s << QString();
        QTest::newRow("remained closed until") << u"Schools remained closed until Monday."_s << QDate(2025, 10, 9) << u"Monday"_s << u"2025-10-06"_s
                                               << QString();
        QTest::newRow("will far before the date") << u"The winners of the replay will host Coleford in the third round on the weekend of Jan. 10 and 11."_s
                                                  << wed << u"Jan. 10 and 11"_s << u"2026-01-10"_s << QString();
        QTest::newRow("so-called is not a past tense")
            << u"The allies will meet in the so-called contact group on Friday."_s << wed << u"Friday"_s << u"2025-11-28"_s << QString();
        // A holiday in the weeks ahead is the coming one unless the clause is past
        QTest::newRow("Boxing Day ahead") << u"We play Saturday, Tuesday and then Boxing Day."_s << wed << u"Boxing Day"_s << u"2025-12-26"_s << QString();
        QTest::newRow("New Year's Day ahead") << u"Their schedule includes a trip to Portmoor on New Year's Day."_s << wed << u"New Year's Day"_s
                                              << u"2026-01-01"_s << QString();
        QTest::newRow("Easter far ahead stays past") << u"Crowds fill the church at Easter."_s << QDate(2025, 11, 26) << u"Easter"_s << u"2025-04-20"_s
                                                     << QString();
        // Numbers and spans
        QTest::newRow("an hour after a month is of the last day")
            << u"Democrats won on Tuesday night, their first win since last November. The AP called the race at 7:58 p.m."_s << QDate(2025, 11, 5)
            << u"7:58 p.m."_s << u"2025-11-04T19:58"_s << QString();
        QTest::newRow("exactly a year after restates the date") << u"Sherrill takes office on Jan. 20, 2026, exactly one year after the inauguration."_s << wed
                                                                << u"one year after"_s << u"2026-01-20"_s << QString();
        QTest::newRow("a decade ago") << u"She opened the shop a decade ago."_s << wed << u"a decade ago"_s << u"2015"_s << QString();
        QTest::newRow("the following decade with nothing before")
            << u"Walkers were less likely to suffer a stroke over the following decade."_s << wed << u"the following decade"_s << QString() << QString();
        QTest::newRow("ten years is a length") << u"She ran the shop for ten years."_s << wed << u"ten years"_s << QString() << u"P10Y"_s;
        QTest::newRow("thousands in a duration") << u"Sumy has lived through more than 1,000 days of war."_s << wed << u"more than 1,000 days"_s << QString()
                                                 << u"P1000D"_s;
        QTest::newRow("less than a length") << u"The repairs took less than 10 days."_s << wed << u"less than 10 days"_s << QString() << u"P10D"_s;
        QTest::newRow("fewer than a length") << u"The ship sank in fewer than 20 minutes."_s << wed << u"fewer than 20 minutes"_s << QString() << u"PT20M"_s;
        QTest::newRow("near miss: 'less' before no number") << u"The repairs took less time than 10 days."_s << wed << u"10 days"_s << QString() << u"P10D"_s;
        QTest::newRow("a span followed by after") << u"Rovers face five matches in 15 days after the FA ordered a replay."_s << wed << u"15 days"_s << QString()
                                                  << u"P15D"_s;
        QTest::newRow("a month naming a noun") << u"The leak of an October call drew criticism."_s << wed << u"October"_s << u"2025-10"_s << QString();
        QTest::newRow("the next day after a dated noun")
            << u"On Tuesday, Nov. 25, Bloomberg published a transcript of the Oct. 14 call. Ushakov said the next day that it was accurate."_s << wed
            << u"the next day"_s << u"2025-11-26"_s << QString();
        QTest::newRow("the verb's weekday after a dated noun")
            << u"Bloomberg published a recording of an Oct. 14 call on Tuesday."_s << wed << u"Tuesday"_s << u"2025-11-25"_s << QString();
        QTest::newRow("a past weekday after an aside between commas")
            << u"The first channel, on the north side of the wreck, opened on Monday and is about 11 feet deep."_s << QDate(2024, 4, 5) << u"Monday"_s
            << u"2024-04-01"_s << QString();
        QTest::newRow("a weekday as the subject of 'is' lies ahead")
            << u"The deadline passed. Monday is the last day to apply."_s << QDate(2024, 4, 5) << u"Monday"_s << u"2024-04-08"_s << QString();
        QTest::newRow("a day a past clause did not reach until")
            << u"The port did not fully reopen until June 10."_s << QDate(2025, 3, 25) << u"June 10"_s << u"2024-06-10"_s << QString();
        QTest::newRow("a day a road stays closed until")
            << u"The road will stay closed until June 10."_s << QDate(2025, 3, 25) << u"June 10"_s << u"2025-06-10"_s << QString();
        QTest::newRow("counted past the time of writing in a past clause")
            << u"Crowds gathered on Wednesday for the anniversary of the collapse. He went back to work two months after the collapse."_s << QDate(2025, 3, 25)
            << u"two months after"_s << u""_s << QString();
        QTest::newRow("counted from an undated clause")
            << u"MADRID, Sept 11 - Luis Rubiales has resigned as president of the federation, three weeks after he kissed a player on the lips."_s
            << QDate(2023, 9, 11) << u"three weeks after"_s << u""_s << QString();
        QTest::newRow("counted from an undated clause, past tense")
            << u"The minister was questioned on Sept 11. She resigned two weeks after she was named in the report."_s << QDate(2023, 10, 20)
            << u"two weeks after"_s << u""_s << QString();
        QTest::newRow("counted from a clause still ahead")
            << u"He was sentenced on Friday. The hearing was held ten days before he returns to the White House."_s << QDate(2025, 1, 10)
            << u"ten days before"_s << u""_s << QString();
        QTest::newRow("counted back from a dated day, no clause")
            << u"He left on Friday. Ten days before, he had resigned."_s << QDate(2025, 1, 10) << u"Ten days before"_s << u"2024-12-31"_s << QString();
        QTest::newRow("a day a reported deciding fixed lies after it") << u"The judge, Justice Juan Merchan, set the next hearing for December 4."_s
                                                                       << QDate(2023, 4, 5) << u"December 4"_s << u"2023-12-04"_s << QString();
        QTest::newRow("a day a reported deciding fixed a few weeks back")
            << u"The judge set a hearing for March 4."_s << QDate(2023, 4, 5) << u"March 4"_s << u"2023-03-04"_s << QString();
        QTest::newRow("a day an earlier plan had fixed may be last year's")
            << u"The judge had set a hearing for December 4."_s << QDate(2023, 4, 5) << u"December 4"_s << u"2022-12-04"_s << QString();
        QTest::newRow("a month put off to past a possessive")
            << u"Judge postpones Trump's sentencing to September."_s << QDate(2024, 7, 2) << u"September"_s << u"2024-09"_s << QString();
        QTest::newRow("a day put off in a dated timeline entry")
            << u"- July 2, 2024: Sentencing is postponed to September 18."_s << QDate(2025, 1, 10) << u"September 18"_s << u"2024-09-18"_s << QString();
        QTest::newRow("a day put off in the present of the time of writing")
            << u"Sentencing is postponed to September 18."_s << QDate(2025, 1, 10) << u"September 18"_s << u"2025-09-18"_s << QString();
        QTest::newRow("counted from an undated clause with a named subject")
            << u"The judge postponed the sentencing on Tuesday. The delay came a day after the Supreme Court ruled that presidents have immunity."_s
            << QDate(2024, 9, 6) << u"a day after"_s << u""_s << QString();
        QTest::newRow("counted from a named clause dated before")
            << u"The bridge collapsed on March 26. He went back to work two months after the bridge collapsed."_s << QDate(2025, 3, 25) << u"two months after"_s
            << u"2024-05"_s << QString();
        QTest::newRow("counted from a clause dated before") << u"The bridge collapsed on March 26. He went back to work two months after it collapsed."_s
                                                            << QDate(2025, 3, 25) << u"two months after"_s << u"2024-05"_s << QString();
        QTest::newRow("a count in a perfect clause is not after the time of writing")
            << u"MADRID, Sept 11 - Luis Rubiales has resigned as president of the federation, three weeks after the kiss."_s << QDate(2023, 9, 11)
            << u"three weeks after"_s << u""_s << QString();
        QTest::newRow("counted from a named happening, not a clause")
            << u"The bridge collapsed on March 26. He went back to work two months after the collapse of the span."_s << QDate(2025, 3, 25)
            << u"two months after"_s << u"2024-05"_s << QString();
        QTest::newRow("counted in a past clause before the time of writing")
            << u"The bridge collapsed on March 26. He went back to work two months after the collapse."_s << QDate(2025, 3, 25) << u"two months after"_s
            << u"2024-05"_s << QString();
        QTest::newRow("a past day a day after the time of writing is last year's")
            << u"The bridge collapsed on March 26."_s << QDate(2025, 3, 25) << u"March 26"_s << u"2024-03-26"_s << QString();
        QTest::newRow("a participle after 'with' has no tense") << u"A deeper channel could open by April, with the main channel restored by the end of May."_s
                                                                << QDate(2024, 4, 5) << u"the end of May"_s << u"2024-05"_s << QString();
        QTest::newRow("a past clause after 'with' keeps its tense")
            << u"He met the crew, with whom he had worked, and they were hired in May."_s << QDate(2024, 4, 5) << u"May"_s << u"2023-05"_s << QString();
        QTest::newRow("an opening weekday before a clause that lies ahead") << u"On Wednesday, the first anniversary, Gov. Wes Moore is to lead a memorial."_s
                                                                            << QDate(2025, 3, 25) << u"Wednesday"_s << u"2025-03-26"_s << QString();
        QTest::newRow("an opening weekday before a past clause")
            << u"On Wednesday, the first anniversary, the governor led a memorial."_s << QDate(2025, 3, 25) << u"Wednesday"_s << u"2025-03-19"_s << QString();
        QTest::newRow("a participle after 'with' and a hyphenated noun")
            << u"A channel could open by the end of April, with the main 50-foot channel restored by the end of May."_s << QDate(2024, 4, 5)
            << u"the end of May"_s << u"2024-05"_s << QString();
        QTest::newRow("a past verb after 'with' and a comma keeps its tense")
            << u"The company would cooperate with an investigation, which the inspectorate opened on Saturday."_s << QDate(2025, 9, 24) << u"Saturday"_s
            << u"2025-09-20"_s << QString();
        QTest::newRow("a weekday after a dated subject keeps its anchor")
            << u"The Oct. 14 call came days before Zelensky's visit on Friday."_s << wed << u"Friday"_s << u"2025-10-17"_s << QString();
        QTest::newRow("an outlook far back over an abbreviation")
            << u"Yermak is expected to lead the Ukrainian delegation at talks with U.S. officials in Switzerland over the weekend."_s << QDate(2025, 11, 21)
            << u"the weekend"_s << u"2025-11-22"_s << QString();
        QTest::newRow("a past weekend over an abbreviation") << u"Yermak led the delegation at talks with U.S. officials in Switzerland over the weekend."_s
                                                             << QDate(2025, 11, 21) << u"the weekend"_s << u"2025-11-15"_s << QString();
        QTest::newRow("a weekday after a day told more than a week back")
            << u"The offensive began on Nov. 27, when rebels attacked. Aleppo fell within days, and Hama followed on Thursday."_s << QDate(2024, 12, 8)
            << u"Thursday"_s << u"2024-12-05"_s << QString();
        QTest::newRow("a weekday after a day told more than a week back near miss: within the week")
            << u"The offensive reached Hama on Dec. 3. The city fell on Thursday."_s << QDate(2024, 12, 8) << u"Thursday"_s << u"2024-12-05"_s << QString();
        QTest::newRow("a weekday after a day told more than a week back near miss: the entry's own day")
            << u"- Nov. 27: The offensive begins on Wednesday."_s << QDate(2024, 12, 8) << u"Wednesday"_s << u"2024-11-27"_s << QString();
        QTest::newRow("the dated day's own weekday is another week's")
            << u"The call, on Oct. 14, was between two aides. A recording of it was published on Tuesday."_s << wed << u"Tuesday"_s << u"2025-11-25"_s
            << QString();
        QTest::newRow("an entry's own weekday restates its day")
            << u"- June 18: The Titan begins its descent on Sunday morning. The Coast Guard is told that evening."_s << QDate(2023, 6, 29)
            << u"Sunday morning"_s << u"2023-06-18"_s << QString();
        QTest::newRow("a dated noun in a later day's entry lies before it") << u"25 November \u2013 A recording of the 14 October call is published."_s
                                                                            << QDate(2025, 11, 28) << u"14 October"_s << u"2025-10-14"_s << QString();
        QTest::newRow("a dated noun ahead with no day before it")
            << u"The 14 October vote is set to go ahead."_s << QDate(2025, 11, 28) << u"14 October"_s << u"2026-10-14"_s << QString();
        QTest::newRow("the next day after a dated subject")
            << u"The Oct. 14 call was leaked. The next day, aides met."_s << wed << u"The next day"_s << u"2025-10-15"_s << QString();
        // The points of "a.m." and "U.S." end no sentence: the tense before them still counts
        QTest::newRow("a future clause before a.m. and a weekday") << u"The supply would run out at about 7 a.m. EDT on Thursday, although experts cautioned."_s
                                                                   << wed << u"Thursday"_s << u"2025-11-27"_s << QString();
        QTest::newRow("a past clause before p.m. and a weekday")
            << u"The supply ran out at about 7 p.m. EDT on Thursday, experts said."_s << wed << u"Thursday"_s << u"2025-11-20"_s << QString();
        QTest::newRow("a full stop before a weekday still ends the clause")
            << u"The supply will run out. Thursday was the worst day."_s << wed << u"Thursday"_s << u"2025-11-20"_s << QString();
        QTest::newRow("a day first with next year") << u"Judge Lewis Kaplan set sentencing for 28 March next year."_s << QDate(2023, 11, 3)
                                                    << u"28 March next year"_s << u"2024-03-28"_s << QString();
        QTest::newRow("the day before a named happening")
            << u"The Titan began its dive on 18 June. Mr Harding had written the day before the dive that a weather window had opened."_s << QDate(2023, 6, 23)
            << u"the day before"_s << u"2023-06-17"_s << QString();
        QTest::newRow("the day after, alone") << u"The vote was held on Oct. 20. The minister resigned the day after."_s << wed << u"the day after"_s
                                              << u"2025-10-21"_s << QString();
        // "a year ago today": the very day
        QTest::newRow("a year ago today") << u"It was a calm morning a year ago today when the divers set off."_s << QDate(2024, 6, 18) << u"a year ago today"_s
                                          << u"2023-06-18"_s << QString();
        QTest::newRow("a year ago, then today's") << u"A year ago, today's leaders were in opposition."_s << QDate(2024, 6, 18) << u"A year ago"_s << u"2023"_s
                                                  << QString();
        // "That January", "in that March": the month of the year the story is at
        QTest::newRow("that January after a year") << u"To understand it, go back to 2018.\nThat January, an engineer wrote a report."_s << QDate(2024, 6, 18)
                                                   << u"That January"_s << u"2018-01"_s << QString();
        QTest::newRow("months later, in a month of the story's year")
            << u"To understand it, go back to 2018. That January, an engineer wrote a report. Two months later, in March, experts wrote a letter."_s
            << QDate(2024, 6, 18) << u"March"_s << u"2018-03"_s << QString();
        QTest::newRow("said that January: a clause, not a month") << u"The company was founded in 2018. Its chief said that January was the busiest month."_s
                                                                  << QDate(2024, 6, 18) << u"January"_s << u"2024-01"_s << QString();
        // A day of the month the paragraph has just named is of that month's year
        QTest::newRow("a day of the month just named")
            << u"The dives went on in 2022, and in June 2023 the company went back. On June 17, a passenger posted."_s << QDate(2024, 6, 18) << u"June 17"_s
            << u"2023-06-17"_s << QString();
        QTest::newRow("a day of another month keeps the usual year")
            << u"The dives went on in 2022, and in June 2023 the company went back. On May 17, a passenger posted."_s << QDate(2024, 6, 18) << u"May 17"_s
            << u"2024-05-17"_s << QString();
        QTest::newRow("a day of the month named a paragraph before keeps the usual year")
            << u"In June 2023 the company went back.\nOn June 17, a passenger posted."_s << QDate(2024, 6, 18) << u"June 17"_s << u"2024-06-17"_s << QString();
        // A plan told as it once stood may have passed by the time of writing; one told as it
        // stands now lies ahead.
        const QDate sep6(2024, 9, 6);
        QTest::newRow("was due to: the plan may have passed")
            << u"Trump was originally due to be sentenced on 11 July."_s << sep6 << u"11 July"_s << u"2024-07-11"_s << QString();
        QTest::newRow("is due to: the plan lies ahead")
            << u"Trump is due to be sentenced on 11 July."_s << sep6 << u"11 July"_s << u"2025-07-11"_s << QString();
        QTest::newRow("was first scheduled to") << u"The trial was first scheduled to start on March 25."_s << QDate(2024, 4, 14) << u"March 25"_s
                                                << u"2024-03-25"_s << QString();
        QTest::newRow("is scheduled to") << u"The trial is scheduled to start on March 25."_s << QDate(2024, 4, 14) << u"March 25"_s << u"2025-03-25"_s
                                         << QString();
        QTest::newRow("had been set for") << u"His federal trial had been set for March 4 but was put on hold."_s << QDate(2024, 4, 14) << u"March 4"_s
                                          << u"2024-03-04"_s << QString();
        QTest::newRow("had originally been planned for")
            << u"The return had originally been planned for March 12."_s << QDate(2025, 3, 18) << u"March 12"_s << u"2025-03-12"_s << QString();
        QTest::newRow("will, then after a noun") << u"NASA will hold a news conference after the docking on Thursday."_s << QDate(2024, 6, 5) << u"Thursday"_s
                                                 << u"2024-06-06"_s << QString();
        QTest::newRow("after, in the past") << u"NASA held a news conference after the docking on Thursday."_s << QDate(2024, 6, 7) << u"Thursday"_s
                                            << u"2024-06-06"_s << QString();
        QTest::newRow("is to") << u"Wilmore is to fly the capsule by hand on Friday."_s << QDate(2024, 6, 5) << u"Friday"_s << u"2024-06-07"_s << QString();
        QTest::newRow("is, then to a place") << u"Wilmore is due back; he flew to Houston by plane on Friday."_s << QDate(2024, 6, 5) << u"Friday"_s
                                             << u"2024-05-31"_s << QString();
        QTest::newRow("has been set for") << u"His federal trial has been set for March 4."_s << QDate(2024, 4, 14) << u"March 4"_s << u"2025-03-04"_s
                                          << QString();
        // A move names the date given up and the new one, not a span.
        QTest::newRow("moved from: the date given up")
            << u"On Friday the judge moved the sentencing from 18 September to 26 November."_s << sep6 << u"18 September"_s << u"2024-09-18"_s << QString();
        QTest::newRow("moved to: the new date") << u"On Friday the judge moved the sentencing from 18 September to 26 November."_s << sep6 << u"26 November"_s
                                                << u"2024-11-26"_s << QString();
        QTest::newRow("ran from: a span gone by") << u"The exhibition ran from 18 September to 26 November."_s << sep6 << u"18 September"_s << u"2023-09-18"_s
                                                  << QString();
        // A date fixed by a decision lies after the deciding, which the sentence may date.
        QTest::newRow("moved to, after a dated deciding")
            << u"In early September, the judge moved the hearing to Nov. 26."_s << QDate(2025, 5, 30) << u"Nov. 26"_s << u"2024-11-26"_s << QString();
        QTest::newRow("moved to, deciding not dated") << u"The judge moved the hearing to Nov. 26."_s << QDate(2025, 5, 30) << u"Nov. 26"_s << u"2025-11-26"_s
                                                      << QString();
        QTest::newRow("the day a plan names does not move the story")
            << u"On May 30, the judge set sentencing for July 11. The next day, the lawyers filed papers."_s << QDate(2024, 6, 20) << u"The next day"_s
            << u"2024-05-31"_s << QString();
        QTest::newRow("a day that happened moves the story")
            << u"On May 30, the jury convicted him. On July 11, he was sentenced. The next day, he flew home."_s << QDate(2024, 9, 6) << u"The next day"_s
            << u"2024-07-12"_s << QString();
        QTest::newRow("'the next day' is no plan") << u"The court ruled on July 1, 2024. The next day, the judge postponed the July 11 sentencing."_s
                                                   << QDate(2024, 11, 13) << u"July 11"_s << u"2024-07-11"_s << QString();
        QTest::newRow("'next week' looks ahead") << u"Next week the judge rules on the July 11 motion."_s << sep6 << u"July 11"_s << u"2025-07-11"_s
                                                 << QString();
        QTest::newRow("a bound beside a dated deciding follows it")
            << u"In early September, the judge moved the hearing again, this time to the week before Thanksgiving."_s << QDate(2025, 5, 30) << u"Thanksgiving"_s
            << u"2024-11-28"_s << QString();
        QTest::newRow("a bound with no deciding told is the nearest")
            << u"The judge moved the hearing to the week before Thanksgiving."_s << QDate(2025, 5, 30) << u"Thanksgiving"_s << u"2025-11-27"_s << QString();
        QTest::newRow("set for a day in a month") << u"That evening, the judge set sentencing for a day in mid-July. The next month, he spoke."_s
                                                  << QDate(2024, 6, 20) << u"mid-July"_s << u"2024-07"_s << QString();
        QTest::newRow("a present after its subject looks ahead")
            << u"The Republican candidate, who faces the vice-president, Kamala Harris, on 5 November, has called the case a witch-hunt."_s << sep6
            << u"5 November"_s << u"2024-11-05"_s << QString();
        QTest::newRow("a reported present does not") << u"The minister says the deal was signed on 5 November."_s << sep6 << u"5 November"_s << u"2023-11-05"_s
                                                     << QString();
        // Counted from a happening whose own year is written: that year, or nothing.
        QTest::newRow("days before a year's election")
            << u"Cohen paid her twelve days before the 2016 election."_s << QDate(2024, 11, 13) << u"twelve days before"_s << QString() << QString();
        QTest::newRow("years after a year's election")
            << u"The inquiry began two years after the 2016 election."_s << QDate(2024, 11, 13) << u"two years after"_s << u"2018"_s << QString();
        // "on the Sunday": the one of the week the story is at
        QTest::newRow("on the Sunday of the story") << u"The craft dived on June 18, 2023. The Navy heard a sound on the Sunday, within hours of the dive."_s
                                                    << QDate(2024, 6, 18) << u"the Sunday"_s << u"2023-06-18"_s << QString();
        QTest::newRow("on the Saturday after a Monday") << u"The strike began on March 3, 2022. Talks collapsed on the Saturday."_s << QDate(2024, 6, 18)
                                                        << u"the Saturday"_s << u"2022-03-05"_s << QString();
        // What is ordered or foreseen with an infinitive lies after the telling: the nearest such
        // day, or the coming one for a forecast that still stands.
        const QDate tue(2024, 9, 24);
        QTest::newRow("told to leave by a weekday") << u"The county told residents to leave by noon Wednesday."_s << tue << u"Wednesday"_s << u"2024-09-25"_s
                                                    << QString();
        QTest::newRow("told to leave by a weekday gone by")
            << u"The county told residents to leave by noon Wednesday."_s << QDate(2024, 9, 27) << u"Wednesday"_s << u"2024-09-25"_s << QString();
        QTest::newRow("warning to finish by a weekday")
            << u"Forecasters said it would strike this week, warning residents to finish their preparations by Wednesday night."_s << tue
            << u"Wednesday night"_s << u"2024-09-25"_s << QString();
        QTest::newRow("forecast to land on a weekday")
            << u"Milton is forecast to make landfall on Wednesday."_s << QDate(2024, 10, 5) << u"Wednesday"_s << u"2024-10-09"_s << QString();
        QTest::newRow("forecast calls for it to become")
            << u"The forecast calls for Helene to become a hurricane on Wednesday."_s << tue << u"Wednesday"_s << u"2024-09-25"_s << QString();
        QTest::newRow("was forecast to land on a weekday")
            << u"Helene was forecast to make landfall on Thursday."_s << QDate(2024, 9, 27) << u"Thursday"_s << u"2024-09-26"_s << QString();
        QTest::newRow("voted to close on a weekday") << u"The council voted to close the school on Monday."_s << QDate(2024, 9, 25) << u"Monday"_s
                                                     << u"2024-09-23"_s << QString();
        QTest::newRow("told reporters on a weekday") << u"The mayor told reporters on Wednesday that the water was safe."_s << tue << u"Wednesday"_s
                                                     << u"2024-09-18"_s << QString();
        QTest::newRow("went to a place on a weekday") << u"The governor went to Tampa on Wednesday."_s << tue << u"Wednesday"_s << u"2024-09-18"_s << QString();
        // What is promised by a day comes after the promise.
        QTest::newRow("promised by a holiday") << u"A partial reopening was promised by Christmas."_s << QDate(2024, 10, 26) << u"Christmas"_s
                                               << u"2024-12-25"_s << QString();
        QTest::newRow("reopened by a holiday") << u"The bridge reopened by Christmas."_s << QDate(2024, 10, 26) << u"Christmas"_s << u"2023-12-25"_s
                                               << QString();
        QTest::newRow("promised on a weekday") << u"The mayor promised on Saturday to reopen the bridge."_s << QDate(2024, 10, 23) << u"Saturday"_s
                                               << u"2024-10-19"_s << QString();
        // A promised thing named before the date takes it: the nearest such month, on either side.
        const QDate nov13(2025, 11, 13);
        QTest::newRow("promised a vote in a month") << u"Thune has promised a Senate vote on them in December."_s << nov13 << u"December"_s << u"2025-12"_s
                                                    << QString();
        QTest::newRow("promised a vote by the middle of a month")
            << u"Thune promised a vote on the subsidies by the middle of December."_s << nov13 << u"the middle of December"_s << u"2025-12"_s << QString();
        QTest::newRow("promised in a month") << u"The council promised in December to hold a vote."_s << nov13 << u"December"_s << u"2024-12"_s << QString();
        QTest::newRow("held a vote in a month") << u"The council held a vote in December."_s << nov13 << u"December"_s << u"2024-12"_s << QString();
        // A weekday and its part of the day before the date they restate: one day.
        QTest::newRow("weekday, part of day, date") << u"Helene became a hurricane on Wednesday afternoon, Sept. 25, near Cuba."_s << QDate(2024, 9, 27)
                                                    << u"Wednesday afternoon, Sept. 25"_s << u"2024-09-25"_s << QString();
        QTest::newRow("weekday, part of day, another clause") << u"Helene strengthened on Wednesday afternoon, and forecasters warned of surge."_s
                                                              << QDate(2024, 9, 27) << u"Wednesday afternoon"_s << u"2024-09-25"_s << QString();
        // A weekday after a day of the week of writing: between that day and the time of writing.
        QTest::newRow("weekday after a day of this week")
            << u"On Monday, Sept. 23, the centre began advisories. The system became a storm on Tuesday morning."_s << QDate(2024, 9, 27)
            << u"Tuesday morning"_s << u"2024-09-24"_s << QString();
        QTest::newRow("weekday before a day of this week") << u"On Thursday, Sept. 26, the storm hit, days after it formed on Tuesday."_s << QDate(2024, 9, 27)
                                                           << u"Tuesday"_s << u"2024-09-24"_s << QString();
        QTest::newRow("weekday after an older day") << u"The call took place on Oct. 14. A recording was published on Tuesday."_s << QDate(2025, 11, 26)
                                                    << u"Tuesday"_s << u"2025-11-25"_s << QString();
        QTest::newRow("weekday after a day years back") << u"The previous record ended on Jan. 25, 2019. The current shutdown passed that mark on Tuesday."_s
                                                        << QDate(2025, 11, 5) << u"Tuesday"_s << u"2025-11-04"_s << QString();
        QTest::newRow("weekday after a day of last week, last year")
            << u"The storm formed on Dec. 30, 2024. It hit the coast on Wednesday."_s << QDate(2025, 1, 3) << u"Wednesday"_s << u"2025-01-01"_s << QString();
        // The day a thing lasts until is not a day the story has reached.
        QTest::newRow("the same day after a bound")
            << u"Sept. 19: The House passes a bill to fund the government through Nov. 21. The Senate rejects it the same day."_s << QDate(2025, 11, 14)
            << u"the same day"_s << u"2025-09-19"_s << QString();
        QTest::newRow("the next day after a wait that ended") << u"The port did not reopen until June 10. Ships returned the next day."_s << QDate(2025, 11, 14)
                                                              << u"the next day"_s << u"2025-06-11"_s << QString();
        // "a week into the shutdown": counted from the day the text gives the happening named.
        QTest::newRow("a count into a happening") << u"The government closed on Oct. 1. A week into the shutdown, the White House spoke."_s
                                                  << QDate(2025, 11, 5) << u"A week into"_s << u"2025-W41"_s << QString();
        QTest::newRow("a count into a happening given no day")
            << u"Three days into the trip, the crew turned back."_s << QDate(2025, 11, 5) << u"Three days into"_s << QString() << QString();
        // A live blog's stamps: of the day named on a line over them, else of the day of writing.
        const QString blog = u"This blog has ended.\nThursday, Sept. 26\n6:45 p.m. EDT - Winds are picking up in Perry.\nFriday, Sept. 27\n12:40 a.m. - "
                             u"Helene is moving quickly."_s;
        QTest::newRow("stamp under a day line") << blog << QDate(2024, 9, 27) << u"6:45 p.m. EDT"_s << u"2024-09-26T18:45-04:00"_s << QString();
        QTest::newRow("stamp under the next day line") << blog << QDate(2024, 9, 27) << u"12:40 a.m."_s << u"2024-09-27T00:40"_s << QString();
        QTest::newRow("stamp with no day line") << u"Helene is near.\n6:45 p.m. - Winds are picking up."_s << QDate(2024, 9, 27) << u"6:45 p.m."_s
                                                << u"2024-09-27T18:45"_s << QString();
        QTest::newRow("stamp after a day told in a sentence") << u"The storm was named on Sept. 24.\n6:45 p.m. - Winds are picking up."_s << QDate(2024, 9, 27)
                                                              << u"6:45 p.m."_s << u"2024-09-27T18:45"_s << QString();
        QTest::newRow("hours later after a day told") << u"He was arrested on Monday. Hours later, prosecutors charged him."_s << QDate(2024, 12, 12)
                                                      << u"Hours later"_s << u"2024-12-09"_s << QString();
        QTest::newRow("days later after a day told") << u"He was arrested on Monday. Days later, prosecutors charged him."_s << QDate(2024, 12, 12)
                                                     << u"Days later"_s << QString() << QString();
        // A dated timeline's line of weekdays heads the days after the last day line.
        const QString timeline = u"Friday, Nov. 17\nThe board fired him.\nSaturday and Sunday\nInvestors pushed. On Sunday morning he came back.\n"
                                 u"Monday, Nov. 20\nHe joined Microsoft."_s;
        QTest::newRow("weekday line after a day line") << timeline << QDate(2023, 12, 1) << u"Saturday"_s << u"2023-11-18"_s << QString();
        QTest::newRow("weekday in a weekday line's section") << timeline << QDate(2023, 12, 1) << u"Sunday morning"_s << u"2023-11-19"_s << QString();
        QTest::newRow("weekday line with no day line before")
            << u"The board fired him.\nSaturday\nInvestors pushed."_s << QDate(2023, 12, 1) << u"Saturday"_s << u"2023-11-25"_s << QString();
        QTest::newRow("the Sunday programme is this week's") << u"The craft dived on June 18, 2023.\nThe admiral spoke on the Sunday programme."_s
                                                             << QDate(2024, 6, 18) << u"Sunday"_s << u"2024-06-16"_s << QString();
        // A present of wanting, like one of hoping or aiming, looks ahead; a past one stays past.
        const QDate july(2024, 7, 20);
        QTest::newRow("wants") << u"The FA wants a new manager by September."_s << july << u"September"_s << u"2024-09"_s << QString();
        QTest::newRow("has said it wants") << u"The FA has said it wants a permanent appointment by the autumn."_s << july << u"autumn"_s << u"2024"_s
                                           << QString();
        QTest::newRow("seeks") << u"The club seeks a buyer by March."_s << july << u"March"_s << u"2025-03"_s << QString();
        QTest::newRow("wanted") << u"The FA wanted a new manager in September."_s << july << u"September"_s << u"2023-09"_s << QString();
        // A future told of a dated past saying lies after the saying, not after the time of writing.
        const QDate nov5(2024, 11, 5);
        QTest::newRow("would, said in a past month") << u"The supplier said in October it would furlough 700 workers starting Oct. 25."_s << nov5
                                                     << u"Oct. 25"_s << u"2024-10-25"_s << QString();
        QTest::newRow("a present in a when-clause") << u"Two officials backed another reduction when the Fed meets in November."_s << QDate(2024, 9, 24)
                                                    << u"November"_s << u"2024-11"_s << QString();
        QTest::newRow("a past in a when-clause") << u"Two officials backed a reduction when the Fed met in November."_s << QDate(2024, 9, 24) << u"November"_s
                                                 << u"2023-11"_s << QString();
        QTest::newRow("would, said with no day") << u"The supplier said it would furlough 700 workers starting Oct. 25."_s << nov5 << u"Oct. 25"_s
                                                 << u"2025-10-25"_s << QString();
        QTest::newRow("would, said in a month, a month ahead")
            << u"The supplier said in October it would reopen the plant on Jan. 6."_s << nov5 << u"Jan. 6"_s << u"2025-01-06"_s << QString();
        // A life told in years: the month of "that year", and the one after it, are of the year just told.
        const QDate obituary(2024, 12, 30);
        QTest::newRow("a month of that year") << u"In 1976, he ran for president. He defeated Ford in November of that year."_s << obituary
                                              << u"November of that year"_s << u"1976-11"_s << QString();
        QTest::newRow("the following month") << u"In 1976, he ran for president and took office the following January."_s << obituary
                                             << u"the following January"_s << u"1977-01"_s << QString();
        QTest::newRow("the previous month") << u"The treaty was signed in June 1979, after talks the previous March."_s << obituary << u"the previous March"_s
                                            << u"1979-03"_s << QString();
        QTest::newRow("the following month near miss: next month")
            << u"In 1976, he ran for president. He will speak next January."_s << obituary << u"next January"_s << u"2025-01"_s << QString();
        QTest::newRow("the following month near miss: a weekday")
            << u"In 1976, he ran for president. He will speak next Sunday."_s << obituary << u"next Sunday"_s << u"2025-01-05"_s << QString();
        // "N years after" a happening counts from the date just told, not from one told sentences before.
        QTest::newRow("years after a happening told sentences before") << u"He won in 1976. The embassy was seized in November 1979. The crisis "
                                                                          u"lasted 444 days. Four years after his victory, he lost."_s
                                                                       << obituary << u"Four years after"_s << QString() << QString();
        QTest::newRow("years after the happening told the sentence before")
            << u"The dam burst in 2019. Two years after the flood, the town was rebuilt."_s << obituary << u"Two years after"_s << u"2021"_s << QString();
        // A time listed after one the sentence looks ahead to looks ahead too.
        const QDate nov1(2024, 11, 1);
        QTest::newRow("a day listed after coming ones")
            << u"Van Nistelrooy will stay in charge for the games against Chelsea on Sunday, PAOK on Thursday and Leicester City on Nov. 10."_s << nov1
            << u"Nov. 10"_s << u"2024-11-10"_s << QString();
        QTest::newRow("a day listed after coming ones near miss: a past verb between")
            << u"Van Nistelrooy will stay in charge on Sunday, a week after Leicester City won on Oct. 20."_s << nov1 << u"Oct. 20"_s << u"2024-10-20"_s
            << QString();
        QTest::newRow("an infinitive after a comma looks ahead")
            << u"Amorim named United head coach, to start on Nov. 11."_s << nov1 << u"Nov. 11"_s << u"2024-11-11"_s << QString();
        QTest::newRow("an infinitive after a name set off by commas, weeks back")
            << u"The chairman had asked its chief executive, George Kurtz, to testify in late July."_s << QDate(2024, 9, 24) << u"late July"_s << u"2024-07"_s
            << QString();
        QTest::newRow("an infinitive after a name set off by commas, days ahead")
            << u"The club named its new coach, Ruben Amorim, to start on Nov. 11."_s << nov1 << u"Nov. 11"_s << u"2024-11-11"_s << QString();
        QTest::newRow("an infinitive after a comma near miss: a noun after 'to'")
            << u"Amorim was named head coach, to the surprise of fans, on Nov. 11."_s << nov1 << u"Nov. 11"_s << u"2023-11-11"_s << QString();
        QTest::newRow("an infinitive after a comma near miss: a clause of its own after it")
            << u"That win persuaded the co-owner, Jim Ratcliffe, to keep him, and in July he signed an extension."_s << nov1 << u"July"_s << u"2024-07"_s
            << QString();
        // A fixture or a trip told in the present is the one to come.
        const QDate monday(2024, 11, 25);
        QTest::newRow("a trip in the present") << u"United travel to Bodo/Glimt in the Europa League on Thursday."_s << monday << u"Thursday"_s
                                               << u"2024-11-28"_s << QString();
        QTest::newRow("a fixture in the present") << u"His last match will be on Nov. 10, two days after he faces City in the Champions League on Tuesday."_s
                                                  << nov1 << u"Tuesday"_s << u"2024-11-05"_s << QString();
        QTest::newRow("a trip near miss: the past") << u"United travelled to Bodo/Glimt in the Europa League on Thursday."_s << monday << u"Thursday"_s
                                                    << u"2024-11-21"_s << QString();
        QTest::newRow("a trip near miss: a noun") << u"Their travel to Bodo/Glimt was delayed on Thursday."_s << monday << u"Thursday"_s << u"2024-11-21"_s
                                                  << QString();
        // A present tense governing a bare weekday or month tells the one to come.
        const QDate friday(2025, 1, 17);
        QTest::newRow("a relative present, a weekday")
            << u"Mr. Trump, who takes office on Monday, said his decision would come soon."_s << friday << u"Monday"_s << u"2025-01-20"_s << QString();
        QTest::newRow("a relative plural present, a weekday") << u"Microsoft and Meta, which report quarterly results on Wednesday, face questions."_s
                                                              << QDate(2025, 1, 28) << u"Wednesday"_s << u"2025-01-29"_s << QString();
        QTest::newRow("an as-clause present, a month")
            << u"Shelter was most urgent as the monsoon season approaches in May."_s << QDate(2025, 4, 2) << u"May"_s << u"2025-05"_s << QString();
        QTest::newRow("a relative near miss: the past")
            << u"Mr. Trump, who took office on Monday, said his decision would come soon."_s << friday << u"Monday"_s << u"2025-01-13"_s << QString();
        QTest::newRow("a relative plural near miss: the past") << u"Microsoft and Meta, which reported quarterly results on Wednesday, face questions."_s
                                                               << QDate(2025, 1, 28) << u"Wednesday"_s << u"2025-01-22"_s << QString();
        QTest::newRow("an as near miss: as many as") << u"The storm destroyed as many as 300 homes in May."_s << QDate(2025, 4, 2) << u"May"_s << u"2024-05"_s
                                                     << QString();
        QTest::newRow("ahead of, in the past") << u"People were buying ahead of the tariffs in April and May, an analyst said."_s << QDate(2025, 7, 31)
                                               << u"April"_s << u"2025-04"_s << QString();
        QTest::newRow("what is wanted by a day") << u"He said he wanted to form a government by Easter."_s << QDate(2025, 2, 24) << u"Easter"_s
                                                 << u"2025-04-20"_s << QString();
        QTest::newRow("what is wanted near miss: the past")
            << u"He said he formed a government by Easter."_s << QDate(2025, 2, 24) << u"Easter"_s << u"2024-03-31"_s << QString();
        // What is kept or extended to a weekday lasts into the days ahead.
        QTest::newRow("kept through a weekday") << u"Forecasters kept a red flag warning in place through Friday."_s << QDate(2025, 1, 8) << u"Friday"_s
                                                << u"2025-01-10"_s << QString();
        QTest::newRow("kept through a weekday near miss: stayed")
            << u"The warning stayed in place through Friday."_s << QDate(2025, 1, 8) << u"Friday"_s << u"2025-01-03"_s << QString();
        // A day a deciding makes something of is no time of the deciding.
        QTest::newRow("a day declared a day of mourning")
            << u"Biden has declared Jan. 9 a national day of mourning."_s << obituary << u"Jan. 9"_s << u"2025-01-09"_s << QString();
        QTest::newRow("a day declared, in the past tense")
            << u"Biden declared Jan. 9 a national day of mourning."_s << obituary << u"Jan. 9"_s << u"2025-01-09"_s << QString();
        QTest::newRow("a day declared near miss: the day of declaring")
            << u"Biden declared on Jan. 9 that the crisis was over."_s << obituary << u"Jan. 9"_s << u"2024-01-09"_s << QString();
        QTest::newRow("a weekday before another noun stays a day")
            << u"He missed the Sunday deadline."_s << obituary << u"Sunday"_s << u"2024-12-29"_s << QString();
    }

    void resolves()
    {
        QFETCH(QString, text);
        QFETCH(QDate, reference);
        QFETCH(QString, expression);
        QFETCH(QString, value);
        QFETCH(QString, duration);
        const QList<TimeExpression> times = timesOf(text, reference);
        const TimeExpression *time = find(times, expression);
        QVERIFY2(time, qPrintable(u"«"_s + expression + u"» not found; found: "_s + listed(times)));
        QCOMPARE(time->value, value);
        QCOMPARE(time->duration, duration);
        QCOMPARE(text.mid(time->span.start, time->span.end - time->span.start), expression);
    }

    // Seasons, quarters, halves and weekends: a value and the days it covers.
    void givesMonthSpans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        const QDate wed(2025, 11, 26);
        QTest::newRow("last spring") << u"A strike last spring killed 35 people."_s << wed << u"last spring"_s << u"2025"_s << QDate(2025, 3, 1)
                                     << QDate(2025, 5, 31);
        QTest::newRow("last summer in summer") << u"The river ran dry last summer."_s << QDate(2025, 7, 10) << u"last summer"_s << u"2024"_s
                                               << QDate(2024, 6, 1) << QDate(2024, 8, 31);
        QTest::newRow("this winter") << u"Sirens sound several times a night this winter."_s << wed << u"this winter"_s << u"2025"_s << QDate(2025, 12, 1)
                                     << QDate(2026, 2, 28);
        QTest::newRow("next spring") << u"Troops could deploy as early as next spring."_s << wed << u"next spring"_s << u"2026"_s << QDate(2026, 3, 1)
                                     << QDate(2026, 5, 31);
        QTest::newRow("the autumn of a year") << u"The school closed in the autumn of 2022."_s << wed << u"autumn of 2022"_s << u"2022"_s << QDate(2022, 9, 1)
                                              << QDate(2022, 11, 30);
        QTest::newRow("late summer") << u"Villages were evacuated again in late summer."_s << wed << u"late summer"_s << u"2025"_s << QDate(2025, 7, 31)
                                     << QDate(2025, 8, 31);
        QTest::newRow("in the summer") << u"Okafor took charge in the summer."_s << wed << u"summer"_s << u"2025"_s << QDate(2025, 6, 1) << QDate(2025, 8, 31);
        QTest::newRow("a winter days ahead") << u"The rules will be tabled in Parliament in the winter session."_s << wed << u"winter"_s << u"2025"_s
                                             << QDate(2025, 12, 1) << QDate(2026, 2, 28);
        QTest::newRow("a winter without a cue in late November")
            << u"Centre to table data rules in winter session"_s << wed << u"winter"_s << u"2025"_s << QDate(2025, 12, 1) << QDate(2026, 2, 28);
        QTest::newRow("a spring in a past clause") << u"The school was closed in the spring."_s << wed << u"spring"_s << u"2025"_s << QDate(2025, 3, 1)
                                                   << QDate(2025, 5, 31);
        QTest::newRow("fall beside a year") << u"The plant closed in the fall of 2019."_s << wed << u"fall of 2019"_s << u"2019"_s << QDate(2019, 9, 1)
                                            << QDate(2019, 11, 30);
        QTest::newRow("quarter of a year") << u"It was the weakest quarter since the second quarter of 2020."_s << wed << u"second quarter of 2020"_s
                                           << u"2020"_s << QDate(2020, 4, 1) << QDate(2020, 6, 30);
        QTest::newRow("quarter adjective") << u"Third-quarter earnings fell short."_s << wed << u"Third-quarter"_s << u"2025"_s << QDate(2025, 7, 1)
                                           << QDate(2025, 9, 30);
        QTest::newRow("Q form") << u"Q3 was the weakest period."_s << wed << u"Q3"_s << u"2025"_s << QDate(2025, 7, 1) << QDate(2025, 9, 30);
        QTest::newRow("half of next year") << u"We plan for a difficult first half of next year."_s << wed << u"first half of next year"_s << u"2026"_s
                                           << QDate(2026, 1, 1) << QDate(2026, 6, 30);
        QTest::newRow("the end of the year") << u"Donations should be made by the end of the year."_s << wed << u"the end of the year"_s << u"2025-12"_s
                                             << QDate(2025, 12, 1) << QDate(2025, 12, 31);
        QTest::newRow("the end of the month stays its last third") << u"Payments will begin by the end of the month."_s << wed << u"the end of the month"_s
                                                                   << u"2025-11"_s << QDate(2025, 11, 21) << QDate(2025, 11, 30);
        QTest::newRow("the end of the decade in a past story") << u"The firm shipped its first device in 1985. It sold a million by the end of the decade."_s
                                                               << wed << u"the end of the decade"_s << u"198X"_s << QDate(1986, 8, 31) << QDate(1989, 12, 31);
        QTest::newRow("from a year to a year") << u"Thorpe led the council from 2016 to 2022."_s << wed << u"2016"_s << u"2016"_s << QDate(2016, 1, 1)
                                               << QDate(2022, 12, 31);
        QTest::newRow("between two months") << u"Between March 2018 and October 2021 the council awarded 27 contracts."_s << wed << u"March 2018"_s
                                            << u"2018-03"_s << QDate(2018, 3, 1) << QDate(2021, 10, 31);
        QTest::newRow("two years without a range word")
            << u"Thorpe was elected in 2016 and 2022."_s << wed << u"2016"_s << u"2016"_s << QDate(2016, 1, 1) << QDate(2016, 12, 31);
        QTest::newRow("the following decade") << u"She joined the firm in 1972 and spent the following decade designing chips."_s << wed
                                              << u"the following decade"_s << u"198X"_s << QDate(1980, 1, 1) << QDate(1989, 12, 31);
        QTest::newRow("fiscal year") << u"Profit for fiscal 2026 will be lower."_s << wed << u"fiscal 2026"_s << u"2026"_s << QDate(2026, 1, 1)
                                     << QDate(2026, 12, 31);
        QTest::newRow("over the weekend") << u"Storm Bram brought heavy rain over the weekend."_s << wed << u"the weekend"_s << u"2025-11-22"_s
                                          << QDate(2025, 11, 22) << QDate(2025, 11, 23);
        QTest::newRow("by the weekend") << u"Snow is possible on high ground by the weekend."_s << wed << u"the weekend"_s << u"2025-11-29"_s
                                        << QDate(2025, 11, 29) << QDate(2025, 11, 30);
        QTest::newRow("by the weekend in a past clause") << u"Its rivals had largely recovered by the weekend."_s << wed << u"the weekend"_s << u"2025-11-22"_s
                                                         << QDate(2025, 11, 22) << QDate(2025, 11, 23);
        QTest::newRow("two weekdays of one telling") << u"On Monday and again on Tuesday, a patrol plane picked up noises."_s << wed << u"Monday"_s
                                                     << u"2025-11-24"_s << QDate(2025, 11, 24) << QDate(2025, 11, 25);
        QTest::newRow("two weekdays of two clauses") << u"Talks were held on Monday and a vote followed on Tuesday."_s << wed << u"Monday"_s << u"2025-11-24"_s
                                                     << QDate(2025, 11, 24) << QDate(2025, 11, 24);
        QTest::newRow("since a day, up to now") << u"Delta has cancelled about 5,000 flights since Friday."_s << wed << u"Friday"_s << u"2025-11-21"_s
                                                << QDate(2025, 11, 21) << wed;
        QTest::newRow("since a day in a past clause is that day") << u"The road had been closed since Friday, when it flooded."_s << wed << u"Friday"_s
                                                                  << u"2025-11-21"_s << QDate(2025, 11, 21) << QDate(2025, 11, 21);
        QTest::newRow("over the weekend written on a Sunday")
            << u"Crews worked over the weekend."_s << QDate(2025, 11, 23) << u"the weekend"_s << u"2025-11-22"_s << QDate(2025, 11, 22) << QDate(2025, 11, 23);
    }

    void givesMonthSpans()
    {
        QFETCH(QString, text);
        QFETCH(QDate, reference);
        QFETCH(QString, expression);
        QFETCH(QString, value);
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        const QList<TimeExpression> times = timesOf(text, reference);
        const TimeExpression *time = find(times, expression);
        QVERIFY2(time, qPrintable(u"«"_s + expression + u"» not found; found: "_s + listed(times)));
        QCOMPARE(time->value, value);
        QCOMPARE(time->date.earliest, earliest);
        QCOMPARE(time->date.latest, latest);
    }

    void givesRanges()
    {
        const QDate wed(2025, 11, 26);
        const TimeExpression *days = nullptr;
        const QList<TimeExpression> rangeTimes = timesOf(u"Talks were held on Oct. 11 and 12."_s, wed);
        days = find(rangeTimes, u"Oct. 11 and 12"_s);
        QVERIFY(days);
        QCOMPARE(days->date.earliest, QDate(2025, 10, 11));
        QCOMPARE(days->date.latest, QDate(2025, 10, 12));

        for (const QString &text : {u"Advisers met over the weekend of 22-23 November."_s, u"Advisers met from 22 to 23 November."_s}) {
            const QList<TimeExpression> dayRun = timesOf(text, wed);
            const TimeExpression *run = dayRun.isEmpty() ? nullptr : &dayRun.last();
            QVERIFY2(run && run->text.startsWith(u"22"_s), qPrintable(listed(dayRun)));
            QCOMPARE(run->date.earliest, QDate(2025, 11, 22));
            QCOMPARE(run->date.latest, QDate(2025, 11, 23));
        }
        // "won 3-1 in March": a score before a month is no run of days.
        const QList<TimeExpression> score = timesOf(u"Rovers won 3-1 in March."_s, wed);
        QVERIFY2(score.size() == 1 && score.first().text == u"March"_s, qPrintable(listed(score)));

        const QList<TimeExpression> spanTimes = timesOf(u"They met on Oct. 14. Over the following two days, aides talked."_s, wed);
        const TimeExpression *span = find(spanTimes, u"the following two days"_s);
        QVERIFY(span);
        QCOMPARE(span->date.earliest, QDate(2025, 10, 15));
        QCOMPARE(span->date.latest, QDate(2025, 10, 16));

        const QList<TimeExpression> monthTimes = timesOf(u"Inflation slowed earlier this month."_s, wed);
        const TimeExpression *month = find(monthTimes, u"earlier this month"_s);
        QVERIFY(month);
        QCOMPARE(month->date.earliest, QDate(2025, 11, 1));
        QCOMPARE(month->date.latest, wed);

        const QList<TimeExpression> yearTimes = timesOf(u"On June 1, 2022, the mayor resigned. Later that year, she ran."_s, wed);
        const TimeExpression *later = find(yearTimes, u"Later that year"_s);
        QVERIFY(later);
        QCOMPARE(later->date.earliest, QDate(2022, 6, 2));
        QCOMPARE(later->date.latest, QDate(2022, 12, 31));
    }

    void ignoresWhatIsNoTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("modal may") << u"Prices may rise again."_s;
        QTest::newRow("count not year") << u"The army sent 2000 troops."_s;
        QTest::newRow("verb march") << u"They march through the city."_s;
        QTest::newRow("call for") << u"A day of action was called."_s;
        QTest::newRow("percent") << u"Prices rose 2.6 percent."_s;
        QTest::newRow("score is no time") << u"The hosts won the tie 3:1 on aggregate."_s;
        QTest::newRow("bare hour without a.m. or p.m.") << u"The team won 9 of its 12 games."_s;
        QTest::newRow("midnight is left alone") << u"The law lapsed at midnight."_s;
        QTest::newRow("days of another noun after 'recent'") << u"The recent days of rain flooded the port."_s;
        QTest::newRow("days with no word of nearness") << u"The days of the old port are over."_s;
        QTest::newRow("island named after a holiday") << u"The plane landed on Christmas Island."_s;
        QTest::newRow("rising named after a holiday") << u"Historians discussed the Easter Rising."_s;
        QTest::newRow("another country's independence day") << u"Crowds marked India's Independence Day."_s;
        QTest::newRow("lowercase is no holiday") << u"The boxing day ended in a draw."_s;
        QTest::newRow("set for a match") << u"The stage was set for a final."_s;
        QTest::newRow("a spring named for a place") << u"Protests recalled the Arab Spring."_s;
        QTest::newRow("the fall of a city") << u"The fall of Kabul shocked allies."_s;
        QTest::newRow("a quarter of a match") << u"The Lakers led in the third quarter."_s;
        QTest::newRow("a half of a match") << u"He scored twice in the first half."_s;
        QTest::newRow("a season as a subject") << u"The summer was dry."_s;
        QTest::newRow("a weekend of a date") << u"The meeting took up the weekend's papers."_s;
        QTest::newRow("a named Sunday") << u"A missile strike on Palm Sunday killed 35 people."_s;
        QTest::newRow("May names a prime minister") << u"Critics of the May government protested."_s;
        QTest::newRow("a month before a capital is no noun") << u"The March Hare is a character."_s;
        QTest::newRow("a weekday's school") << u"He taught Sunday school for decades."_s;
        QTest::newRow("a weekday's best") << u"She wore her Sunday best."_s;
        QTest::newRow("a countdown's clock") << u"The countdown stopped at T-minus 3 minutes 50 seconds."_s;
    }

    void ignoresWhatIsNoTime()
    {
        QFETCH(QString, text);
        const QList<TimeExpression> times = timesOf(text, QDate(2025, 11, 26));
        QVERIFY2(times.isEmpty(), qPrintable(listed(times)));
    }

    // "October 17: Zelensky at the White House" names its section; "The next day" under it
    // still counts from the story told before it.
    void headingDateNamesASection()
    {
        const QString text
            = u"Putin phoned Trump on Oct. 16.\nOctober 17: Zelensky at the White House\nThe next day, Zelensky met Trump.\nOn Oct. 20 the talks resumed. The next day, they ended."_s;
        Article article = articleFromLines(text);
        article.blocks[1].kind = TextBlock::Kind::Heading;
        const TextAnalysis analysis = analyseText(article);
        const QList<TimeExpression> times = findArticleTimes(article, analysis, QDate(2025, 11, 26)).expressions(article.body);
        QStringList values;
        for (const TimeExpression &time : times) {
            values.append(time.value);
        }
        QCOMPARE(values, (QStringList{u"2025-10-16"_s, u"2025-10-17"_s, u"2025-10-17"_s, u"2025-10-20"_s, u"2025-10-21"_s}));
    }

    // A timeline's heading that holds only dates ("December 2019", "1999", "2000 to 2015") sets
    // its section in that year; a heading with words besides does not. An empty value: no such
    // time is found.
    void datesHeadingSetsItsSection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QDate>("latest"); // the last day the time spans, when asked
        const QString section
            = u"The scandal: a timeline\n%1\nThe company settled with 555 claimants. On December 16 the judge ruled. In March the inquiry began."_s;
        QTest::newRow("a month heading's day") << section.arg(u"December 2019"_s) << u"December 16"_s << u"2019-12-16"_s << QDate();
        QTest::newRow("a year heading's day") << section.arg(u"2019"_s) << u"December 16"_s << u"2019-12-16"_s << QDate();
        QTest::newRow("a year heading's month") << section.arg(u"2019"_s) << u"March"_s << u"2019-03"_s << QDate();
        QTest::newRow("a year alone is a time") << section.arg(u"2019"_s) << u"2019"_s << u"2019"_s << QDate();
        QTest::newRow("a month heading of another month") << section.arg(u"November 2019"_s) << u"December 16"_s << u"2023-12-16"_s << QDate();
        QTest::newRow("a heading with words") << section.arg(u"The settlement of December 2019"_s) << u"December 16"_s << u"2023-12-16"_s << QDate();
        // "2000 to 2015" as a heading spans the years; in a sentence without "from" it does not.
        QTest::newRow("a heading of years spans them") << section.arg(u"2000 to 2015"_s) << u"2000"_s << u"2000"_s << QDate(2015, 12, 31);
        QTest::newRow("years in a sentence") << u"The scandal: a timeline\nThe record\nFigures for 2000 to 2015 are incomplete."_s << u"2000"_s << u"2000"_s
                                             << QDate(2000, 12, 31);
        QTest::newRow("a year opening a sentence") << u"The scandal\n1999 branch operators were prosecuted."_s << u"1999"_s << QString() << QDate();
        // A dated list's entry opens with its years and a colon.
        QTest::newRow("a year opening a list's entry")
            << u"The scandal: a timeline\n1946: He graduates from the academy.\nThe record"_s << u"1946"_s << u"1946"_s << QDate();
        QTest::newRow("years opening a list's entry") << u"The scandal: a timeline\n1971-1975: He serves as governor.\nThe record"_s << u"1971"_s << u"1971"_s
                                                      << QDate(1975, 12, 31);
        QTest::newRow("a count opening a line near miss")
            << u"The scandal: a timeline\n1946 people were moved: the record"_s << u"1946"_s << QString() << QDate();
    }

    void datesHeadingSetsItsSection()
    {
        QFETCH(QString, text);
        QFETCH(QString, expression);
        QFETCH(QString, value);
        QFETCH(QDate, latest);
        Article article = articleFromLines(text);
        article.blocks[1].kind = TextBlock::Kind::Heading;
        const TextAnalysis analysis = analyseText(article);
        const QList<TimeExpression> times = findArticleTimes(article, analysis, QDate(2024, 5, 25)).expressions(article.body);
        const TimeExpression *time = find(times, expression);
        if (value.isEmpty()) {
            QVERIFY2(!time, qPrintable(listed(times)));
            return;
        }
        QVERIFY2(time, qPrintable(u"«"_s + expression + u"» not found; found: "_s + listed(times)));
        QCOMPARE(time->value, value);
        if (latest.isValid()) {
            QCOMPARE(time->date.latest, latest);
        }
    }

    // "What happened on March 26" under a blog's later entries takes the story back to that day:
    // "that night" and "the next day" under it count from it.
    void headingDateTakesTheStoryBack()
    {
        const QString text = u"Rescuers searched the river on Friday.\nWhat happened on March 26\nTwo workers were rescued that night. Bodies were "
                             u"recovered the next day."_s;
        Article article = articleFromLines(text);
        article.blocks[1].kind = TextBlock::Kind::Heading;
        const TextAnalysis analysis = analyseText(article);
        const QList<TimeExpression> times = findArticleTimes(article, analysis, QDate(2024, 4, 5)).expressions(article.body);
        QStringList values;
        for (const TimeExpression &time : times) {
            values.append(time.value);
        }
        QCOMPARE(values, (QStringList{u"2024-04-05"_s, u"2024-03-26"_s, u"2024-03-26"_s, u"2024-03-27"_s}));
    }

    // A long text resolves in one pass; the anchors never leak from one paragraph's weekday
    // to another's.
    void weekdayAnchorStaysInItsParagraph()
    {
        const QList<TimeExpression> times
            = timesOf(u"The October 14 call came days before a summit. Aides wanted a deal before Friday's meeting.\nThe minister resigned on Friday."_s,
                QDate(2025, 11, 26));
        QCOMPARE(times.size(), 4);
        QCOMPARE(times[2].value, u"2025-10-17"_s);
        QCOMPARE(times[3].value, u"2025-11-21"_s);
    }
};

QTEST_GUILESS_MAIN(TimeTest)
#include "time_test.moc"
