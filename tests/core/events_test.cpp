// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "corpusdir.h"
#include "extract/eventextractor.h"
#include "extract/eventtriggers.h"
#include "extract/textanalysis.h"
#include "extract/timeexpressions.h"
#include "extract/timewords.h"
#include "extract/wordshapes.h"
#include "linearticle.h"

#include <QFile>
#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

namespace {
// People as the people stage would give them: every written form is a mention.
void addPerson(StoryGraph &graph, const QString &id, const QString &name, const QStringList &forms)
{
    Person person;
    person.id = id;
    person.name = name;
    const QString &text = graph.articles.first().body;
    for (const QString &form : forms) {
        for (qsizetype at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.size())) {
            const bool wordStart = at == 0 || !text[at - 1].isLetter();
            const bool wordEnd = at + form.size() >= text.size() || !text[at + form.size()].isLetter();
            if (wordStart && wordEnd) {
                person.mentions.append({u"a1"_s, int(at), int(at + form.size())});
            }
        }
        if (form != name) {
            person.aliases.append(form);
        }
    }
    graph.people.append(person);
}

// The cast of the seed story, findable by surname in any test text.
void addCast(StoryGraph &graph)
{
    addPerson(graph, u"p1"_s, u"Steve Witkoff"_s, {u"Steve Witkoff"_s, u"Witkoff"_s});
    addPerson(graph, u"p2"_s, u"Yuri Ushakov"_s, {u"Yuri Ushakov"_s, u"Ushakov"_s});
    addPerson(graph, u"p3"_s, u"Donald Trump"_s, {u"Donald Trump"_s, u"President Trump"_s, u"Trump"_s});
    addPerson(graph, u"p4"_s, u"Vladimir Putin"_s, {u"Vladimir Putin"_s, u"Putin"_s});
    addPerson(graph, u"p5"_s, u"Volodymyr Zelensky"_s, {u"Volodymyr Zelensky"_s, u"Zelensky"_s});
}

Quote quoteOf(const StoryGraph &graph, const QString &id, const QString &words, const QString &speaker, const QString &addressee = {})
{
    const QString &text = graph.articles.first().body;
    Quote quote;
    quote.id = id;
    quote.text = words;
    const int at = int(text.indexOf(words));
    quote.span = {u"a1"_s, at, at + int(words.size())};
    quote.speaker = speaker;
    quote.addressee = addressee;
    return quote;
}

StoryGraph eventsOf(const QString &text, const QDate &reference, const std::function<void(StoryGraph &)> &prepare = {})
{
    StoryGraph graph;
    graph.articles.append(articleFromLines(text));
    addCast(graph);
    if (prepare) {
        prepare(graph);
    }
    const TextAnalysis analysis = analyseText(graph.articles.first());
    const ArticleTimes times = findArticleTimes(graph.articles.first(), analysis, reference);
    addEvents(graph, analysis, times);
    return graph;
}

QString listed(const StoryGraph &graph)
{
    QStringList parts;
    for (const Event &event : graph.events) {
        parts.append(u"«"_s + event.label + u"» "_s + (event.date.isDated() ? event.date.iso : u"undated"_s) + u" ("_s + QString::number(event.sources.size())
            + u" mentions, "_s + eventStatusName(event.status) + u")"_s);
    }
    return parts.join(u", "_s);
}

const Event *withLabel(const StoryGraph &graph, const QString &label)
{
    for (const Event &event : graph.events) {
        if (event.label == label) {
            return &event;
        }
    }
    return nullptr;
}
} // namespace

class EventsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labelsAndDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("type");

        QTest::newRow("call between two") << u"The October 14 call between envoy Steve Witkoff and aide Yuri Ushakov lasted an hour."_s
                                          << u"Witkoff–Ushakov call"_s << u"2025-10-14"_s << u"call"_s;
        QTest::newRow("a date in an aside after the noun")
            << u"The call, on Oct. 14, was between envoy Steve Witkoff and aide Yuri Ushakov."_s << u"Call"_s << u"2025-10-14"_s << u"call"_s;
        QTest::newRow("a relative clause that says when it took place")
            << u"In the call, which took place on October 14, Witkoff advised the aide."_s << u"Call"_s << u"2025-10-14"_s << u"call"_s;
        QTest::newRow("a figure with a decimal point in the subject") << u"A magnitude 7.7 earthquake struck central Myanmar on Friday."_s
                                                                      << u"Magnitude 7.7 earthquake struck central Myanmar"_s << u"2025-11-21"_s << u"struck"_s;
        QTest::newRow("a possessive's owner in a noun phrase before a place")
            << u"The number of people killed by Friday's earthquake in Myanmar rose above 2,000 on Monday."_s << u"Friday's earthquake rose above 2,000"_s
            << u"2025-11-24"_s << u"rose"_s;
        QTest::newRow("an order word restated by a date")
            << u"Later, on March 19, the bank collapsed."_s << u"Bank collapsed"_s << u"2025-03-19"_s << u"collapsed"_s;
        QTest::newRow("an order word restated by a weekday")
            << u"Later, on Monday, the bank collapsed."_s << u"Bank collapsed"_s << u"2025-11-24"_s << u"collapsed"_s;
        QTest::newRow("an order word before a weekday without a comma")
            << u"Later on Monday, the bank apologized."_s << u"Bank apologized"_s << u"2025-11-24"_s << u"apologized"_s;
        QTest::newRow("an order word before a date without a comma")
            << u"Later on March 19, the bank apologized."_s << u"Bank apologized"_s << u"2025-03-19"_s << u"apologized"_s;
        QTest::newRow("an order word near miss: later on") << u"Later on, the bank apologized."_s << u"Bank apologized"_s << u""_s << u"apologized"_s;
        QTest::newRow("an order word restated by a date near miss: no date")
            << u"Later, the bank collapsed."_s << u"Bank collapsed"_s << u""_s << u"collapsed"_s;
        // A time restating the day before it dates the clause that follows it.
        QTest::newRow("the same day and a clause")
            << u"The company reported a loss on Oct. 23, the same day workers rejected its offer, and last month raised cash."_s
            << u"Workers rejected its offer"_s << u"2025-10-23"_s << u"rejected"_s;
        QTest::newRow("the same day near miss: the clause before keeps its day")
            << u"The company reported a loss on Oct. 23, the same day workers rejected its offer, and last month raised cash."_s << u"Company reported a loss"_s
            << u"2025-10-23"_s << u"reported"_s;
        QTest::newRow("an aside that dates another deed") << u"The call, which was leaked on Oct. 14, shocked aides."_s << u"Call"_s << u""_s << u"call"_s;
        // Calling an election announces it: the date is the calling's, and the election keeps its own.
        QTest::newRow("an election called on a day") << u"Sunak called the election on May 22, surprising his party. The election was held on July 4."_s
                                                     << u"Sunak called the election"_s << u"2025-05-22"_s << u"called"_s;
        QTest::newRow("the election called keeps its day") << u"Sunak called the election on May 22, surprising his party. The election was held on July 4."_s
                                                           << u"Election"_s << u"2025-07-04"_s << u"election"_s;
        QTest::newRow("an election held on a day") << u"Voters went to the polls in the election on July 4."_s << u"Election"_s << u"2025-07-04"_s
                                                   << u"election"_s;
        // "ahead of" is a preposition: the one who held the seat is the name after it.
        QTest::newRow("a relative clause after 'ahead of' a name")
            << u"Okafor took 21,225 votes, ahead of the Liberal candidate Tom Reyes, who had held the seat since 2017."_s
            << u"Liberal candidate Tom Reyes had held the seat"_s << u"2017"_s << u"held"_s;
        // A list of names after a preposition is its object; the noun before it is the subject.
        QTest::newRow("a list of names after 'for'") << u"The survey for the Herald, ITV and Radio North showed a lead for Okafor on Tuesday."_s
                                                     << u"Survey showed a lead"_s << u"2025-11-25"_s << u"showed"_s;
        QTest::newRow("a list of names after 'of'") << u"The bodies of Tom Reyes and Ada Okafor were recovered on Monday."_s << u"Bodies were recovered"_s
                                                    << u"2025-11-24"_s << u"recovered"_s;
        QTest::newRow("a courtesy title before the one called")
            << u"Mr. Putin called Mr. Trump on Oct. 16."_s << u"Putin called Trump"_s << u"2025-10-16"_s << u"called"_s;
        QTest::newRow("a courtesy title before the one met")
            << u"Dr. Ruth Okafor met Ms. Lee in Geneva on Friday."_s << u"Okafor–Lee meeting"_s << u"2025-11-21"_s << u"meeting"_s;
        QTest::newRow("a participle set off after its noun") << u"The original 28-point plan, first reported last week, would have capped the army."_s
                                                             << u"Original 28-point plan reported"_s << u"2025-W47"_s << u"reported"_s;
        QTest::newRow("an apposition before the verb") << u"Yuri Ushakov, the Kremlin aide, told reporters on Tuesday that the talks went well."_s
                                                       << u"Ushakov told reporters"_s << u"2025-11-25"_s << u"told"_s;
        QTest::newRow("'it' opening a sentence after a plan") << u"A 28-point plan that the envoy drafted alarmed Kyiv. It was revised in Geneva on Sunday."_s
                                                              << u"28-point plan was revised"_s << u"2025-11-23"_s << u"revised"_s;
        QTest::newRow("'it' after a verb of saying is the speaker")
            << u"The Coast Guard, which is still studying the plan, said it would publish its findings by the end of the year."_s
            << u"Coast Guard would publish its findings"_s << u"2025-12"_s << u"publish"_s;
        QTest::newRow("an entry's irregular present") << u"The timeline\n22 October \u2013 The US Treasury puts sanctions on Rosneft and Lukoil."_s
                                                      << u"US Treasury put sanctions"_s << u"2025-10-22"_s << u"put"_s;
        QTest::newRow("present perfect after an appositive name") << u"The Kremlin's foreign policy aide, Yuri Ushakov, has resigned with immediate effect."_s
                                                                  << u"Ushakov's resignation"_s << u""_s << u"resignation"_s;
        QTest::newRow("a place before a compound noun") << u"Mr Farage told a press conference in London on Monday that he would stand."_s
                                                        << u"London press conference"_s << u"2025-11-24"_s << u"conference"_s;
        QTest::newRow("present perfect") << u"Steve Witkoff has resigned as envoy."_s << u"Witkoff's resignation"_s << u""_s << u"resignation"_s;
        QTest::newRow("a hyphened name resigns") << u"The exchange failed. Bankman-Fried has resigned as chief executive."_s << u"Bankman-Fried's resignation"_s
                                                 << u""_s << u"resignation"_s;
        QTest::newRow("a hyphened name is arrested") << u"Bankman-Fried was arrested in Nassau on Dec. 12, 2022."_s << u"Bankman-Fried's arrest"_s
                                                     << u"2022-12-12"_s << u"arrest"_s;
        QTest::newRow("figures stay in the label") << u"Profits rose sharply last year. Revenue fell 14% in April."_s << u"Revenue fell 14%"_s << u"2025-04"_s
                                                   << u"fell"_s;
        QTest::newRow("a possessive date is the noun's")
            << u"Fisheries ministers reached a deal on next year's catch limits early on Friday after talks in Brussels."_s
            << u"Fisheries ministers reached a deal"_s << u"2025-11-21"_s << u"reached"_s;
        QTest::newRow("possessor and destination") << u"Ukrainian President Volodymyr Zelensky's scheduled visit to the White House drew protests."_s
                                                   << u"Zelensky's White House visit"_s << QString() << u"visit"_s;
        QTest::newRow("numbered plan") << u"Trump's controversial 28-point peace plan was leaked."_s << u"28-point peace plan"_s << QString() << u"plan"_s;
        QTest::newRow("revised version") << u"The 28-point peace plan drew fire. A revised 19-point version later removed the demand."_s
                                         << u"19-point revised plan"_s << QString() << u"plan"_s;
        QTest::newRow("report with topic") << u"According to the Bloomberg report that uncovered the recording, the envoy coached the aide."_s
                                           << u"Bloomberg report on the recording"_s << QString() << u"report"_s;
        QTest::newRow("report with no noun for a topic")
            << u"Peskov said the publication of the transcript was an attempt to undermine the talks."_s << u"Transcript"_s << QString() << u"transcript"_s;
        QTest::newRow("response") << u"When questioned about the leaked recording, President Trump claimed he had not heard it."_s
                                  << u"Trump responds to the leaked recording"_s << QString() << u"response"_s;
        QTest::newRow("talks in a place") << u"The ministers will hold talks in Geneva on Monday."_s << u"Geneva talks"_s << u"2025-12-01"_s << u"talks"_s;
        QTest::newRow("hyphenated pair") << u"He urged the aide to arrange the Trump-Putin call."_s << u"Trump–Putin call"_s << QString() << u"call"_s;
        QTest::newRow("verb meeting") << u"Putin met Witkoff in Moscow on Thursday."_s << u"Putin–Witkoff meeting"_s << u"2025-11-20"_s << u"meeting"_s;
        QTest::newRow("passive clause") << u"The ban was adopted on 14 April 2023."_s << u"Ban was adopted"_s << u"2023-04-14"_s << u"adopted"_s;
        QTest::newRow("clause with object") << u"A lower court upheld the ban on Nov. 20, 2023."_s << u"Lower court upheld the ban"_s << u"2023-11-20"_s
                                            << u"upheld"_s;
        QTest::newRow("time before verb") << u"The Supreme Court on Thursday struck down a ban on rentals."_s << u"Supreme Court struck down a ban"_s
                                          << u"2025-11-20"_s << u"struck"_s;
        QTest::newRow("scheduled thing") << u"The board will look closely at wage figures due on April 2."_s << u"Wage figures"_s << u"2026-04-02"_s
                                         << u"figures"_s;
        QTest::newRow("when clause") << u"The ground was saturated on Tuesday, when the first flood alerts went out."_s << u"First flood alerts went out"_s
                                     << u"2025-11-25"_s << u"went"_s;
        QTest::newRow("next meeting") << u"The board held a two-day meeting. The board's next meeting is scheduled for May 8."_s << u"Board's next meeting"_s
                                      << u"2026-05-08"_s << u"meeting"_s;
        QTest::newRow("between with appositions")
            << u"A recording of an October phone call between Steve Witkoff, the US special envoy, and Yuri Ushakov, a senior aide, leaked."_s
            << u"Witkoff–Ushakov call"_s << u"2025-10"_s << u"call"_s;
        QTest::newRow("asked clause dates the response") << u"Asked about the recording aboard Air Force One on Tuesday, President Trump defended his envoy."_s
                                                         << u"Trump responds to the recording"_s << u"2025-11-25"_s << u"response"_s;
        QTest::newRow("statement, not its words") << u"Zelensky said on Sunday that Ukraine was living through a difficult moment."_s
                                                  << u"Zelensky's statement"_s << u"2025-11-23"_s << u"said"_s;
        // A label does not end on the preposition of the time it stops at.
        QTest::newRow("an object before 'through' a year")
            << u"The Federal Reserve raised interest rates through 2023."_s << u"Federal Reserve raised interest rates"_s << u"2023"_s << u"raised"_s;
        QTest::newRow("an object before 'through' a day")
            << u"Volunteers sorted boxes through Sunday."_s << u"Volunteers sorted boxes"_s << u"2025-11-23"_s << u"sorted"_s;
        QTest::newRow("an object before 'through' a place keeps it")
            << u"The storm swept through Florida on Sunday."_s << u"Storm swept through Florida"_s << u"2025-11-23"_s << u"swept"_s;
        QTest::newRow("warning without a name") << u"She had warned ministers in December that the costs were understated."_s << u"Warning to ministers"_s
                                                << u"2024-12"_s << u"warned"_s;
        QTest::newRow("told an audience") << u"Yuri Ushakov, the Kremlin aide, told reporters on Monday that Moscow would wait."_s
                                          << u"Ushakov told reporters"_s << u"2025-11-24"_s << u"told"_s;
        QTest::newRow("spoke by telephone with") << u"President Donald Trump spoke by telephone with Russian President Vladimir Putin on Thursday."_s
                                                 << u"Trump–Putin call"_s << u"2025-11-20"_s << u"call"_s;
        QTest::newRow("the date counted from the talks is the meeting's")
            << u"The talks in Geneva ended on Sunday. A day after the Geneva talks, Witkoff met Ushakov in Abu Dhabi."_s << u"Witkoff–Ushakov meeting"_s
            << u"2025-11-24"_s << u"meeting"_s;
        QTest::newRow("the sentence's date beats the entry's stamp") << u"11:20 GMT Witkoff met Ushakov in Abu Dhabi on Monday night, a US official says."_s
                                                                     << u"Witkoff–Ushakov meeting"_s << u"2025-11-24"_s << u"meeting"_s;
        // A day a decision fixed is not the day it was made; the label tells what was decided.
        QTest::newRow("the stamp dates a setting, not the day set") << u"5:18 p.m. ET\nMerchan has set sentencing for July 11 at 10 a.m."_s
                                                                    << u"Merchan has set sentencing for July 11"_s << u"2025-11-26"_s << u"set"_s;
        QTest::newRow("the stamp yields to a day the sentence tells")
            << u"5:18 p.m. ET\nThe jury convicted Kaine on Monday."_s << u"Jury convicted Kaine"_s << u"2025-11-24"_s << u"convicted"_s;
        QTest::newRow("a move keeps its day and tells the new one") << u"The judge on Friday moved the sentencing from Dec. 18 to Feb. 26."_s
                                                                    << u"Judge moved the sentencing to Feb. 26"_s << u"2025-11-21"_s << u"moved"_s;
        QTest::newRow("a move to a place names no day")
            << u"The company on Friday moved its headquarters to Dallas."_s << u"Company moved its headquarters"_s << u"2025-11-21"_s << u"moved"_s;
        QTest::newRow("the entry's stamp dates what has no date")
            << u"11:20 GMT Witkoff met Ushakov in Abu Dhabi, a US official says."_s << u"Witkoff–Ushakov meeting"_s << u"2025-11-26"_s << u"meeting"_s;
        QTest::newRow("a possessor is not a party to the call")
            << u"Bloomberg published a call last month between envoy Steve Witkoff and Putin's foreign policy aide Yuri Ushakov."_s << u"Witkoff–Ushakov call"_s
            << u"2025-10"_s << u"call"_s;
        QTest::newRow("a deadline is not the plan's date")
            << u"He said Ukraine should accept the 28-point plan by Nov. 27."_s << u"28-point plan"_s << QString() << u"plan"_s;
        QTest::newRow("counted from a dated happening")
            << u"Putin phoned Trump two days after the October 14 call."_s << u"Putin–Trump call"_s << u"2025-10-16"_s << u"call"_s;
        QTest::newRow("the happening counted from has another date")
            << u"Witkoff spoke by phone with Ushakov on Oct. 14, five days after the Gaza ceasefire took effect."_s << u"Gaza ceasefire"_s << u"2025-10-09"_s
            << u"ceasefire"_s;
        QTest::newRow("counted back from a day") << u"Witkoff met Ushakov in Abu Dhabi on Nov. 24, a day after the Geneva talks."_s << u"Geneva talks"_s
                                                 << u"2025-11-23"_s << u"talks"_s;
        // "Four days after X, ... on Sunday": the main clause's day, after the comma, is the
        // one counted to; X was four days before it.
        QTest::newRow("counted back from the main clause's day")
            << u"Four days after the storm came ashore, about 1.2 million homes were still without power on Sunday."_s << u"Storm came ashore"_s
            << u"2025-11-19"_s << u"came"_s;
        QTest::newRow("counted back a day from the main clause's weekday")
            << u"A day after the storm came ashore, crews reopened the Sunshine Skyway Bridge on Friday."_s << u"Storm came ashore"_s << u"2025-11-20"_s
            << u"came"_s;
        QTest::newRow("the clause counted from keeps its own day before the comma")
            << u"Four days after the storm came ashore on Sunday, about a million homes were still without power."_s << u"Storm came ashore"_s
            << u"2025-11-23"_s << u"came"_s;
        // Two names joined by "and" that open the sentence did it together.
        QTest::newRow("two companies joined by 'and'") << u"Nippon Steel and U.S. Steel filed two lawsuits on Monday."_s
                                                       << u"Nippon Steel and U.S. Steel filed two lawsuits"_s << u"2025-11-24"_s << u"filed"_s;
        QTest::newRow("two banks joined by 'and', the first after 'the'")
            << u"The Federal Reserve and the Bank of England raised rates on Thursday."_s << u"Federal Reserve and the Bank of England raised rates"_s
            << u"2025-11-20"_s << u"raised"_s;
        QTest::newRow("two names joined by 'and'") << u"Gary Wang and Nishad Singh pleaded guilty on Monday."_s
                                                   << u"Gary Wang and Nishad Singh pleaded guilty"_s << u"2025-11-24"_s << u"pleaded"_s;
        QTest::newRow("a plural noun and a name") << u"Regulators and the Bank of England raised concerns on Thursday."_s
                                                  << u"Regulators and the Bank of England raised concerns"_s << u"2025-11-20"_s << u"raised"_s;
        // A past form after another verb or a preposition, before a noun, is an adjective.
        QTest::newRow("a participle after a verb describes the noun")
            << u"The governor toured flooded towns on Monday."_s << u"Governor toured flooded towns"_s << u"2025-11-24"_s << u"toured"_s;
        QTest::newRow("a participle after a preposition describes the noun")
            << u"Residents returned to damaged homes on Friday."_s << u"Residents returned"_s << u"2025-11-21"_s << u"returned"_s;
        QTest::newRow("an infinitive after 'to' is a verb")
            << u"The Fed still expects to cut rates twice this year."_s << u"Fed still expects to cut rates"_s << u"2025"_s << u"cut"_s;
        QTest::newRow("a participle after an auxiliary is the verb") << u"The storm had damaged homes across the county on Friday."_s
                                                                     << u"Storm had damaged homes across the county"_s << u"2025-11-21"_s << u"damaged"_s;
        QTest::newRow("a hyphened name is one possessor")
            << u"Caroline Ellison testified at Bankman-Fried's trial last year."_s << u"Bankman-Fried's trial"_s << u"2024"_s << u"trial"_s;
        QTest::newRow("near miss: a possessor of one word")
            << u"Caroline Ellison testified at Fried's trial last year."_s << u"Fried's trial"_s << u"2024"_s << u"trial"_s;
        // A dated clause whose verb is the text's last word, with no full stop after it.
        QTest::newRow("a verb closing the text") << u"George Kurtz spoke. On Friday he apologized"_s << u"Apologized"_s << u"2025-11-21"_s << u"apologized"_s;
        QTest::newRow("near miss: the verb and its full stop")
            << u"George Kurtz spoke. On Friday he apologized."_s << u"Apologized"_s << u"2025-11-21"_s << u"apologized"_s;
        // Two people joined by "and" before an aside and an auxiliary both take part.
        QTest::newRow("a pair before an aside") << u"Steve Witkoff and Yuri Ushakov, who both attended, are due to be questioned later this year."_s
                                                << u"Witkoff and Ushakov are due to be questioned"_s << u"2025"_s << u"questioned"_s;
        QTest::newRow("near miss: one person before an aside") << u"Steve Witkoff, who attended, is due to be questioned later this year."_s
                                                               << u"Witkoff is due to be questioned"_s << u"2025"_s << u"questioned"_s;
        QTest::newRow("counted forward to a named subject's deed")
            << u"On October 14, three days before Ukrainian President Volodymyr Zelensky visited the White House, the envoys spoke."_s << u"Zelensky's visit"_s
            << u"2025-10-17"_s << u"visit"_s;
        QTest::newRow("a deed after a comma is the sentence's own")
            << u"On October 14, three days before the summit, Ukrainian President Volodymyr Zelensky visited the White House."_s << u"Zelensky's visit"_s
            << u"2025-10-14"_s << u"visit"_s;
        QTest::newRow("a participle's aside between the subject and its auxiliary")
            << u"The offer, reached with the help of envoy Steve Witkoff, was announced on Saturday."_s << u"Offer was announced"_s << u"2025-11-22"_s
            << u"announcement"_s;
        QTest::newRow("an aside after a noun between the subject and its auxiliary")
            << u"The offer, a 35% raise over four years, was announced on Saturday."_s << u"Offer was announced"_s << u"2025-11-22"_s << u"announcement"_s;
        QTest::newRow("a participle's aside near miss: no aside, the name is the subject")
            << u"Envoy Steve Witkoff announced the offer on Saturday."_s << u"Witkoff's announcement"_s << u"2025-11-22"_s << u"announcement"_s;
        QTest::newRow("a plan set off by a comma and an adverb dates the noun before it")
            << u"The board will hold a three-day public hearing, tentatively planned for the summer."_s << u"Three-day public hearing"_s << u"2026"_s
            << u"hearing"_s;
        QTest::newRow("a plan set off by a comma dates the noun before it")
            << u"The board will hold a three-day public hearing, planned for the summer."_s << u"Three-day public hearing"_s << u"2026"_s << u"hearing"_s;
        QTest::newRow("a bound on a count of time is no object")
            << u"The storm arrived less than two weeks after another hurricane struck the coast on Sept. 26."_s << u"Storm arrived"_s << u"2025-W41"_s
            << u"arrived"_s;
        QTest::newRow("a bound on a count of things near miss: the object keeps it")
            << u"The storm destroyed more than 200 homes on Sept. 26."_s << u"Storm destroyed more than 200 homes"_s << u"2025-09-26"_s << u"destroyed"_s;
        QTest::newRow("a place with its state inside a phrase after the subject")
            << u"Factory workers in the Seattle area and Portland, Oregon, went on strike on Friday."_s << u"Factory workers went"_s << u"2025-11-21"_s
            << u"went"_s;
        QTest::newRow("a place with its state as the subject near miss: the place did it")
            << u"Valdosta, Georgia, reported gusts of 80 mph on Friday."_s << u"Valdosta reported gusts"_s << u"2025-11-21"_s << u"reported"_s;
        QTest::newRow("a vote against a thing: the date is the vote's")
            << u"Members voted 94.6% against the tentative agreement on Thursday."_s << u"Members' vote"_s << u"2025-11-20"_s << u"vote"_s;
        QTest::newRow("a vote overwhelmingly for a thing: the date is the vote's")
            << u"Members voted overwhelmingly for the new contract on Thursday."_s << u"Members' vote"_s << u"2025-11-20"_s << u"vote"_s;
        QTest::newRow("a thing right after its verb near miss: the date is the signing's")
            << u"Members signed the tentative agreement on Thursday."_s << u"Members' signing"_s << u"2025-11-20"_s << u"signing"_s;
        QTest::newRow("'between' ends an object") << u"The board counted 15,214 occasions between October 2021 and December 2024."_s
                                                  << u"Board counted 15,214 occasions"_s << u"2021-10"_s << u"counted"_s;
        QTest::newRow("'between' ends an object near miss: a plain object")
            << u"The board counted 15,214 occasions in October 2021."_s << u"Board counted 15,214 occasions"_s << u"2021-10"_s << u"counted"_s;
        QTest::newRow("nothing to count back from a month")
            << u"Putin called Trump last month, two days after the Geneva talks."_s << u"Geneva talks"_s << QString() << u"talks"_s;
        QTest::newRow("an auxiliary takes the sentence's subject")
            << u"The expansion, first approved in 2019, was meant to open in late 2026."_s << u"Expansion was meant to open"_s << u"2026"_s << u"meant"_s;
        QTest::newRow("the clause counted from keeps its date") << u"The leaked call took place two days before Trump and Putin spoke by phone on Oct. 16."_s
                                                                << u"Trump–Putin call"_s << u"2025-10-16"_s << u"call"_s;
        QTest::newRow("a place before the date") << u"By then Trump had already hosted Zelensky at the White House, on Oct. 17, and told him no."_s
                                                 << u"Trump had hosted Zelensky"_s << u"2025-10-17"_s << u"hosted"_s;
        QTest::newRow("a nationality is no party") << u"Witkoff met Russian officials in Abu Dhabi on Monday."_s << u"Witkoff's Abu Dhabi meeting"_s
                                                   << u"2025-11-24"_s << u"meeting"_s;
        QTest::newRow("called a person") << u"Vladimir Putin called Trump on Thursday, officials said."_s << u"Putin–Trump call"_s << u"2025-11-20"_s
                                         << u"call"_s;
        QTest::newRow("pair spoke by phone") << u"Two days later, Trump and Putin spoke by phone for more than two hours on October 16."_s
                                             << u"Trump–Putin call"_s << u"2025-10-16"_s << u"call"_s;
        QTest::newRow("subject noun takes the date") << u"A funeral will be held at Dunmere parish church on Friday."_s << u"Dunmere funeral"_s
                                                     << u"2025-11-28"_s << u"funeral"_s;
        QTest::newRow("later step") << u"She later chaired the national review of rural bridges, whose report in 1995 led to new rules."_s
                                    << u"Chaired the national review"_s << QString() << u"chaired"_s;
        QTest::newRow("report after whose") << u"She later chaired the national review of rural bridges, whose report in 1995 led to new rules."_s
                                            << u"Report"_s << u"1995"_s << u"report"_s;
        QTest::newRow("state before") << u"Previously, the valley's only road link had been a single-track pass that closed with the first snow."_s
                                      << u"Valley's only road link had been a single-track pass"_s << QString() << u"been"_s;
        QTest::newRow("year and pronoun leave the label")
            << u"In 1988 she won the Telford Medal for the viaduct."_s << u"Won the Telford Medal"_s << u"1988"_s << u"won"_s;
        QTest::newRow("appositive finer date") << u"The trial opened last month, on Oct. 13, but was halted after two days."_s << u"Trial"_s << u"2025-10-13"_s
                                               << u"trial"_s;
        QTest::newRow("met in a month") << u"The two foreign ministers then met three times in September to rebuild the agenda."_s
                                        << u"Two foreign ministers met three times"_s << u"2025-09"_s << u"meeting"_s;
        QTest::newRow("scheduled to meet") << u"The commission is due to meet for the first time on Dec. 3."_s << u"Commission due to meet"_s << u"2025-12-03"_s
                                           << u"meet"_s;
        QTest::newRow("date opens the sentence") << u"In 2019 a fire in the same section of the mine forced an evacuation."_s << u"Fire"_s << u"2019"_s
                                                 << u"fire"_s;
        QTest::newRow("annual meeting is its own")
            << u"The talks follow a hard year. The chairwoman told shareholders at the annual meeting in June that she would stay."_s << u"Annual meeting"_s
            << u"2025-06"_s << u"meeting"_s;
        QTest::newRow("cut to fewer points") << u"The 28-point peace plan drew fire. It was cut to 19 points after the talks in Geneva."_s
                                             << u"19-point revised plan"_s << QString() << u"plan"_s;
        QTest::newRow("transcript") << u"The envoy coached the aide, according to a transcript published by Bloomberg on Tuesday."_s
                                    << u"Bloomberg transcript"_s << u"2025-11-25"_s << u"transcript"_s;
        QTest::newRow("calendar date restates a relative one")
            << u"Two days later, the leaders spoke. On Friday of that week, October 17, Zelensky came to the White House."_s << u"Zelensky came"_s
            << u"2025-10-17"_s << u"came"_s;
        QTest::newRow("name in apposition") << u"Her best-known work, the Carran Bridge, opened in June 1979 after four years of work."_s
                                            << u"Carran Bridge opened"_s << u"1979-06"_s << u"opened"_s;
        QTest::newRow("remarks by nobody named") << u"A spokesman told reporters on Thursday that the vote was fair."_s << u"Spokesman told reporters"_s
                                                 << u"2025-11-20"_s << u"told"_s;
        QTest::newRow("deadline") << u"Rubio said the Thursday deadline was not fixed, after the ruling on Monday."_s << u"Deadline"_s << u"2025-11-27"_s
                                  << u"deadline"_s;
        QTest::newRow("recall absorbed") << u"The ministry ordered the recall of a batch of formula made by Dairyvale Foods on Thursday."_s
                                         << u"Ministry ordered the recall"_s << u"2025-11-20"_s << u"recall"_s;
        QTest::newRow("found guilty is a verdict on the person") << u"A jury on Thursday found former Lakeview mayor Robert Kaine guilty of accepting bribes."_s
                                                                 << u"Kaine found guilty"_s << u"2025-11-20"_s << u"verdict"_s;
        QTest::newRow("found without guilty stays a finding") << u"Investigators on Thursday found the missing records in a basement."_s
                                                              << u"Investigators found the missing records"_s << u"2025-11-20"_s << u"found"_s;
        QTest::newRow("subject before a place") << u"Schools in the area will stay closed on Monday."_s << u"Schools will stay closed"_s << u"2025-12-01"_s
                                                << u"closed"_s;
        QTest::newRow("subject after though") << u"The Met Office expects rain on Tuesday, though forecasters said it should be lighter."_s
                                              << u"Forecasters' statement"_s << u"2025-12-02"_s << u"said"_s;
        QTest::newRow("a date set for lies ahead, and is the sentencing's")
            << u"Whitfield set sentencing for Feb. 19."_s << u"Sentencing set for Feb. 19"_s << u"2026-02-19"_s << u"sentencing"_s;
        QTest::newRow("what was expected keeps its figure") << u"The factory was expected to employ about 1,800 people when it opened in 2027."_s
                                                            << u"Factory expected to employ about 1,800 people"_s << u"2027"_s << u"employ"_s;
        QTest::newRow("it in a joined clause is the sentence's subject")
            << u"The factory was expected to employ about 1,800 people when it opened in 2027."_s << u"Factory opened"_s << u"2027"_s << u"opened"_s;
        QTest::newRow("a river bursting its banks is the flooding") << u"Thousands were moved after the River Calder burst its banks on Sunday."_s
                                                                    << u"River Calder burst its banks"_s << u"2025-11-23"_s << u"flooding"_s;
        QTest::newRow("that summit is the one placed before")
            << u"Afterward, Trump said the two leaders would meet in Budapest. That summit never took place."_s << u"Budapest summit"_s << QString()
            << u"summit"_s;
        QTest::newRow("a summit not pointed back to takes no place")
            << u"Trump said the two leaders would meet in Budapest. A summit of the bloc opened in Brussels."_s << u"Summit"_s << QString() << u"summit"_s;
        // Timeline entries date what they tell, in whatever tense
        QTest::newRow("entry with an event noun") << u"Oct. 16: Putin and Trump hold a two-and-a-half-hour phone call."_s << u"Putin–Trump call"_s
                                                  << u"2025-10-16"_s << u"call"_s;
        QTest::newRow("entry with a present verb") << u"Nov. 21: Trump says Ukraine has until Thanksgiving to accept the plan."_s << u"Trump's statement"_s
                                                   << u"2025-11-21"_s << u"said"_s;
        QTest::newRow("entry with a present visit") << u"Oct. 17: Zelensky visits the White House, hoping to secure missiles."_s << u"Zelensky's visit"_s
                                                    << u"2025-10-17"_s << u"visit"_s;
        QTest::newRow("entry after a dash") << u"- Oct. 17 \u2014 Zelensky visits the White House, hoping to secure missiles."_s << u"Zelensky's visit"_s
                                            << u"2025-10-17"_s << u"visit"_s;
        QTest::newRow("entry in passive after a dash")
            << u"April 26 \u2014 The body of a third worker is recovered."_s << u"Third worker recovered"_s << u"2025-04-26"_s << u"recovered"_s;
        QTest::newRow("entry with a light verb and its noun") << u"- Sept. 26: Helene makes landfall near Perry as a Category 4 hurricane."_s
                                                              << u"Helene made landfall near Perry"_s << u"2025-09-26"_s << u"made"_s;
        QTest::newRow("entry with a present verb and a figure")
            << u"- Sept. 30: The death toll passes 100 across six states."_s << u"Death toll passed 100 across six states"_s << u"2025-09-30"_s << u"passed"_s;
        QTest::newRow("entry with a present verb and a preposition")
            << u"- Sept. 24: Helene forms in the northwestern Caribbean."_s << u"Helene formed"_s << u"2025-09-24"_s << u"formed"_s;
        QTest::newRow("entry with a plural subject and a plain present")
            << u"- Nov. 1: SNAP benefits lapse for the first time."_s << u"SNAP benefits lapsed"_s << u"2025-11-01"_s << u"lapsed"_s;
        QTest::newRow("entry with a singular present and its particle")
            << u"- June 22: The oxygen estimate runs out in the morning."_s << u"Oxygen estimate ran out"_s << u"2025-06-22"_s << u"ran"_s;
        QTest::newRow("entry whose object has a bound of its own") << u"- Sept. 19: The House passes a stopgap bill to fund the government through Nov. 21."_s
                                                                   << u"House passed a stopgap bill"_s << u"2025-09-19"_s << u"passed"_s;
        QTest::newRow("entry with a plural subject is no verb") << u"- Sept. 29: Rescue teams reach the cut-off town of Chimney Rock."_s
                                                                << u"Rescue teams reached the cut-off town"_s << u"2025-09-29"_s << u"reached"_s;
        QTest::newRow("entry's present before a clause of its own") << u"- March 1: One lane reopens on Interstate 40, five months after the road collapsed."_s
                                                                    << u"One lane reopened"_s << u"2025-03-01"_s << u"reopened"_s;
        // A life's list leaves out whom it is about: the entry opens with its verb.
        QTest::newRow("entry that opens with its verb") << u"- Dec. 29, 2024: Dies at home in Plains."_s << u"Died"_s << u"2024-12-29"_s << u"died"_s;
        QTest::newRow("entry that opens with its verb and object")
            << u"- Feb. 18, 2023: Enters hospice care at home."_s << u"Entered hospice care"_s << u"2023-02-18"_s << u"entered"_s;
        QTest::newRow("entry of a year that opens with its verb")
            << u"- 1946: Graduates from the Naval Academy."_s << u"Graduated"_s << u"1946"_s << u"graduated"_s;
        QTest::newRow("entry that opens with an auxiliary")
            << u"- Oct. 11, 2002: Is awarded the Nobel Peace Prize."_s << u"Awarded the Nobel Peace Prize"_s << u"2002-10-11"_s << u"awarded"_s;
        QTest::newRow("entry that opens with a participle") << u"- Jan. 20, 1977: Sworn in as president."_s << u"Sworn"_s << u"1977-01-20"_s << u"sworn"_s;
        QTest::newRow("entry's reopening before a participle") << u"- Nov. 2: The Biltmore Estate reopens to visitors after five weeks closed."_s
                                                               << u"Biltmore Estate reopened"_s << u"2025-11-02"_s << u"reopened"_s;
        QTest::newRow("an adverb before a participle adjective")
            << u"Hurricane Helene made landfall in Florida's sparsely populated Big Bend region late on Thursday."_s << u"Hurricane Helene made landfall"_s
            << u"2025-11-20"_s << u"made"_s;
        QTest::newRow("an adverb before a past verb") << u"Officials quickly evacuated the island on Thursday."_s << u"Officials evacuated the island"_s
                                                      << u"2025-11-20"_s << u"evacuated"_s;
        QTest::newRow("an opening date past an aside")
            << u"Late on Wednesday local time, as the town was still counting its losses, Hurricane Milton made landfall near Siesta Key, less than two weeks after Helene."_s
            << u"Hurricane Milton made landfall near Siesta Key"_s << u"2025-11-26"_s << u"made"_s;
        QTest::newRow("the main clause past an aside") << u"Late on Wednesday, as the town counted its losses, officials warned of more rain."_s
                                                       << u"Officials' warning"_s << u"2025-11-26"_s << u"warned"_s;
        QTest::newRow("an aside that never closes keeps the date")
            << u"Late on Wednesday, as the town counted its losses."_s << u"Town counted its losses"_s << u"2025-11-26"_s << u"counted"_s;
        QTest::newRow("entry where a storm becomes a kind")
            << u"- Sept. 25: Helene becomes a hurricane over the Gulf."_s << u"Helene became a hurricane"_s << u"2025-09-25"_s << u"became"_s;
        QTest::newRow("a storm's movement is its clause") << u"The storm moved north through Georgia on Sept. 27 and brought historic flooding."_s
                                                          << u"Storm moved north through Georgia"_s << u"2025-09-27"_s << u"moved"_s;
        QTest::newRow("a storm's landfall far from its date")
            << u"The storm came ashore in Florida's Big Bend, near the small town of Perry, late on Thursday 26 September local time, with winds of 140mph."_s
            << u"Storm came ashore"_s << u"2024-09-26"_s << u"came"_s;
        QTest::newRow("a storm that hit is the storm") << u"The storm hit the coast on Friday."_s << u"Storm"_s << u"2025-11-21"_s << u"storm"_s;
        QTest::newRow("entry where a storm does something")
            << u"- Sept. 27: The storm races through Georgia overnight."_s << u"Storm raced through Georgia overnight"_s << u"2025-09-27"_s << u"raced"_s;
        QTest::newRow("entry that is only the storm") << u"- Sept. 27: A second storm over the Gulf."_s << u"Storm"_s << u"2025-09-27"_s << u"storm"_s;
        QTest::newRow("entry that is only a noun phrase")
            << u"- April 22, 2024: Opening statements."_s << u"Opening statements"_s << u"2024-04-22"_s << u"statements"_s;
        QTest::newRow("entry whose verb stands between two names")
            << u"- Nov. 5, 2024: Trump defeats Kamala Harris."_s << u"Trump defeated Kamala Harris"_s << u"2024-11-05"_s << u"defeated"_s;
        QTest::newRow("entry whose verb comes before a sum")
            << u"- Oct. 27, 2016: Michael Cohen wires $130,000 to a lawyer."_s << u"Michael Cohen wired $130,000"_s << u"2016-10-27"_s << u"wired"_s;
        // A plan told as it once stood says so; one told as it stands is the thing planned.
        QTest::newRow("a hearing put off is no hearing held")
            << u"The judge postponed the trial on Tuesday."_s << u"Trial postponed"_s << u"2025-11-25"_s << u"trial"_s;
        // The subject: a pronoun right before the verb is all of it; an infinitive's object is not.
        QTest::newRow("a pronoun before the verb is its subject")
            << u"Putin told the envoys he would keep the troops there on Friday."_s << u"Putin would keep the troops there"_s << u"2025-11-28"_s << u"keep"_s;
        QTest::newRow("an infinitive's object is no subject")
            << u"The defendant's applications to stay the sentencing were denied on Tuesday."_s
            << u"Defendant's applications to stay the sentencing were denied"_s << u"2025-11-25"_s << u"denied"_s;
        QTest::newRow("a subject after 'and' stays short")
            << u"Lawyers went to court to stop the plan, and the judge ruled on Tuesday."_s << u"Judge ruled"_s << u"2025-11-25"_s << u"ruling"_s;
        QTest::newRow("an infinitive that moved a day is what was agreed")
            << u"On Tuesday the judge agreed to delay the hearing to Dec. 18."_s << u"Judge agreed to delay the hearing to Dec. 18"_s << u"2025-11-25"_s
            << u"agreed"_s;
        QTest::newRow("an infinitive with no day set stays out")
            << u"On Tuesday the judge agreed to hear the case."_s << u"Judge agreed"_s << u"2025-11-25"_s << u"agreed"_s;
        QTest::newRow("a plan as it once stood") << u"The trial was first scheduled to start on March 25."_s << u"Trial first scheduled for March 25"_s
                                                 << u"2026-03-25"_s << u"trial"_s;
        QTest::newRow("a plan as it stands") << u"The trial is scheduled to start on March 25."_s << u"Trial"_s << u"2026-03-25"_s << u"trial"_s;
        QTest::newRow("the noun that opens the sentence was set")
            << u"His federal trial in Washington on charges of trying to overturn the 2020 election had been set for March 4."_s << u"Trial set for March 4"_s
            << u"2026-03-04"_s << u"trial"_s;
        QTest::newRow("a live blog's time stamp on its own line")
            << u"10:40 p.m.\nStorm surge is rising fast. A tide gauge in the harbour stopped reporting a while ago."_s << u"Tide gauge stopped reporting"_s
            << u"2025-11-26"_s << u"stopped"_s;
        QTest::newRow("the word that led to a time leaves the label") << u"Valdosta reported gusts above 100 mph shortly after 1 a.m. on Friday."_s
                                                                      << u"Valdosta reported gusts above 100 mph"_s << u"2025-11-21"_s << u"reported"_s;
        QTest::newRow("an adverb of the deed stays") << u"The mayor spoke briefly on Friday."_s << u"Mayor spoke briefly"_s << u"2025-11-21"_s << u"spoke"_s;
        QTest::newRow("entry's first verb is its own") << u"- Oct. 2: Biden surveys the damage from the air and meets local officials."_s
                                                       << u"Biden surveyed the damage"_s << u"2025-10-02"_s << u"surveyed"_s;
        QTest::newRow("a second date opens its own clause")
            << u"By 1 October the figure had passed 160, and on 7 October it stood above 230, more than half of them in North Carolina."_s
            << u"Stood above 230"_s << u"2025-10-07"_s << u"stood"_s;
        QTest::newRow("a second date of the same deed")
            << u"The council met on 1 October and on 7 October, officials said."_s << u"Council met"_s << u"2025-10-01"_s << u"meeting"_s;
        QTest::newRow("an opening date is no part of the subject")
            << u"On 29 September officials spoke of about 90 dead."_s << u"Officials spoke"_s << u"2025-09-29"_s << u"spoke"_s;
        QTest::newRow("a place and its state set off by commas") << u"Valdosta, Georgia, reported gusts above 100 mph shortly after 1 a.m. on Friday."_s
                                                                 << u"Valdosta reported gusts above 100 mph"_s << u"2025-11-21"_s << u"reported"_s;
        QTest::newRow("a storm by its name") << u"Two weeks after Hurricane Helene swept out of the Gulf, towns are still digging out."_s
                                             << u"Hurricane Helene"_s << QString() << u"hurricane"_s;
        QTest::newRow("a storm without a name") << u"Two weeks after the hurricane swept out of the Gulf, towns are still digging out."_s << u"Hurricane"_s
                                                << QString() << u"hurricane"_s;
        QTest::newRow("entry dated by its time of day")
            << u"- March 26, 1:25 a.m. \u2014 The ship suffers a blackout."_s << u"Ship suffered a blackout"_s << u"2025-03-26"_s << u"suffered"_s;
        QTest::newRow("an entry's verb with a pronoun after it")
            << u"- Nov. 2, 2023 – The jury finds him guilty on all seven counts."_s << u"Jury found him guilty"_s << u"2023-11-02"_s << u"found"_s;
        QTest::newRow("an entry's verb with a particle")
            << u"- Nov. 9, 2022 – Binance backs out."_s << u"Binance backed out"_s << u"2022-11-09"_s << u"backed"_s;
        QTest::newRow("a noun-like entry verb after a name")
            << u"- Nov. 11, 2022 – FTX files for bankruptcy."_s << u"FTX filed"_s << u"2022-11-11"_s << u"filed"_s;
        QTest::newRow("... but a plural noun after an adjective is no verb")
            << u"- Jan. 1, 2024 – New rules take effect for lenders."_s << u"New rules took effect"_s << u"2024-01-01"_s << u"took"_s;
        QTest::newRow("a dateline's date is no entry's")
            << u"GENEVA, Nov. 24 \u2014 Witkoff met Umerov on Friday to discuss the plan."_s << u"Witkoff–Umerov meeting"_s << u"2025-11-21"_s << u"meeting"_s;
        QTest::newRow("an entry's report, not the crash it tells of")
            << u"May 14 \u2014 The board releases its preliminary report, which says the ship lost power before the crash."_s
            << u"Board released its preliminary report"_s << u"2025-05-14"_s << u"released"_s;
        QTest::newRow("an entry's object is its event")
            << u"May 14 \u2014 The board holds a hearing on the crash."_s << u"Hearing"_s << u"2025-05-14"_s << u"hearing"_s;
        QTest::newRow("a happening counted back from the sentence's day")
            << u"On Oct. 14, six days after the crash, the owners asked a court to cap their liability."_s << u"Crash"_s << u"2025-10-08"_s << u"crash"_s;
        QTest::newRow("a happening after the sentence's day takes it")
            << u"On Oct. 14, six days after the crash, the owners held a meeting with the families."_s << u"Owners held a meeting"_s << u"2025-10-14"_s
            << u"meeting"_s;
        QTest::newRow("a past verb after a relative 'that' dates its clause")
            << u"The companies that own the ship that destroyed the bridge in March have agreed to pay $102 million."_s << u"Ship destroyed the bridge"_s
            << u"2025-03"_s << u"destroyed"_s;
        QTest::newRow("a participle after 'that' as a determiner stays an adjective")
            << u"Officials inspected that damaged section in March."_s << u"Officials inspected"_s << u"2025-03"_s << u"inspected"_s;
        QTest::newRow("the trial set, not what it is about")
            << u"A trial on whether the owners can limit their liability is set for June 2026."_s << u"Trial"_s << u"2026-06"_s << u"trial"_s;
        QTest::newRow("a noun set that is no event keeps its own phrase")
            << u"Lawyers who filed claims over the crash say the payout is set for June 2026."_s << u"Payout"_s << u"2026-06"_s << u"payout"_s;
        QTest::newRow("the second verb of a subject") << u"A container ship lost power and slammed into a pier of the bridge early on Tuesday."_s
                                                      << u"Container ship slammed"_s << u"2025-11-25"_s << u"slammed"_s;
        QTest::newRow("the second verb of a subject after a dateline")
            << u"BALTIMORE (HWS) \u2014 A container ship lost power and slammed into a pier of the Key Bridge early Tuesday, bringing down the span."_s
            << u"Container ship slammed"_s << u"2025-11-25"_s << u"slammed"_s;
        QTest::newRow("a person named after the verb is not its subject")
            << u"A tanker lost power and rammed the yacht of Steve Witkoff on Tuesday."_s << u"Tanker rammed the yacht"_s << u"2025-11-25"_s << u"rammed"_s;
        QTest::newRow("a person named before the verb is its subject")
            << u"Officials said Witkoff later arrived in Moscow on Tuesday."_s << u"Witkoff arrived"_s << u"2025-11-25"_s << u"arrived"_s;
        QTest::newRow("a named subject before an apposition")
            << u"The Fort McHenry Channel, the main route into the port, returned to its full depth on Monday."_s << u"Fort McHenry Channel returned"_s
            << u"2025-11-24"_s << u"returned"_s;
        QTest::newRow("a name too long to be a subject")
            << u"The Fort McHenry Federal Navigation Channel, the main route into the port, returned to its full depth on Monday."_s << u"Returned"_s
            << u"2025-11-24"_s << u"returned"_s;
        QTest::newRow("a letter of an initialism is no subject")
            << u"The U.S. Coast Guard, which is still investigating the cause of the fire, said it would publish its findings by the end of the year."_s
            << u"Would publish its findings"_s << u"2025-12"_s << u"publish"_s;
        QTest::newRow("a pronoun is no subject")
            << u"What followed was the plan, drafted after Kirill Dmitriev, the head of the fund, visited Mr Witkoff in Miami in late October."_s
            << u"Visited Witkoff"_s << u"2025-10"_s << u"visit"_s;
        QTest::newRow("a person of an organisation told") << u"Envoy Steve Witkoff of the State Department told reporters on Tuesday that talks would go on."_s
                                                          << u"Witkoff told reporters"_s << u"2025-11-25"_s << u"told"_s;
        QTest::newRow("a common noun of an organisation did it")
            << u"The chairman of the port board resigned on Tuesday."_s << u"Chairman of the port board resigned"_s << u"2025-11-25"_s << u"resignation"_s;
        QTest::newRow("a passive after a name in apposition") << u"The last of the six victims, Jose Mynor Lopez, was recovered from the river on 7 May."_s
                                                              << u"Jose Mynor Lopez was recovered"_s << u"2025-05-07"_s << u"recovered"_s;
        QTest::newRow("a passive with a subject of its own")
            << u"Divers said a fourth body was recovered from the river on 7 May."_s << u"Fourth body was recovered"_s << u"2025-05-07"_s << u"recovered"_s;
        QTest::newRow("the subject after an opening date") << u"On March 26, the freighter lost power and struck a pier of the bridge at 1:28 a.m."_s
                                                           << u"Freighter struck a pier"_s << u"2025-03-26"_s << u"struck"_s;
        QTest::newRow("an opening phrase with no comma is the subject's")
            << u"In the harbor the freighter lost power and struck a pier of the bridge on March 26."_s << u"Struck a pier"_s << u"2025-03-26"_s << u"struck"_s;
        QTest::newRow("an opening phrase with no date is kept") << u"In its complaint, filed on Sept. 18, the department accused the owners of negligence."_s
                                                                << u"Complaint filed"_s << u"2025-09-18"_s << u"filed"_s;
        QTest::newRow("the noun before a relative 'who' did it")
            << u"Three of the six workers who died on March 26 are still missing."_s << u"Six workers died"_s << u"2025-03-26"_s << u"died"_s;
        QTest::newRow("a name before 'who' is left to the people stage")
            << u"It was Witkoff who arrived on March 26 with the plan."_s << u"Witkoff arrived"_s << u"2025-03-26"_s << u"arrived"_s;
        QTest::newRow("an entry's present told in the past")
            << u"- May 2 \u2014 The council bans the app."_s << u"Council banned the app"_s << u"2025-05-02"_s << u"banned"_s;
        QTest::newRow("an entry's verb of unknown stress stays as written")
            << u"- May 2 \u2014 The union rebuts the claims."_s << u"Union rebuts the claims"_s << u"2025-05-02"_s << u"rebuts"_s;
        QTest::newRow("a quantity's thing after 'of'") << u"The freighter struck one of the bridge's main supports at 1:28 a.m. on March 26."_s
                                                       << u"Freighter struck one of the bridge's main supports"_s << u"2025-03-26"_s << u"struck"_s;
        QTest::newRow("an object's 'of' after a noun ends it")
            << u"The freighter struck the pier of the bridge at 1:28 a.m. on March 26."_s << u"Freighter struck the pier"_s << u"2025-03-26"_s << u"struck"_s;
        QTest::newRow("'it' opening a clause is the sentence before's subject")
            << u"Across the harbor, the freighter was being loaded with containers. Shortly before 1 a.m. it pulled away from the terminal."_s
            << u"Freighter pulled away"_s << u"2025-11-26"_s << u"pulled"_s;
        QTest::newRow("an 'it' that names nothing")
            << u"The freighter was being loaded with containers. Shortly before 1 a.m. it emerged that the crew had been warned."_s << u"Emerged"_s
            << u"2025-11-26"_s << u"emerged"_s;
        QTest::newRow("plural visits stay a noun") << u"Zelensky visits to Washington have grown rarer."_s << u"Zelensky Washington visit"_s << QString()
                                                   << u"visit"_s;
        QTest::newRow("two people did it") << u"Trump and Putin agreed on Oct. 16 to meet in Budapest."_s << u"Trump and Putin agreed"_s << u"2025-10-16"_s
                                           << u"agreed"_s;
        QTest::newRow("a pair after between is no subject")
            << u"Talks between Trump and Putin ended on Oct. 16."_s << u"Talks ended"_s << u"2025-10-16"_s << u"ended"_s;
        QTest::newRow("a pronoun subject is the paragraph's person")
            << u"Zelensky left Washington empty-handed. He returned to Kyiv on Oct. 18."_s << u"Zelensky returned"_s << u"2025-10-18"_s << u"returned"_s;
        QTest::newRow("a figure with thousands") << u"More than 160,000 customers had lost power on Saturday."_s << u"160,000 customers had lost power"_s
                                                 << u"2025-11-22"_s << u"lost"_s;
        QTest::newRow("more than a figure") << u"Russian forces launched more than 460 drones on Tuesday."_s
                                            << u"Russian forces launched more than 460 drones"_s << u"2025-11-25"_s << u"launch"_s;
        QTest::newRow("the thing set is the head before of")
            << u"The trial of the former mayor is set for March 3."_s << u"Trial of the former mayor"_s << u"2026-03-03"_s << u"trial"_s;
        QTest::newRow("a plural's meeting") << u"Officials met on Monday."_s << u"Officials' meeting"_s << u"2025-11-24"_s << u"meeting"_s;
        QTest::newRow("people of an in-which clause") << u"The recording captures a call on Oct. 14 in which Witkoff advised Ushakov on the plan."_s
                                                      << u"Witkoff–Ushakov call"_s << u"2025-10-14"_s << u"call"_s;
        QTest::newRow("an age between commas") << u"Graham Thorpe, 61, who led the council from 2016, was charged in 2024."_s
                                               << u"Graham Thorpe led the council"_s << u"2016"_s << u"led"_s;
        QTest::newRow("a date after that is the reported clause's")
            << u"Jurors have heard that between March 2018 and October 2021 the council awarded 27 contracts."_s << u"Council awarded 27 contracts"_s
            << u"2018-03"_s << u"awarded"_s;
        QTest::newRow("a date after said that and a verb")
            << u"Jurors heard that the council awarded contracts in March 2018."_s << u"Council awarded contracts"_s << u"2018-03"_s << u"awarded"_s;
        QTest::newRow("due to begin, past an aside") << u"A second trial, of two former officers charged with misconduct, is due to begin on Feb. 2."_s
                                                     << u"Second trial"_s << u"2026-02-02"_s << u"trial"_s;
        QTest::newRow("a name before which") << u"Bram follows Storm Amy, which brought winds of almost 100 mph in early October."_s
                                             << u"Storm Amy brought winds"_s << u"2025-10"_s << u"brought"_s;
        QTest::newRow("who after a name keeps the whole name")
            << u"Officials praised Dan Hale, who resigned in early October."_s << u"Dan Hale resigned"_s << u"2025-10"_s << u"resignation"_s;
        QTest::newRow("who after a titled phrase keeps it") << u"The former mayor of Lakeview, who resigned in early October, was charged."_s
                                                            << u"Former mayor of Lakeview resigned"_s << u"2025-10"_s << u"resignation"_s;
        QTest::newRow("not since keeps its not") << u"Junior doctors had not walked out since the 1980s."_s << u"Junior doctors had not walked out"_s
                                                 << u"198X"_s << u"walked"_s;
        QTest::newRow("a pronoun after the clause's date")
            << u"Zelensky studied law in Kyiv. In 1995 she founded a studio."_s << u"Zelensky founded a studio"_s << u"1995"_s << u"founded"_s;
        QTest::newRow("late before a time is the time's") << u"The storm, the second named storm of the season, made landfall late on Friday night."_s
                                                          << u"Storm made landfall"_s << u"2025-11-21"_s << u"made"_s;
        QTest::newRow("a length of time as the object")
            << u"Witkoff spent three days in Miami at the end of October."_s << u"Witkoff spent three days"_s << u"2025-10"_s << u"spent"_s;
        QTest::newRow("expected in a place") << u"Witkoff is expected in Moscow next week."_s << u"Witkoff expected in Moscow"_s << u"2025-W49"_s
                                             << u"expected"_s;
        QTest::newRow("expected in a time stays short") << u"Witkoff is expected in the spring."_s << u"Witkoff expected"_s << u"2026"_s << u"expected"_s;
        QTest::newRow("a time opening its sentence before a comma dates it")
            << u"The strike began on Oct. 1, 2024. Two weeks later, more than 300 workers from the Northern Plant Union signed a petition."_s
            << u"Union's signing"_s << u"2024-W42"_s << u"signing"_s;
        QTest::newRow("a time opening its sentence leaves the sentence's own date")
            << u"The strike began on Oct. 1, 2024. Two weeks later, more than 300 workers from the Northern Plant Union signed a petition on Oct. 20."_s
            << u"Union's signing"_s << u"2024-10-20"_s << u"signing"_s;
        QTest::newRow("a count restated by a written date")
            << u"The firm was founded in 2018. Three years later, in July 2021, the Titan made its first dives."_s << u"Titan made its first dives"_s
            << u"2021-07"_s << u"made"_s;
        QTest::newRow("the date a thing is set for is the thing's")
            << u"U.S. District Judge Sharon Whitfield set sentencing for Feb. 19."_s << u"Sentencing set for Feb. 19"_s << u"2026-02-19"_s << u"sentencing"_s;
        QTest::newRow("a particle makes another verb")
            << u"The mayor set aside funds for Friday."_s << u"Mayor set aside funds"_s << u"2025-11-28"_s << u"set"_s;
        QTest::newRow("the day a happening runs until is its end")
            << u"The public hearing opened on Monday. The hearing is set to run until Dec. 5."_s << u"Public hearing"_s << u"2025-11-24"_s << u"hearing"_s;
        QTest::newRow("what did not happen until a day happened on it")
            << u"The port did not reopen until Sept. 10."_s << u"Port did not reopen"_s << u"2025-09-10"_s << u"did"_s;
        QTest::newRow("a noun in -ly is the subject") << u"By Thursday morning the oxygen supply was thought to have run out."_s
                                                      << u"Oxygen supply was thought"_s << u"2025-11-20"_s << u"thought"_s;
        QTest::newRow("an adverb in -ly is no subject")
            << u"The storm quickly weakened on Thursday."_s << u"Storm weakened"_s << u"2025-11-20"_s << u"weakened"_s;
        QTest::newRow("it after a joining word is the sentence's subject")
            << u"The Coast Guard in Boston took charge of the search after it was alerted on Sunday evening."_s << u"Coast Guard was alerted"_s
            << u"2025-11-23"_s << u"alerted"_s;
        QTest::newRow("it after says is the sayer") << u"The Navy later says it heard an acoustic anomaly on Sunday."_s << u"Navy heard an acoustic anomaly"_s
                                                    << u"2025-11-23"_s << u"heard"_s;
        QTest::newRow("it is the named thing before it")
            << u"The 96 hours of oxygen the Titan carried when it set off on Sunday are now used up."_s << u"Titan set off"_s << u"2025-11-23"_s << u"set"_s;
        QTest::newRow("it is not who said the clause")
            << u"Officials said the bridge collapsed after it was struck on Tuesday."_s << u"Was struck"_s << u"2025-11-25"_s << u"struck"_s;
        QTest::newRow("a weather it is no person") << u"Witkoff met aides in Paris before it rained on Tuesday."_s << u"Rained"_s << u"2025-11-25"_s
                                                   << u"rained"_s;
        QTest::newRow("the noun before a clause about something is the subject")
            << u"Questions about who should investigate the disaster were being raised on Tuesday."_s << u"Questions were raised"_s << u"2025-11-25"_s
            << u"raised"_s;
        QTest::newRow("a modal's own subject stays") << u"The company said it would investigate the disaster on Friday."_s
                                                     << u"Company would investigate the disaster"_s << u"2025-11-28"_s << u"investigate"_s;
        QTest::newRow("a weather it is nobody") << u"The mayor says it rained heavily on Sunday."_s << u"Rained heavily"_s << u"2025-11-23"_s << u"rained"_s;
        QTest::newRow("a model's number is part of the subject") << u"A Canadian P-3 aircraft picked up banging noises on Tuesday."_s
                                                                 << u"Canadian P-3 aircraft picked up banging noises"_s << u"2025-11-25"_s << u"picked"_s;
        QTest::newRow("the place after at qualifies the subject")
            << u"Junior doctors at Northmoor's three hospitals walked out on Monday."_s << u"Junior doctors walked out"_s << u"2025-11-24"_s << u"walked"_s;
        QTest::newRow("who after auxiliaries is the noun before it")
            << u"Critics, among them a former employee who was fired in 2018, had warned that the hull had not been tested enough."_s
            << u"Former employee was fired"_s << u"2018"_s << u"fired"_s;
        QTest::newRow("the point of a place's short title stays in the object")
            << u"June 16, 2023: The Polar Prince leaves St. John's, Newfoundland, carrying the Titan."_s << u"Polar Prince left St. John's"_s << u"2023-06-16"_s
            << u"left"_s;
        QTest::newRow("a sentence's full stop ends the object")
            << u"On Sunday the ship reached Port Ry. Crews unloaded it the next day."_s << u"Ship reached Port Ry."_s << u"2025-11-23"_s << u"reached"_s;
        QTest::newRow("an institution's name before its verb is whole") << u"The Coast Guard told reporters on Sunday evening that the craft was overdue."_s
                                                                        << u"Coast Guard told reporters"_s << u"2025-11-23"_s << u"told"_s;
        QTest::newRow("a capitalised word before a noun describes it")
            << u"Witkoff then met Russian officials in Abu Dhabi on Monday."_s << u"Witkoff's Abu Dhabi meeting"_s << u"2025-11-24"_s << u"meeting"_s;
        QTest::newRow("a possessor is not who told")
            << u"OceanGate's former director of marine operations told a Coast Guard panel on Tuesday that the company cared more about money."_s
            << u"Remarks to a Coast Guard panel"_s << u"2025-11-25"_s << u"told"_s;
        QTest::newRow("the noun before a participle did it")
            << u"A Canadian patrol plane searching for a missing submersible in the North Atlantic picked up underwater noises on Tuesday."_s
            << u"Canadian patrol plane picked up underwater noises"_s << u"2025-11-25"_s << u"picked"_s;
        QTest::newRow("a participle after the opening noun")
            << u"Rescuers working in the rubble found two survivors on Tuesday."_s << u"Rescuers found two survivors"_s << u"2025-11-25"_s << u"found"_s;
        QTest::newRow("an -ing word before a noun is a compound's")
            << u"A senior official says the Navy's underwater listening system picked up an acoustic anomaly on Sunday."_s
            << u"Navy's underwater listening system picked up an acoustic anomaly"_s << u"2025-11-23"_s << u"picked"_s;
        QTest::newRow("a gerund after a preposition is no participle")
            << u"Delta sued CrowdStrike on Tuesday, accusing the company of pushing an untested update that caused a collapse in July."_s
            << u"Untested update caused a collapse"_s << u"2025-07"_s << u"caused"_s;
        QTest::newRow("an -ing noun before the verb is the subject")
            << u"Coastal flooding remained likely on Tuesday."_s << u"Coastal flooding remained likely"_s << u"2025-11-25"_s << u"remained"_s;
        QTest::newRow("an object cut inside a figure leaves it out")
            << u"On Nov. 20, a remotely operated vehicle located a debris field about 1,600 feet from the bow of the wreck."_s
            << u"Vehicle located a debris field"_s << u"2025-11-20"_s << u"located"_s;
        QTest::newRow("a whole figure stays") << u"The firm laid off 1,200 workers on Tuesday."_s << u"Firm laid off 1,200 workers"_s << u"2025-11-25"_s
                                              << u"laid"_s;
        QTest::newRow("told in the passive") << u"The Coast Guard in Boston was told on Sunday evening that the craft was overdue."_s
                                             << u"Coast Guard was told"_s << u"2025-11-23"_s << u"told"_s;
        QTest::newRow("told in the passive, plural") << u"Reporters were told on Sunday that the craft was overdue."_s << u"Reporters were told"_s
                                                     << u"2025-11-23"_s << u"told"_s;
        QTest::newRow("told in the active") << u"The Coast Guard told reporters on Sunday evening that the craft was overdue."_s
                                            << u"Coast Guard told reporters"_s << u"2025-11-23"_s << u"told"_s;
        // A reversive "un-" ("undocked": the docking undone) is a verb; a negated participle
        // ("uncrewed", "unexpected") stays an adjective.
        QTest::newRow("a reversive un- verb is a clause's verb")
            << u"The capsule undocked on September 6 and landed in the desert on September 7."_s << u"Capsule undocked"_s << u"2025-09-06"_s << u"undocked"_s;
        QTest::newRow("the verb after it keeps its own day")
            << u"The capsule undocked on September 6 and landed in the desert on September 7."_s << u"Capsule landed"_s << u"2025-09-07"_s << u"landed"_s;
        QTest::newRow("a negated participle before a noun stays an adjective")
            << u"An uncrewed capsule landed on September 7."_s << u"Uncrewed capsule landed"_s << u"2025-09-07"_s << u"landed"_s;
        QTest::newRow("a negated participle after the article stays an adjective")
            << u"The unexpected result was announced on Friday."_s << u"Unexpected result was announced"_s << u"2025-11-21"_s << u"announcement"_s;
        // An adverb set off by commas between the subject and the verb, and an apposition after
        // the object's name, leave the clause whole.
        QTest::newRow("an adverb between commas before the verb")
            << u"OpenAI, meanwhile, named Emmett Shear, a co-founder of the streaming site Twitch, as its interim chief executive late Sunday, replacing Mira Murati, who had held the job for two days."_s
            << u"OpenAI named Emmett Shear"_s << u"2025-11-23"_s << u"named"_s;
        QTest::newRow("an apposition after the object's name")
            << u"The board named Emmett Shear, a co-founder of the streaming site Twitch, as its interim chief executive late Sunday."_s
            << u"Board named Emmett Shear"_s << u"2025-11-23"_s << u"named"_s;
        QTest::newRow("an adverb between commas near miss: none")
            << u"OpenAI named Emmett Shear as its interim chief executive late Sunday."_s << u"OpenAI named Emmett Shear"_s << u"2025-11-23"_s << u"named"_s;
        // The subject of a "which" clause is its antecedent, not the clause the antecedent ends.
        QTest::newRow("which after a name a preposition ties")
            << u"On Monday, staff threatened to follow Altman to Microsoft, which had hired him that morning."_s << u"Microsoft had hired him"_s
            << u"2025-11-24"_s << u"hired"_s;
        QTest::newRow("which after a name of") << u"The former mayor of Lakeview, who resigned on Monday, spoke."_s << u"Former mayor of Lakeview resigned"_s
                                               << u"2025-11-24"_s << u"resignation"_s;
        QTest::newRow("a subject with a hyphened age")
            << u"A 26-year-old man was arrested on Monday."_s << u"26-year-old man was arrested"_s << u"2025-11-24"_s << u"arrest"_s;
        QTest::newRow("a subject with a hyphened compound")
            << u"A well-known firm was sold on Monday."_s << u"Well-known firm was sold"_s << u"2025-11-24"_s << u"sold"_s;
        QTest::newRow("a name before a described apposition, after another clause")
            << u"Aleppo fell within days, Hama followed on Thursday, and Homs, the country's third-largest city, was captured on Saturday night."_s
            << u"Homs was captured"_s << u"2025-11-22"_s << u"captured"_s;
        QTest::newRow("a name before a described apposition, opening the sentence")
            << u"Homs, the country's third-largest city, was captured on Saturday night."_s << u"Homs was captured"_s << u"2025-11-22"_s << u"captured"_s;
        QTest::newRow("a subject named with a dotted initialism")
            << u"U.S. Steel shareholders approved the deal on Friday."_s << u"U.S. Steel shareholders approved the deal"_s << u"2025-11-21"_s << u"approved"_s;
        QTest::newRow("a subject after a dotted initialism ending a phrase")
            << u"Officials in the U.S. met on Tuesday."_s << u"Officials met"_s << u"2025-11-25"_s << u"meeting"_s;
        // A manager's sacking, a defeat and a collision are happenings; a clause of the same
        // moment ("as it approached ... on Wednesday") dates the event verb it hangs on.
        QTest::newRow("a sacking") << u"Rovers sacked their manager on Monday."_s << u"Rovers' sacking"_s << u"2025-11-24"_s << u"sacking"_s;
        QTest::newRow("a defeat") << u"Fans left after Sunday's defeat."_s << u"Defeat"_s << u"2025-11-23"_s << u"defeat"_s;
        QTest::newRow("a collision as it approached") << u"A plane collided with a helicopter as it approached the airport on Wednesday night."_s
                                                      << u"Plane collided"_s << u"2025-11-26"_s << u"collision"_s;
        QTest::newRow("as it approached near miss: the approach keeps its day")
            << u"A plane collided with a helicopter as it approached the airport on Wednesday night."_s << u"Plane approached the airport"_s << u"2025-11-26"_s
            << u"approached"_s;
        // The day a contract runs until is no time of its signing.
        QTest::newRow("a contract extended until a year, last summer")
            << u"The club extended his contract until 2027 last summer."_s << u"Club extended his contract until 2027"_s << u"2025"_s << u"extended"_s;
        QTest::newRow("a contract until a year near miss: a day the clause owns")
            << u"The club extended his contract on Friday."_s << u"Club extended his contract"_s << u"2025-11-21"_s << u"extended"_s;
        // A clock told again in brackets on another zone, or an aside in brackets, stays the clause's time; only a date
        // opening its paragraph before "(Reuters)" or a dash is a dateline.
        QTest::newRow("a clock restated in brackets") << u"The capsule splashed down at 5:57 p.m. EDT (2157 GMT) on Tuesday."_s << u"Capsule splashed down"_s
                                                      << u"2025-11-25"_s << u"splashed"_s;
        QTest::newRow("a clock before a bracketed aside")
            << u"The operation began shortly after 5am (local time) near the port."_s << u"Operation began"_s << u"2025-11-26"_s << u"began"_s;
        QTest::newRow("a clock in brackets near miss: a dateline")
            << u"WASHINGTON, Nov. 20 (Reuters) - The capsule splashed down on Tuesday."_s << u"Capsule splashed down"_s << u"2025-11-25"_s << u"splashed"_s;
        // A date inside what a counted span is told from is that happening's, not the clause's.
        QTest::newRow("a date after a counted span") << u"The launch came four years after the first test flight in December 2019."_s << u"Launch"_s << u""_s
                                                     << u"launch"_s;
        QTest::newRow("a date after a counted span near miss: the clause's own date")
            << u"The launch came in December 2019."_s << u"Launch"_s << u"2019-12"_s << u"launch"_s;
        // ", which" after a noun and the date it happened in: the noun is the subject.
        QTest::newRow("which after a noun and its date") << u"The first flight in December 2019, which failed to reach the station, was a blow."_s
                                                         << u"First flight failed"_s << u"2019-12"_s << u"failed"_s;
        QTest::newRow("which after a noun and its date near miss: a name before which")
            << u"The flight left Florida, which failed to stop it in December 2019."_s << u"Florida failed"_s << u"2019-12"_s << u"failed"_s;
        // A past form after a relative "that" and before a count is the relative clause's verb.
        QTest::newRow("a relative that before a count")
            << u"The executive apologized on Tuesday for the update that crashed about 8.5 million computers in July, telling lawmakers the company had changed its tests."_s
            << u"Update crashed about 8.5 million computers"_s << u"2025-07"_s << u"crashed"_s;
        QTest::newRow("a relative that before a count near miss: a reported clause")
            << u"Officials said that 12 computers crashed in July."_s << u"12 computers crashed"_s << u"2025-07"_s << u"crashed"_s;
        // "alone" after the day that opens the clause is the day's, no part of the subject.
        QTest::newRow("a day alone before a pronoun subject")
            << u"The airline has canceled 5,000 flights since Friday. On Monday alone it scrapped 1,000 flights."_s << u"Airline scrapped 1,000 flights"_s
            << u"2025-11-24"_s << u"scrapped"_s;
        QTest::newRow("a day alone near miss: no alone") << u"The airline has canceled 5,000 flights since Friday. On Monday it scrapped 1,000 flights."_s
                                                         << u"Airline scrapped 1,000 flights"_s << u"2025-11-24"_s << u"scrapped"_s;
        // Irregular pasts of things' deeds ("blew off", "was flown") tell happenings too.
        QTest::newRow("an irregular past: blew") << u"A panel blew off the jet on Friday."_s << u"Panel blew off the jet"_s << u"2025-11-21"_s << u"blew"_s;
        QTest::newRow("an irregular past: was flown") << u"The astronauts were flown to Houston on Friday."_s << u"Astronauts were flown"_s << u"2025-11-21"_s
                                                      << u"flown"_s;
        QTest::newRow("an irregular past near miss: tore, known before")
            << u"A panel tore away from the jet on Friday."_s << u"Panel tore away"_s << u"2025-11-21"_s << u"tore"_s;
        QTest::newRow("a flood on a holiday") << u"Residents were promised defences after the 2015 Boxing Day floods."_s << u"Flood"_s << u"2015-12-26"_s
                                              << u"flood"_s;
    }

    void labelsAndDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QFETCH(QString, date);
        QFETCH(QString, type);
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26), addCast);
        const Event *event = withLabel(graph, label);
        QVERIFY2(event, qPrintable(u"«"_s + label + u"» not found; found: "_s + listed(graph)));
        QCOMPARE(event->date.iso, date);
        QCOMPARE(event->type, type);
        for (const SourceSpan &source : event->sources) {
            QCOMPARE(source.article, u"a1"_s);
            QVERIFY(source.start >= 0 && source.end <= text.size() && source.start < source.end);
        }
    }

    // A label names a person by the part of the name the article writes alone: a Spanish
    // first surname, a Portuguese nickname within the name, a double surname.
    void labelsUseTheNameWrittenAlone_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("aliases");
        QTest::addColumn<QString>("label");
        QTest::newRow("first surname") << u"Edmundo González Urrutia"_s << QStringList{u"González"_s, u"González Urrutia"_s} << u"González's resignation"_s;
        QTest::newRow("a nickname within the name") << u"Luiz Inácio Lula da Silva"_s << QStringList{u"Lula"_s} << u"Lula's resignation"_s;
        QTest::newRow("double surname") << u"Andrés Manuel López Obrador"_s << QStringList{u"López Obrador"_s, u"AMLO"_s} << u"López Obrador's resignation"_s;
        QTest::newRow("the last word written alone stays") << u"María Elena López"_s << QStringList{u"Elena"_s, u"López"_s} << u"López's resignation"_s;
        QTest::newRow("a father's name stays") << u"Faisal bin Tariq"_s << QStringList{u"bin Tariq"_s} << u"Tariq's resignation"_s;
        QTest::newRow("Dutch particles written alone") << u"Erik ten Hag"_s << QStringList{u"Ten Hag"_s} << u"Ten Hag's resignation"_s;
        QTest::newRow("two particles written alone") << u"Joost van der Berg"_s << QStringList{u"Van der Berg"_s} << u"Van der Berg's resignation"_s;
        QTest::newRow("a father's name at a sentence's start stays") << u"Faisal bin Tariq"_s << QStringList{u"Bin Tariq"_s} << u"Tariq's resignation"_s;
        QTest::newRow("family name first stays") << u"Yoon Suk Yeol"_s << QStringList{u"Yoon"_s} << u"Yoon's resignation"_s;
    }

    void labelsUseTheNameWrittenAlone()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, aliases);
        QFETCH(QString, label);
        const QString text = name + u" has resigned as envoy."_s;
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26), [&](StoryGraph &g) { addPerson(g, u"p1"_s, name, QStringList{name} + aliases); });
        QVERIFY2(withLabel(graph, label), qPrintable(u"«"_s + label + u"» not found; found: "_s + listed(graph)));
    }

    // What did not happen is no event; "had not ... since" tells when it last did.
    void noEventWhereNothingHappened_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::addColumn<bool>("event");
        QTest::newRow("not seen until") << u"London had not seen the document until Nov. 20."_s << u"seen"_s << false;
        QTest::newRow("did not attend") << u"Putin did not attend the dinner on Friday."_s << u"attend"_s << false;
        QTest::newRow("did not launch") << u"The rocket did not launch on Friday."_s << u"aunch"_s << false;
        // A when-clause right after a day tells a happening, past an aside after its subject.
        QTest::newRow("a when-clause after a day, past an aside")
            << u"The jet was climbing on Friday evening when a door plug, a panel that fills an unused exit, tore away from the fuselage."_s << u"ore away"_s
            << true;
        QTest::newRow("a when-clause after a day near miss: a present")
            << u"The jet climbs on Friday evening when a door plug, a panel that fills an unused exit, opens."_s << u"pen"_s << false;
        // "plan to" and a verb after a plural noun is that plural's present, no plan.
        QTest::newRow("a plural's plan to") << u"The researchers plan to study the drug on Friday."_s << u"lan"_s << false;
        QTest::newRow("a body's plans to") << u"The agency plans to publish new charts by the end of the month."_s << u"Plan"_s << false;
        QTest::newRow("a body's plans to near miss: a noun's plans") << u"The peace plans to end the war were published on Friday."_s << u"lan"_s << true;
        QTest::newRow("a plural's plan to near miss: a noun's plan") << u"The peace plan to end the war was published on Friday."_s << u"lan"_s << true;
        // A past form between a count and its noun describes what is counted.
        QTest::newRow("a count's participle") << u"Farmers blamed the dam for three failed harvests in 2022."_s << u"ailed"_s << false;
        QTest::newRow("a count's participle after a clock")
            << u"The rocket lifted off at 10:52 a.m. EDT (1452 GMT) after two scrubbed attempts."_s << u"crubbed"_s << false;
        QTest::newRow("a count's participle near miss: a verb after its subject")
            << u"On Saturday, two engineers scrubbed the attempt."_s << u"crubbed"_s << true;
        QTest::newRow("will not leave") << u"The crew will not leave the station before June 26, 2024."_s << u"eave"_s << false;
        QTest::newRow("a condition's clause") << u"If the rocket launches on Friday, the crew will dock on Saturday."_s << u"aunch"_s << false;
        QTest::newRow("an entry's plural subject before its verb") << u"- Nov. 4: Protests erupt in Nairobi."_s << u"Protested"_s << false;
        QTest::newRow("an entry's plural subject before its verb and a preposition")
            << u"- Nov. 4: Protesters gather in Nairobi."_s << u"Protesters"_s << false;
        QTest::newRow("an entry's plural subject before its passive") << u"- June 28: Pieces of the wreck are unloaded at a pier."_s << u"Pieced"_s << false;
        QTest::newRow("an event word inside a name joined by 'and'")
            << u"District of Columbia Fire and EMS Chief John Donnelly spoke to reporters on Thursday."_s << u"ire"_s << false;
        QTest::newRow("an event word inside a name joined by 'and' near miss: a fire named by its place")
            << u"The Eaton fire and the Palisades fire destroyed thousands of homes on Wednesday."_s << u"ire"_s << true;
        QTest::newRow("never put to a vote") << u"The union said the previous offer was never put to a vote."_s << u"ote"_s << false;
        QTest::newRow("never put to a vote near miss: put to a vote") << u"The union said the previous offer was put to a vote."_s << u"ote"_s << true;
        QTest::newRow("kept in place through a day") << u"Forecasters kept a red flag warning in place through Friday."_s << u"kept"_s << false;
        QTest::newRow("the briefing it modifies") << u"A launch readiness briefing is planned for Sunday."_s << u"briefing"_s << true;
        QTest::newRow("a dated condition") << u"If the launch takes place on Friday, the crew will dock on Sunday."_s << u"aunch"_s << false;
        QTest::newRow("a launch that happened") << u"The rocket launched on Friday."_s << u"aunch"_s << true;
        QTest::newRow("not since") << u"Junior doctors had not walked out since the 1980s."_s << u"walked out"_s << true;
        QTest::newRow("plain past") << u"London received the document on Nov. 20."_s << u"received"_s << true;
        // A record's year is no day of the clause that breaks it.
        // "every ... since" counts from its date: the clause happened on no one day.
        QTest::newRow("dated only by a year naming a thing")
            << u"Workers might not receive back pay, despite a 2019 law that guarantees it."_s << u"receive"_s << false;
        QTest::newRow("dated only by an ordinal count's start")
            << u"Regulators sold most of its assets, the third U.S. bank failure since March."_s << u"sold"_s << false;
        QTest::newRow("dated only by a count's start") << u"Benning has followed every funding lapse since 1995."_s << u"followed"_s << false;
        QTest::newRow("dated only by a record's year") << u"The river topped 24 feet, breaking the 1916 record."_s << u"topped"_s << false;
        QTest::newRow("dated by its own year") << u"The river topped 24 feet in 1916."_s << u"topped"_s << true;

        // A saying is not dated by the time of the clause it reports.
        QTest::newRow("a reported plan's year is not the saying's")
            << u"Governor Wes Moore has said Maryland aims to open a replacement bridge in 2028."_s << u"statement"_s << false;
        QTest::newRow("a reported past month is not the saying's")
            << u"The minister said Russia had withdrawn its forces in August."_s << u"statement"_s << false;
        QTest::newRow("said on a day") << u"The minister said on Monday Russia had withdrawn its forces."_s << u"statement"_s << true;
        QTest::newRow("said in a statement on a day") << u"The minister said in a written statement on Monday that the troops were safe."_s << u"tatement"_s
                                                      << true;
        QTest::newRow("told reporters on a day") << u"The minister told reporters on Monday that the troops were safe."_s << u"told"_s << true;

        // A storm that is a row, and a happening only wished for; a storm that hit is one.
        QTest::newRow("a storm set off") << u"The recording set off a storm in Washington on Tuesday."_s << u"Storm"_s << false;
        QTest::newRow("a storm of criticism") << u"The leak drew a storm of criticism on Tuesday."_s << u"Storm"_s << false;
        QTest::newRow("a storm that hit") << u"A storm hit the coast on Tuesday."_s << u"torm"_s << true;
        // A word that takes an object pronoun is a verb, not the noun it is spelt as.
        QTest::newRow("a gerund with a reflexive object") << u"Okafor entered the race on Monday, weeks after ruling herself out."_s << u"uling"_s << false;
        QTest::newRow("the court's ruling") << u"The court's ruling on Monday surprised him."_s << u"uling"_s << true;
        QTest::newRow("a ruling a reflexive stresses") << u"The ruling itself was published on Monday."_s << u"uling"_s << true;
        QTest::newRow("any ceasefire") << u"Starmer said on Tuesday that any ceasefire would need guarantees."_s << u"Ceasefire"_s << false;
        QTest::newRow("a ceasefire agreed") << u"A ceasefire took effect on Tuesday."_s << u"easefire"_s << true;
        QTest::newRow("no evidence of an attack") << u"The governor said there was no credible evidence of a terrorist attack."_s << u"ttack"_s << false;
        QTest::newRow("evidence of an attack") << u"Investigators said they had found evidence of an attack on the depot."_s << u"ttack"_s << true;
        QTest::newRow("plans to after a pronoun is a verb") << u"He said on Monday that he plans to visit the state later this week."_s << u"Plan"_s << false;
        QTest::newRow("plans to after a name is a verb") << u"The village will mark the anniversary, and O'Leary plans to be there."_s << u"plan"_s << false;
        QTest::newRow("a possessive's plans are a plan") << u"Biden's plans to visit the state were announced on Monday."_s << u"Plan"_s << true;
        QTest::newRow("a time in a line that goes on is no time stamp")
            << u"At 10:40 p.m. the surge was rising.\nA tide gauge in the harbour stopped reporting a while ago."_s << u"Tide gauge"_s << false;
        QTest::newRow("a date inside a relative clause is not the main verb's")
            << u"Rovers will face either Northmoor United or Port Ellery, who meet in the other semi-final on Sunday."_s << u"Rovers will face"_s << false;
        QTest::newRow("a kind after 'as a'") << u"The storm came ashore near Perry as a Category 4 hurricane on Thursday."_s << u"Hurricane"_s << false;
        QTest::newRow("a rank among others") << u"It was the third hurricane to strike the coast in 13 months."_s << u"Hurricane"_s << false;
        QTest::newRow("a kind after 'into a'") << u"Helene has grown into a huge storm, with winds reaching out 345 miles."_s << u"Storm"_s << false;
        QTest::newRow("a storm that something ran into") << u"The plane flew into a storm over the Gulf on Friday."_s << u"Storm"_s << true;
        QTest::newRow("a past form hyphened to a name is an adjective")
            << u"The Kremlin on Wednesday accused critics of trying to wreck U.S.-led efforts, a day after a recording was published."_s << u"ed efforts"_s
            << false;
        QTest::newRow("a past form after a plain name is a verb") << u"The U.S. led talks in Geneva on Sunday."_s << u"ed talks"_s << true;
        QTest::newRow("a share of many") << u"Ushakov said on Wednesday that some of his conversations with officials were held over apps."_s
                                         << u"onversation"_s << false;
        QTest::newRow("the conversations of a day") << u"The conversations with officials were held in Geneva on Wednesday."_s << u"onversation"_s << true;
        QTest::newRow("an event word inside an institution's name")
            << u"The board is working with the United Kingdom Marine Accident Investigation Branch on the case."_s << u"nvestigation"_s << false;
        QTest::newRow("an investigation opened by a named board")
            << u"The United Kingdom Marine Accident Investigation Branch opened an investigation on Tuesday."_s << u"nvestigation"_s << true;
        QTest::newRow("it turned out, an aside") << u"By Tuesday, it turned out, the answer had been known for days."_s << u"urned out"_s << false;
        QTest::newRow("a crew that turned out the lights") << u"The crew turned out the lights on Tuesday."_s << u"urned out"_s << true;
        QTest::newRow("a date of a plan in a past frame")
            << u"He wrote that a weather window had opened and that the team was planning to dive on Sunday."_s << u"indow had opened"_s << false;
        QTest::newRow("a date of the opening itself") << u"A weather window had opened on Sunday, the team said."_s << u"indow had opened"_s << true;
        QTest::newRow("a subject after a conjunction 'as a'") << u"As a hurricane approached the coast, residents fled."_s << u"Hurricane"_s << true;
        // An entry that is only a noun phrase names its happening; a phrase with a preposition or
        // an article in it is a remark.
        QTest::newRow("a trial attended is no trial put off") << u"The judge attended the trial on Tuesday."_s << u"Trial postponed"_s << false;
        // In a timeline's entry a present after a later time tells a happening too; in prose it does not.
        QTest::newRow("a present later in an entry") << u"- July 1, 2024: The court rules. The next day, Merchan postpones the sentencing."_s
                                                     << u"postpones the sentencing"_s << true;
        QTest::newRow("a present later in prose") << u"The court ruled on July 1, 2024. The next day, Merchan postpones the sentencing."_s
                                                  << u"postpones the sentencing"_s << false;
        QTest::newRow("entry that is a remark") << u"- April 22, 2024: Quiet in the courthouse."_s << u"Quiet"_s << false;
        QTest::newRow("entry that is a noun phrase") << u"- April 22, 2024: Closing arguments."_s << u"Closing arguments"_s << true;
        // A numbered entry is an entry too; a figure that is no list's number opens none.
        QTest::newRow("a numbered entry") << u"1. March 26, 2024: The union rejects the offer."_s << u"rejected"_s << true;
        QTest::newRow("a numbered entry near miss: a count") << u"150 March 26, 2024: The union rejects the offer."_s << u"rejected"_s << false;
        // A deal a verb or a noun acts on is the purchase fought over, not a happening; a
        // dated one, or one set as a time, still is.
        QTest::newRow("a deal blocked") << u"Lawmakers said on Tuesday that the administration should block the deal."_s << u"Deal"_s << false;
        QTest::newRow("a deal approved on a day") << u"Shareholders approved the deal on Friday."_s << u"Deal"_s << false;
        QTest::newRow("a deal reviewed") << u"The committee that reviewed the deal met on Monday."_s << u"Deal"_s << false;
        QTest::newRow("a deal reviewed in a month") << u"Trump ordered a new review of the deal in April."_s << u"Deal"_s << false;
        QTest::newRow("a deal reviewed in a month: the ordering takes the month")
            << u"Trump ordered a new review of the deal in April."_s << u"ordered"_s << true;
        QTest::newRow("a deal dated") << u"The deal was signed on Friday."_s << u"eal"_s << true;
        QTest::newRow("a deal as a time") << u"Shares rose after the deal on Friday."_s << u"Deal"_s << true;
        QTest::newRow("a deal not a transaction word") << u"Both sides honoured the ceasefire on Friday."_s << u"easefire"_s << true;
        // A date inside a relative clause set off by commas is not the main verb's after it.
        QTest::newRow("a date inside a relative clause in the subject")
            << u"President-elect Donald Trump, who takes office on January 20, has also opposed the deal."_s << u"opposed"_s << false;
        QTest::newRow("a date after a relative clause in the subject")
            << u"Donald Trump, who takes office in January, opposed the deal on Friday."_s << u"opposed"_s << true;
        // A modal before the verb makes the event it names only possible.
        QTest::newRow("an investigation that can be opened")
            << u"The committee can then open an investigation that lasts 45 days."_s << u"nvestigation"_s << false;
        QTest::newRow("an investigation opened") << u"The committee then opened an investigation on Monday."_s << u"nvestigation"_s << true;
        // The year of a law's title is part of its name.
        QTest::newRow("the year of an act's title") << u"Steel imports are covered under Section 232 of the Trade Expansion Act of 1962."_s << u"covered"_s
                                                    << false;
        QTest::newRow("the year of an act's title near miss: a year of its own") << u"Steel imports were covered by tariffs in 1962."_s << u"covered"_s << true;
        // The end or start of a span of time bounds a period; nothing happened.
        QTest::newRow("a span that ended") << u"The company earned $1.57 a share in the three months that ended June 28."_s << u"nded"_s << false;
        QTest::newRow("a span that ended near miss: a thing that ended") << u"The company settled the strike that ended June 28."_s << u"trike"_s << true;
    }

    void noEventWhereNothingHappened()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        QFETCH(bool, event);
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26), addCast);
        const bool found = std::any_of(graph.events.cbegin(), graph.events.cend(), [&words](const Event &e) { return e.label.contains(words); });
        QVERIFY2(found == event, qPrintable(listed(graph)));
    }

    // A capitalised event word that opens a person's name ("Bill Nelson") names the person.
    void personsNameIsNoHappening_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::addColumn<bool>("event");
        QTest::newRow("a given name after a title") << u"The decision was announced by NASA Administrator Bill Nelson on Saturday."_s << u"ill"_s << false;
        QTest::newRow("a given name opening the sentence") << u"Bill Nelson announced the decision on Saturday."_s << u"ill"_s << false;
        QTest::newRow("a bill signed by a named person") << u"The Bill was signed by Governor Ann Hale on Saturday."_s << u"Bill"_s << true;
        QTest::newRow("a bill before a name") << u"Lawmakers passed the Bill, which Ann Hale wrote, on Saturday."_s << u"Bill"_s << true;
        // A capitalised event word ending a name: after a known given name, or before "who".
        QTest::newRow("an event word before who") << u"Stan Deal, who led the unit, is retiring."_s << u"deal"_s << false;
        QTest::newRow("an event word after a given name") << u"Boeing said John Deal resigned on Friday."_s << u"deal"_s << false;
        QTest::newRow("an event word after a given name near miss: inside a longer name")
            << u"Leaders marked the anniversary of the Camp David Accords on Friday."_s << u"accord"_s << true;
    }

    void personsNameIsNoHappening()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        QFETCH(bool, event);
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26), [](StoryGraph &graph) {
            addCast(graph);
            addPerson(graph, u"p6"_s, u"Bill Nelson"_s, {u"Bill Nelson"_s, u"Nelson"_s});
            addPerson(graph, u"p7"_s, u"Ann Hale"_s, {u"Ann Hale"_s, u"Hale"_s});
        });
        const bool found = std::any_of(graph.events.cbegin(), graph.events.cend(), [&words](const Event &e) { return e.label.contains(words); });
        QVERIFY2(found == event, qPrintable(listed(graph)));
    }

    // A quarter, half or fiscal year that figures cover dates no happening; one a thing is set in does.
    void figuresDateNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("date");
        QTest::newRow("the end of a range") << u"Thorpe led the council from 2016 to 2022."_s << u"led"_s << u"2016"_s;
        QTest::newRow("forecast for a fiscal year") << u"Harbor cut its forecast for fiscal 2026 on Wednesday."_s << u"cut"_s << u"2025-11-26"_s;
        QTest::newRow("profit for the quarter") << u"Harbor reported a loss for the third quarter on Tuesday."_s << u"reported"_s << u"2025-11-25"_s;
        QTest::newRow("the yardstick of a record") << u"At least 130 people were killed on Friday, making it the deadliest storm since Katrina in 2005."_s
                                                   << u"killed"_s << u"2025-11-21"_s;
        QTest::newRow("a plain since still dates") << u"Exports have doubled since 2021."_s << u"doubled"_s << u"2021"_s;
        // A count from a date ("the third ... since", "every ... since") has it as its yardstick.
        QTest::newRow("a plain since a year still dates") << u"Benning has followed the budget since 1995."_s << u"followed"_s << u"1995"_s;
        QTest::newRow("a day naming a thing") << u"The company recalled the July 19 update in August."_s << u"recalled"_s << u"2025-08"_s;
        QTest::newRow("a year naming a record") << u"The river topped 24 feet on Friday, breaking the 1916 record."_s << u"topped"_s << u"2025-11-21"_s;
        QTest::newRow("a year naming a mark") << u"In 2004 the river rose to 18 feet, far short of its 1916 mark."_s << u"rose"_s << u"2004"_s;
        QTest::newRow("a year naming a flood still dates") << u"The 1916 flood killed about 80 people."_s << u"Flood"_s << u"1916"_s;
        QTest::newRow("a year naming where it was said still dates")
            << u"In a 2019 blog post the company argued that rules slowed innovation."_s << u"argument"_s << u"2019"_s;
        QTest::newRow("a joined verb after a dated relative clause keeps its own date")
            << u"It is the first shutdown since the lapse that began in December 2018 and ended in January 2019."_s << u"nded"_s << u"2019-01"_s;
        QTest::newRow("a year after the verb still dates") << u"The law was passed in 2019."_s << u"passed"_s << u"2019"_s;
        QTest::newRow("a year naming an election still dates") << u"Trump won the 2016 election."_s << u"Election"_s << u"2016"_s;
        QTest::newRow("an entry after a stamp breaking a record")
            << u"Live updates\n2:20 p.m. - The river has topped 24 feet, breaking the 1916 record."_s << u"topped"_s << u"2025-11-26"_s;
        QTest::newRow("a date after a relative clause dates the main clause")
            << u"Ellison, who ran the fund, testified on Tuesday that she had lied."_s << u"testified"_s << u"2025-11-25"_s;
        QTest::newRow("a recess named by its month still dates") << u"Ferrante expected a vote before the August recess."_s << u"expected"_s << u"2026-08"_s;
        QTest::newRow("a visit in a quarter") << u"Trump has invited Zelensky to Washington in the first quarter of 2026."_s << u"invited"_s << u"2026"_s;
    }

    void figuresDateNothing()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        QFETCH(QString, date);
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26), addCast);
        const auto event = std::find_if(graph.events.cbegin(), graph.events.cend(), [&words](const Event &e) { return e.label.contains(words); });
        QVERIFY2(event != graph.events.cend(), qPrintable(listed(graph)));
        QCOMPARE(event->date.iso, date);
    }

    void labelsNameWhoTookPart_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("date");

        QTest::newRow("titles and first name leave the subject")
            << u"Army Secretary Dan Driscoll carried the plan to Kyiv on Nov. 20."_s << u"Driscoll carried the plan"_s << u"2025-11-20"_s;
        QTest::newRow("a hyphenated object stays whole") << u"Army Secretary Dan Driscoll had taken the original 28-point plan to Kyiv on Nov. 20."_s
                                                         << u"Driscoll had taken the original 28-point plan"_s << u"2025-11-20"_s;
        QTest::newRow("an order word leaves the verb to the date")
            << u"Earlier on Tuesday, Army Secretary Dan Driscoll held talks with a Russian delegation."_s << u"Driscoll held talks"_s << u"2025-11-25"_s;
        QTest::newRow("an object measuring an event") << u"On Tuesday, Army Secretary Dan Driscoll held a second day of talks in Abu Dhabi."_s
                                                      << u"Driscoll held a second day of talks"_s << u"2025-11-25"_s;
        QTest::newRow("of before no event ends the object")
            << u"Army Secretary Dan Driscoll bought a box of matches on Tuesday."_s << u"Driscoll bought a box"_s << u"2025-11-25"_s;
        QTest::newRow("a pronoun subject is named") << u"Dan Driscoll then flew to Abu Dhabi, where he met Russian officials on Nov. 24."_s
                                                    << u"Driscoll met Russian officials"_s << u"2025-11-24"_s;
        QTest::newRow("an appositive between subject and verb")
            << u"The jet was climbing out of Portland on Friday evening when a door plug, a panel that fills an unused emergency exit, tore away."_s
            << u"Door plug tore away"_s << u"2025-11-21"_s;
        QTest::newRow("a participle phrase between subject and verb")
            << u"The capsule, flying as Crew-9, splashed down off Florida on Tuesday."_s << u"Capsule splashed down off Florida"_s << u"2025-11-25"_s;
        QTest::newRow("a name before an aside is the people stage's")
            << u"Dan Driscoll, speaking to reporters on Tuesday, said the talks were useful."_s << u"Driscoll's statement"_s << u"2025-11-25"_s;
        QTest::newRow("a pronoun is nobody its own clause names")
            << u"Her last appearance was at the final at Wimbledon on Nov. 20, where she presented the trophy to Dan Driscoll."_s << u"Presented the trophy"_s
            << u"2025-11-20"_s;
        QTest::newRow("a pronoun is the person named before its clause")
            << u"Dan Driscoll went to Wimbledon. His last appearance was at the final on Nov. 20, where he presented the trophy to the winner."_s
            << u"Driscoll presented the trophy"_s << u"2025-11-20"_s;
        QTest::newRow("a thing keeps its subject") << u"The Supreme Court on Thursday struck down a ban on rentals."_s << u"Supreme Court struck down a ban"_s
                                                   << u"2025-11-20"_s;
        QTest::newRow("bare call names its people") << u"The transcript of his Oct. 14 call with Yuri Ushakov was published on Tuesday."_s << u"Ushakov call"_s
                                                    << u"2025-10-14"_s;
        QTest::newRow("a visit says where") << u"By then Dan Driscoll had visited Kyiv, on Nov. 20."_s << u"Driscoll's Kyiv visit"_s << u"2025-11-20"_s;
        QTest::newRow("no connective at the start") << u"By then the court had struck down the ban."_s << u"Court had struck down the ban"_s << QString();
        QTest::newRow("his call is the subject's")
            << u"Steve Witkoff is under pressure. The transcript of his Oct. 14 call with Yuri Ushakov was published on Tuesday."_s << u"Witkoff–Ushakov call"_s
            << u"2025-10-14"_s;
        QTest::newRow("he met after a sentence naming him")
            << u"Donald Trump flew to Alaska in August. There he met Vladimir Putin in Anchorage."_s << u"Trump–Putin meeting"_s << QString();
        QTest::newRow("he after a sentence naming the subject")
            << u"In Washington, Dan Driscoll defended the plan. \"It is a good plan,\" he told reporters on Tuesday."_s << u"Driscoll told reporters"_s
            << u"2025-11-25"_s;
        QTest::newRow("he with nobody named before stays unnamed")
            << u"\"It is a good plan,\" he told reporters on Tuesday."_s << u"Remarks to reporters"_s << u"2025-11-25"_s;
        QTest::newRow("the apposition's name acted, not the possessor")
            << u"President Trump's special envoy, Steve Witkoff, advised a senior Kremlin official on Oct. 14 on how to pitch a plan to Mr. Trump."_s
            << u"Witkoff advised a senior Kremlin official"_s << u"2025-10-14"_s;
        QTest::newRow("a possessor without apposition stays the subject")
            << u"President Trump's envoy advised a senior Kremlin official on Oct. 14 on how to pitch a plan to Steve Witkoff."_s
            << u"President Trump's envoy advised a senior Kremlin official"_s << u"2025-10-14"_s;
        QTest::newRow("a passive report names its outlet")
            << u"The recording was first reported by Bloomberg News on Tuesday."_s << u"Bloomberg News report"_s << u"2025-11-25"_s;
        QTest::newRow("a passive report by nobody named keeps its clause")
            << u"The recording was reported by officials on Tuesday."_s << u"Recording was reported"_s << u"2025-11-25"_s;
        QTest::newRow("no live-blog time stamp") << u"20:05 GMT Dan Driscoll has spoken to reporters in Abu Dhabi."_s << u"Driscoll has spoken"_s
                                                 << u"2025-11-26"_s;
    }

    void labelsNameWhoTookPart()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QFETCH(QString, date);
        const StoryGraph graph
            = eventsOf(text, QDate(2025, 11, 26), [](StoryGraph &g) { addPerson(g, u"p6"_s, u"Dan Driscoll"_s, {u"Dan Driscoll"_s, u"Driscoll"_s}); });
        const Event *event = withLabel(graph, label);
        QVERIFY2(event, qPrintable(u"«"_s + label + u"» not found; found: "_s + listed(graph)));
        QCOMPARE(event->date.iso, date);
    }

    // A label names a person by the word of the name the article uses alone: the family name
    // written first ("Yoon", "Xi") as much as the last name ("Driscoll").
    void labelsUseTheNameTheArticleUses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("forms");
        QTest::addColumn<QString>("label");
        QTest::newRow("family name first, hyphened given name")
            << u"President Yoon Suk-yeol lifted martial law on Wednesday. Yoon apologised."_s << u"Yoon Suk-yeol"_s
            << QStringList{u"Yoon Suk-yeol"_s, u"Yoon"_s} << u"Yoon lifted martial law"_s;
        QTest::newRow("family name first, with a title alone") << u"Xi Jinping signed the agreement on Tuesday. Mr Xi said little."_s << u"Xi Jinping"_s
                                                               << QStringList{u"Xi Jinping"_s, u"Mr Xi"_s} << u"Xi's signing"_s;
        QTest::newRow("last name used alone wins over a first name")
            << u"Dan Driscoll carried the plan on Nov. 20. Dan said Driscoll was tired."_s << u"Dan Driscoll"_s
            << QStringList{u"Dan Driscoll"_s, u"Dan"_s, u"Driscoll"_s} << u"Driscoll carried the plan"_s;
        QTest::newRow("no word used alone: the last") << u"President Emma Lindqvist lifted martial law on Wednesday."_s << u"Emma Lindqvist"_s
                                                      << QStringList{u"Emma Lindqvist"_s} << u"Lindqvist lifted martial law"_s;
        QTest::newRow("no word used alone, a Korean given name last") << u"President Yoon Suk-yeol lifted martial law on Wednesday."_s << u"Yoon Suk-yeol"_s
                                                                      << QStringList{u"Yoon Suk-yeol"_s} << u"Yoon lifted martial law"_s;
        QTest::newRow("no word used alone, an English compound last")
            << u"Alexandria Ocasio-Cortez resigned from the committee on Wednesday."_s << u"Alexandria Ocasio-Cortez"_s
            << QStringList{u"Alexandria Ocasio-Cortez"_s} << u"Ocasio-Cortez's resignation"_s;
        QTest::newRow("a knight called by his given name")
            << u"Sir Keir Starmer won the vote. Sir Keir told supporters on Friday that change began now."_s << u"Keir Starmer"_s
            << QStringList{u"Sir Keir Starmer"_s, u"Sir Keir"_s, u"Keir"_s} << u"Starmer told supporters"_s;
        QTest::newRow("a generation suffix is not the name") << u"John J. Ray III took over the company on Nov. 11."_s << u"John J. Ray III"_s
                                                             << QStringList{u"John J. Ray III"_s} << u"Ray took over the company"_s;
        QTest::newRow("Jr. with a period") << u"Robert F. Kennedy Jr. took over the department on Feb. 13."_s << u"Robert F. Kennedy Jr."_s
                                           << QStringList{u"Robert F. Kennedy Jr."_s, u"Kennedy"_s} << u"Kennedy took over the department"_s;
    }

    void labelsUseTheNameTheArticleUses()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QStringList, forms);
        QFETCH(QString, label);
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26), [&](StoryGraph &g) { addPerson(g, u"p9"_s, name, forms); });
        QVERIFY2(withLabel(graph, label), qPrintable(u"«"_s + label + u"» not found; found: "_s + listed(graph)));
    }

    void announcedEventFollowsItsAnnouncement_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("later");
        QTest::addColumn<QString>("earlier");
        QTest::addColumn<bool>("ordered");

        QTest::newRow("announcement of") << u"Putin phoned Trump on Oct. 16, and the conversation led to an announcement of a summit in Budapest."_s
                                         << u"Budapest summit"_s << u"Putin–Trump call"_s << true;
        QTest::newRow("announced") << u"Putin phoned Trump on Oct. 16. Afterwards, Trump announced a summit in Budapest."_s << u"Budapest summit"_s
                                   << u"Putin–Trump call"_s << true;
        QTest::newRow("a summit only recalled") << u"Putin phoned Trump on Oct. 16 and recalled the summit in Budapest."_s << u"Budapest summit"_s
                                                << u"Putin–Trump call"_s << false;
    }

    void announcedEventFollowsItsAnnouncement()
    {
        QFETCH(QString, text);
        QFETCH(QString, later);
        QFETCH(QString, earlier);
        QFETCH(bool, ordered);
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26));
        const Event *announced = withLabel(graph, later);
        const Event *announcing = withLabel(graph, earlier);
        QVERIFY2(announced && announcing, qPrintable(listed(graph)));
        QVERIFY(!announced->date.isDated());
        QCOMPARE(announced->after.contains(announcing->id), ordered);
    }

    // Organisations are named in full and stand before the noun: "White House statement".
    void labelsNameOrganisations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::newRow("the whole name") << u"On Oct. 21, the White House said there were no plans for a summit."_s << u"White House statement"_s;
        QTest::newRow("before the noun") << u"The Senate voted 52-48 on Tuesday to confirm the nominee."_s << u"Senate vote"_s;
        QTest::newRow("the organisation of the sentence") << u"In a statement on Tuesday, the Senate said it had adjourned."_s << u"Senate statement"_s;
        QTest::newRow("a statement about a call names its speaker")
            << u"The October 14 call was leaked. Ushakov, speaking to a newspaper on Tuesday, said the conversation was private."_s << u"Ushakov's statement"_s;
        QTest::newRow("a person keeps the possessive")
            << u"Zelensky said on Sunday that Ukraine was living through a difficult moment."_s << u"Zelensky's statement"_s;
        // A subject cut at the "and" or the comma inside a name the sentence writes in full.
        QTest::newRow("a name with 'and'") << u"The Food and Drug Administration approved the drug on Friday."_s
                                           << u"Food and Drug Administration approved the drug"_s;
        QTest::newRow("a possessive of a name with 'and'") << u"Bosnia and Herzegovina signed the accord on Thursday."_s << u"Bosnia and Herzegovina signing"_s;
        QTest::newRow("a name with commas") << u"The Bureau of Alcohol, Tobacco, Firearms and Explosives opened an inquiry on Tuesday."_s
                                            << u"Bureau of Alcohol, Tobacco, Firearms and Explosives opened an inquiry"_s;
        QTest::newRow("two names joined by 'and'") << u"Brazil and Argentina signed the accord on Thursday."_s << u"Argentina signing"_s;
    }

    void labelsNameOrganisations()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26), [](StoryGraph &g) {
            const QString &body = g.articles.first().body;
            for (const QString &name : {u"White House"_s, u"Senate"_s, u"Food and Drug Administration"_s, u"Bosnia and Herzegovina"_s,
                     u"Bureau of Alcohol, Tobacco, Firearms and Explosives"_s, u"Brazil"_s, u"Argentina"_s}) {
                if (const qsizetype at = body.indexOf(name); at >= 0) {
                    Entity entity;
                    entity.id = u"o"_s + QString::number(g.entities.size() + 1);
                    entity.name = name;
                    entity.kind = Entity::Kind::Organisation;
                    entity.mentions.append({u"a1"_s, int(at), int(at + name.size())});
                    g.entities.append(entity);
                }
            }
        });
        QVERIFY2(withLabel(graph, label), qPrintable(u"«"_s + label + u"» not found; found: "_s + listed(graph)));
    }

    // A dated heading dates the first happening of its section, unless that sentence has a date.
    // A live blog's time stamp on its own line dates what its entry tells, unless a sentence
    // gives its own time.
    void timeStampDatesItsEntry_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("dateText");
        QTest::newRow("an entry without a time") << u"4:45 p.m.\nThe hurricane center upgraded Helene to a Category 4 storm."_s
                                                 << u"Hurricane center upgraded Helene"_s << u"4:45 p.m."_s;
        QTest::newRow("an entry with its own time") << u"11:21 p.m.\nLandfall. The hurricane center says Helene made landfall at 11:10 p.m. near Perry."_s
                                                    << u"Helene made landfall"_s << u"11:10 p.m."_s;
        // A delay against the plan is a length of time, not a time of the entry's own.
        QTest::newRow("an entry with a delay against a plan")
            << u"1:34 p.m.\nStarliner docked at the station about an hour later than planned."_s << u"Starliner docked"_s << u"1:34 p.m."_s;
        QTest::newRow("an entry with a length of time")
            << u"1:50 p.m.\nThe crew opened the hatch after checks that took about two hours."_s << u"Crew opened the hatch"_s << u"1:50 p.m."_s;
    }

    // A timeline entry's date dates each sentence of the entry that has none of its own.
    void entryDateDatesItsSentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("date");
        const QString entry = u"The timeline\n16 October \u2013 Putin and Trump speak for two hours. %1"_s;
        QTest::newRow("a later sentence") << entry.arg(u"Trump announces a summit in Budapest."_s) << u"Trump's announcement"_s << u"2025-10-16"_s;
        QTest::newRow("a later sentence with its own date")
            << entry.arg(u"Trump announced a summit on 18 October."_s) << u"Trump's announcement"_s << QString();
        QTest::newRow("a sentence of the next paragraph") << entry.arg(u"\nTrump announced a summit in Budapest."_s) << u"Trump's announcement"_s << QString();
        // What a when-clause after the entry's verb tells is not the entry.
        QTest::newRow("an entry's verb before a when-clause")
            << entry.arg(u"\n17 October \u2013 The second attempt stops at the pad when a computer halts the countdown."_s) << u"Second attempt stopped"_s
            << u"2025-10-17"_s;
        QTest::newRow("an entry's verb before a when-clause near miss: no when")
            << entry.arg(u"\n17 October \u2013 A computer halts the countdown."_s) << u"Computer halted the countdown"_s << u"2025-10-17"_s;
        // A mission or flight named with a number ("Crew-10", "Apollo 11") is the entry's subject.
        const QString mission = u"The timeline\n16 March \u2013 %1"_s;
        QTest::newRow("a numbered mission docks") << mission.arg(u"Crew-10 docks at the station."_s) << u"Crew-10 docked"_s << u"2025-03-16"_s;
        QTest::newRow("a numbered mission undocks") << mission.arg(u"Crew-9 undocks at 1:05 a.m."_s) << u"Crew-9 undocked"_s << u"2025-03-16"_s;
        QTest::newRow("a numbered mission near miss: a plain subject")
            << mission.arg(u"The capsule docks at the station."_s) << u"Capsule docked"_s << u"2025-03-16"_s;
    }

    void entryDateDatesItsSentences()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QFETCH(QString, date);
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26), addCast);
        const Event *event = withLabel(graph, label);
        QVERIFY2(event, qPrintable(listed(graph)));
        QCOMPARE(event->date.iso, date);
    }

    void timeStampDatesItsEntry()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QFETCH(QString, dateText);
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26), addCast);
        const Event *event = withLabel(graph, label);
        QVERIFY2(event, qPrintable(listed(graph)));
        QCOMPARE(event->dateText, dateText);
        QCOMPARE(event->date.iso, u"2025-11-26"_s);
    }

    // "raised concerns before the crash": the happening ordered against is no happening of the
    // entry's time; one the entry tells is.
    void timeStampLeavesAYardstickUndated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("date");
        QTest::newRow("before the crash") << u"2:10 ET\nCohen asked Ellison whether she had raised concerns before the crash."_s << u"Crash"_s << QString();
        QTest::newRow("at the meeting") << u"2:10 ET\nCohen asked Ellison whether she had raised concerns at the meeting."_s << u"Meeting"_s << u"2025-11-26"_s;
    }

    void timeStampLeavesAYardstickUndated()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QFETCH(QString, date);
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26), addCast);
        const Event *event = withLabel(graph, label);
        QVERIFY2(event, qPrintable(listed(graph)));
        QCOMPARE(event->date.iso, date);
    }

    // "Asked about the noises heard on Tuesday": the day of what was asked about is not the
    // answer's; "Asked about the recording on Tuesday" dates the asking.
    void responseKeepsTheDayOfItsTopicApart_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("date");
        QTest::newRow("days of a participle") << u"4:55 p.m.\nAsked about the noises heard on Tuesday and Wednesday, Mauger said there was no link."_s
                                              << u"Mauger responds to the noises heard"_s << u"2025-11-26"_s;
        QTest::newRow("the day of the asking") << u"4:55 p.m.\nAsked about the recording on Tuesday, Trump said he had not listened to it."_s
                                               << u"Trump responds to the recording"_s << u"2025-11-25"_s;
    }

    void responseKeepsTheDayOfItsTopicApart()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QFETCH(QString, date);
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26), addCast);
        const Event *event = withLabel(graph, label);
        QVERIFY2(event, qPrintable(listed(graph)));
        QCOMPARE(event->date.iso, date);
    }

    // Who did it, with the people of the sentence known: "His son-in-law Jared Kushner",
    // "Capt. Jamie Frederick of the Coast Guard's First District".
    void labelsNameTheSubjectsPerson_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::newRow("a hyphened noun before a name")
            << u"His son-in-law Jared Kushner helped broker the agreement on Tuesday."_s << u"Kushner helped broker the agreement"_s;
        QTest::newRow("a possessive organisation after the name")
            << u"Capt. Jamie Frederick of the Coast Guard's First District told reporters on Wednesday that the noises were heard."_s
            << u"Frederick told reporters"_s;
        // A bare "the announcement" after a preposition of order is one told before, not the
        // sentence subject's own.
        QTest::newRow("the announcement after which he posted") << u"Jared Kushner posted a short message soon after the announcement."_s << u"Announcement"_s;
        QTest::newRow("his own announcement") << u"Jared Kushner posted a short message with the announcement."_s << u"Kushner's announcement"_s;
    }

    void labelsNameTheSubjectsPerson()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26), [](StoryGraph &g) {
            addPerson(g, u"p6"_s, u"Jared Kushner"_s, {u"Jared Kushner"_s, u"Kushner"_s});
            addPerson(g, u"p7"_s, u"Jamie Frederick"_s, {u"Capt. Jamie Frederick"_s, u"Jamie Frederick"_s, u"Frederick"_s});
        });
        QVERIFY2(withLabel(graph, label), qPrintable(listed(graph)));
    }

    // "Delta has cancelled about 5,000 flights since Friday": a count up to the time of writing
    // follows what the article dates within its span; a plain past on Friday does not.
    void spanUpToNowFollowsWhatItSpans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("last");
        QTest::newRow("since Friday") << u"Delta has cancelled about 5,000 flights since Friday. Ed Bastian apologised on Sunday."_s
                                      << u"Delta has cancelled about 5,000 flights"_s << true;
        QTest::newRow("on Friday") << u"Delta cancelled about 5,000 flights on Friday. Ed Bastian apologised on Sunday."_s
                                   << u"Delta cancelled about 5,000 flights"_s << false;
    }

    void spanUpToNowFollowsWhatItSpans()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QFETCH(bool, last);
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26), addCast);
        const Event *event = withLabel(graph, label);
        QVERIFY2(event, qPrintable(listed(graph)));
        const Event *apology = withLabel(graph, u"Ed Bastian apologised"_s);
        QVERIFY2(apology, qPrintable(listed(graph)));
        QCOMPARE(event->after.contains(apology->id), last);
    }

    void headingDatesItsSection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("date");
        QTest::newRow("undated sentence") << u"Oct. 17: Zelensky at the White House\nZelensky met Trump at the White House to ask for missiles."_s
                                          << u"Zelensky–Trump meeting"_s << u"2025-10-17"_s;
        QTest::newRow("a sentence with its own date") << u"Oct. 17: Zelensky at the White House\nZelensky met Trump on Oct. 18 to ask for missiles."_s
                                                      << u"Zelensky–Trump meeting"_s << u"2025-10-18"_s;
        QTest::newRow("a relative day under the heading")
            << u"Oct. 17: Zelensky at the White House\nThe next day, Zelensky met Trump at the White House to ask for missiles."_s
            << u"Zelensky–Trump meeting"_s << u"2025-10-17"_s;
        QTest::newRow("a heading without a date") << u"Zelensky at the White House\nZelensky met Trump at the White House to ask for missiles."_s
                                                  << u"Zelensky–Trump meeting"_s << QString();
        // A timeline's heading that holds only dates, over entries told in the present.
        QTest::newRow("a heading that is a date") << u"April 23, 2021\nThe Court of Appeal quashes the convictions of 39 subpostmasters."_s
                                                  << u"Court of Appeal quashed the convictions"_s << u"2021-04-23"_s;
        QTest::newRow("a heading that is a year") << u"1999\nThe Post Office begins rolling out Horizon to its branches."_s
                                                  << u"Post Office began rolling out Horizon"_s << u"1999"_s;
        QTest::newRow("a heading of years") << u"2000 to 2015\nHundreds of subpostmasters are prosecuted after Horizon shows shortfalls."_s
                                            << u"Hundreds of subpostmasters prosecuted"_s << u"2000"_s;
        QTest::newRow("a present with its partner") << u"December 2019\nThe Post Office settles with 555 claimants for £57.75 million."_s
                                                    << u"Post Office settled"_s << u"2019-12"_s;
    }

    void headingDatesItsSection()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QFETCH(QString, date);
        StoryGraph graph;
        graph.articles.append(articleFromLines(text));
        graph.articles.first().blocks.first().kind = TextBlock::Kind::Heading;
        addCast(graph);
        const TextAnalysis analysis = analyseText(graph.articles.first());
        const ArticleTimes times = findArticleTimes(graph.articles.first(), analysis, QDate(2025, 11, 26));
        addEvents(graph, analysis, times);
        const Event *event = withLabel(graph, label);
        QVERIFY2(event, qPrintable(listed(graph)));
        QCOMPARE(event->date.iso, date);
    }

    // The grammar that tells a happening says whether it took place, is planned, is foreseen
    // or was called off; a label's words find the event.
    void statusFromTheTelling_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("date");

        QTest::newRow("will visit") << u"Zelensky will visit Washington on Friday."_s << u"visit"_s << u"planned"_s << u"2025-11-28"_s;
        QTest::newRow("visited") << u"Zelensky visited Washington on Friday."_s << u"visit"_s << u"happened"_s << u"2025-11-21"_s;
        QTest::newRow("scheduled for") << u"Talks between the two sides are scheduled for Tuesday."_s << u"alks"_s << u"planned"_s << u"2025-12-02"_s;
        // The venue of what will be done, the count of what would be held, and a plan called off
        // in the clause after a semicolon.
        QTest::newRow("the venue of a future") << u"Larry Kellner will not stand for re-election at the annual meeting."_s << u"eeting"_s << u"planned"_s
                                               << QString();
        QTest::newRow("the venue near miss: the past") << u"Larry Kellner spoke at the annual meeting."_s << u"eeting"_s << u"happened"_s << QString();
        QTest::newRow("a number of meetings to be held")
            << u"The princess would hold a small number of meetings at Windsor."_s << u"eeting"_s << u"planned"_s << QString();
        QTest::newRow("called off after a semicolon") << u"A hearing had been scheduled for Dec. 16 in Lausanne; it is now cancelled."_s << u"earing"_s
                                                      << u"called off"_s << u"2025-12-16"_s;
        QTest::newRow("called off after a semicolon near miss: another clause")
            << u"A hearing had been scheduled for Dec. 16 in Lausanne; lawyers are now preparing."_s << u"earing"_s << u"planned"_s << u"2025-12-16"_s;
        // "targeted for" is how launches and releases are planned.
        QTest::newRow("targeted for") << u"The launch is targeted for Dec. 14."_s << u"aunch"_s << u"planned"_s << u"2025-12-14"_s;
        QTest::newRow("targeted for no earlier than") << u"The relief mission had been targeted for no earlier than Dec. 14."_s << u"targeted"_s << u"planned"_s
                                                      << u"2025-12-14"_s;
        QTest::newRow("targeted near miss: a verb with an object")
            << u"The rocket targeted a landing zone on Nov. 14."_s << u"targeted"_s << u"happened"_s << u"2025-11-14"_s;
        QTest::newRow("of whom, expected") << u"A meeting of Arab foreign ministers is expected next week."_s << u"eeting"_s << u"expected"_s << u"2025-W49"_s;
        QTest::newRow("of whom and on what, scheduled")
            << u"A meeting of foreign ministers on the transition is scheduled for Dec. 14."_s << u"eeting"_s << u"planned"_s << u"2025-12-14"_s;
        QTest::newRow("of whom, held") << u"A meeting of ministers was held on Monday."_s << u"eeting"_s << u"happened"_s << u"2025-11-24"_s;
        QTest::newRow("of whom, a verb of its own") << u"A meeting of ministers that was planned for May took place on Monday."_s << u"eeting"_s
                                                    << u"happened"_s << u"2025-11-24"_s;
        QTest::newRow("held on") << u"The talks were held on Tuesday."_s << u"alks"_s << u"happened"_s << u"2025-11-25"_s;
        QTest::newRow("set to launch") << u"The rocket is set to launch on May 6, 2026."_s << u"aunch"_s << u"planned"_s << u"2026-05-06"_s;
        QTest::newRow("expected to") << u"The storm is expected to make landfall on Friday."_s << u"andfall"_s << u"expected"_s << u"2025-11-28"_s;
        QTest::newRow("made landfall") << u"The storm made landfall on Friday."_s << u"andfall"_s << u"happened"_s << u"2025-11-21"_s;
        QTest::newRow("was to") << u"The crew was to return on June 14, 2024."_s << u"eturn"_s << u"planned"_s << u"2024-06-14"_s;
        QTest::newRow("would, in reported speech") << u"NASA said on Monday that the crew would return on Friday."_s << u"eturn"_s << u"planned"_s
                                                   << u"2025-11-28"_s;
        QTest::newRow("a planned summit") << u"Critics attacked the planned summit in Budapest on Monday."_s << u"ummit"_s << u"planned"_s << QString();
        QTest::newRow("a planned summit that took place")
            << u"The planned summit in Budapest took place on Monday."_s << u"ummit"_s << u"happened"_s << u"2025-11-24"_s;
        QTest::newRow("the expected verdict") << u"Reporters gathered outside the court for the expected verdict on Monday."_s << u"erdict"_s << u"expected"_s
                                              << QString();
        QTest::newRow("called off") << u"The Budapest summit was called off on Tuesday."_s << u"ummit"_s << u"called off"_s << QString();
        QTest::newRow("called off an object") << u"NASA called off a spacewalk on Monday."_s << u"pacewalk"_s << u"called off"_s << QString();
        QTest::newRow("a summit called a success") << u"The Budapest summit was called a success on Tuesday."_s << u"ummit"_s << u"happened"_s << QString();
        QTest::newRow("postponed until") << u"The vote was postponed until Friday."_s << u"ote"_s << u"planned"_s << QString();
        QTest::newRow("adjourned for the day") << u"The court adjourned for the day on Tuesday."_s << u"ourt"_s << u"happened"_s << u"2025-11-25"_s;
        QTest::newRow("a hearing adjourned until a day") << u"The hearing was adjourned until Friday."_s << u"earing"_s << u"planned"_s << QString();
        QTest::newRow("postponed indefinitely") << u"A spacewalk planned for Tuesday has been postponed indefinitely."_s << u"pacewalk"_s << u"called off"_s
                                                << u"2025-12-02"_s;
        QTest::newRow("planned for") << u"A spacewalk planned for Tuesday will test the new suits."_s << u"pacewalk"_s << u"planned"_s << u"2025-12-02"_s;
        QTest::newRow("an aside, then called off") << u"A second spacewalk, planned for Tuesday, was called off."_s << u"pacewalk"_s << u"called off"_s
                                                   << QString();
        QTest::newRow("pushed back to") << u"The return was pushed back to March 2025."_s << u"eturn"_s << u"planned"_s << u"2025-03"_s;
        // An extended deadline's new day is still to come; an extension without one was done.
        QTest::newRow("a contract extended until a year")
            << u"The club extended his contract until 2027 last summer."_s << u"extended"_s << u"happened"_s << u"2025"_s;
        QTest::newRow("extended to a day") << u"The administration extended the deadline for abandoning the deal to June 18, 2026."_s << u"extended"_s
                                           << u"planned"_s << u"2026-06-18"_s;
        QTest::newRow("extended on a day") << u"The team extended its lead on Monday."_s << u"extended"_s << u"happened"_s << u"2025-11-24"_s;
        QTest::newRow("postponed, and nothing more") << u"The launch was postponed several times in May 2024."_s << u"aunch"_s << u"happened"_s << QString();
        QTest::newRow("cancelled a planned meeting") << u"The minister cancelled a planned meeting in August 2025."_s << u"eeting"_s << u"called off"_s
                                                     << QString();
        QTest::newRow("moved to a place") << u"Halloran moved to Leeds in 1966."_s << u"moved"_s << u"happened"_s << u"1966"_s;
        QTest::newRow("moved to a time") << u"The hearing was moved to March 2026."_s << u"earing"_s << u"planned"_s << u"2026-03"_s;
        QTest::newRow("a forecast of the ruling's effect")
            << u"The court's ruling on Monday would push rents higher, tenants said."_s << u"uling"_s << u"happened"_s << u"2025-11-24"_s;
        QTest::newRow("expects a verdict") << u"The family expects a verdict on Friday."_s << u"erdict"_s << u"expected"_s << u"2025-11-28"_s;
        QTest::newRow("expects a vote to pass") << u"Nobody expects the Senate vote to pass."_s << u"ote"_s << u"happened"_s << QString();
        QTest::newRow("called off one scheduled") << u"NASA called off a spacewalk scheduled for Monday."_s << u"pacewalk"_s << u"called off"_s << QString();
        QTest::newRow("would be held") << u"A news conference would be held after the vote, the agency said on Monday."_s << u"onference"_s << u"planned"_s
                                       << QString();
        QTest::newRow("was held") << u"A news conference was held after the vote, the agency said on Monday."_s << u"onference"_s << u"happened"_s << QString();
        QTest::newRow("a storm expected to strengthen")
            << u"A storm formed on Monday. The storm is expected to strengthen."_s << u"torm"_s << u"happened"_s << QString();
        QTest::newRow("a summit expected to take place")
            << u"The Budapest summit is expected to take place in June 2026."_s << u"ummit"_s << u"expected"_s << QString();
        QTest::newRow("could") << u"The agency could certify the capsule in 2026."_s << u"ertify"_s << u"expected"_s << u"2026"_s;
        QTest::newRow("should") << u"Airline schedules should return to normal on Friday, carriers said."_s << u"eturn"_s << u"expected"_s << QString();
        QTest::newRow("will hold a news conference") << u"NASA will hold a news conference on Thursday."_s << u"onference"_s << u"planned"_s << u"2025-11-27"_s;
        QTest::newRow("held a news conference") << u"NASA held a news conference on Thursday."_s << u"onference"_s << u"happened"_s << u"2025-11-20"_s;
        // A relative clause between the noun and its verb hides neither the plan nor the possessor.
        QTest::newRow("a relative clause before the plan")
            << u"The King's Speech, in which the government will set out its programme, is scheduled for July 17."_s << u"King's Speech"_s << u"planned"_s
            << QString();
        QTest::newRow("a which clause before the plan")
            << u"The Mayor's Speech, which was long, is scheduled for July 19."_s << u"Mayor's Speech"_s << u"planned"_s << QString();
        // A place after the noun may take its article: "in the House" as "in Budapest".
        QTest::newRow("expected, after a place with its article")
            << u"A vote in the House is expected Wednesday."_s << u"ote"_s << u"expected"_s << u"2025-11-26"_s;
        QTest::newRow("held, after a place with its article") << u"A vote in the House was held on Tuesday."_s << u"ote"_s << u"happened"_s << QString();
        QTest::newRow("a place without a name says nothing")
            << u"A vote in the morning would help, aides said on Tuesday."_s << u"ote"_s << u"happened"_s << QString();
        QTest::newRow("a which clause before what took place")
            << u"The mayor's speech, which was long, took place on July 19."_s << u"peech"_s << u"happened"_s << QString();
    }

    void statusFromTheTelling()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        QFETCH(QString, status);
        QFETCH(QString, date);
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26), addCast);
        const auto found = std::find_if(graph.events.cbegin(), graph.events.cend(), [&words](const Event &e) { return e.label.contains(words); });
        QVERIFY2(found != graph.events.cend(), qPrintable(listed(graph)));
        QVERIFY2(eventStatusName(found->status) == status, qPrintable(listed(graph)));
        if (!date.isEmpty()) {
            QCOMPARE(found->date.iso, date);
        }
    }

    void leavesOutWhatDidNotHappen_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("potential deal") << u"A potential deal would likely require Ukraine to cede land."_s;
        QTest::newRow("reach an agreement") << u"Both sides hope to reach an agreement."_s;
        QTest::newRow("bare plural") << u"Reports indicate that Russia remains likely to reject it."_s;
        QTest::newRow("verb call") << u"Officials call for calm and restraint."_s;
        QTest::newRow("verb with particle") << u"Top court strikes down city ban."_s;
        QTest::newRow("the outlet itself") << u"That is all for today. We will resume the live coverage tomorrow morning."_s;
        QTest::newRow("under a condition") << u"He said deadlines could be extended if the talks were going well."_s;
        QTest::newRow("once close") << u"He might meet the presidents himself once a deal was close."_s;
        QTest::newRow("only in a quote") << u"He said: \"We will sign the agreement.\""_s;
        QTest::newRow("an entry's \"back\" is no verb") << u"- Tuesday night: Altman was back as chief executive."_s;
        QTest::newRow("a relative clause before the date")
            << u"Caroline Ellison, who ran the fund and once dated the founder, is back on the stand this morning."_s;
        QTest::newRow("call before the one called") << u"Witkoff suggested that Putin call Trump and congratulate him."_s;
        QTest::newRow("a clause asked about") << u"Nobody yet knows what that choice has meant for Kyiv since Tuesday."_s;
        QTest::newRow("no plans for a meeting") << u"The spokesman said there were no plans for a meeting."_s;
        QTest::newRow("called someone something") << u"Trump called Witkoff a great negotiator."_s;
        QTest::newRow("called someone's words") << u"Putin called Trump's remarks reckless."_s;
        QTest::newRow("process noun") << u"He praised the negotiation process and the call centre."_s;
        QTest::newRow("spoke with no one named") << u"Officials spoke with reporters about the weather."_s;
        QTest::newRow("call on someone") << u"Unions call on Congress to act."_s;
        QTest::newRow("banks that are lenders") << u"Customers broke with their banks over the fees."_s;
        QTest::newRow("a budget's officer and analyst") << u"A retired federal budget officer and a budget analyst spoke to reporters."_s;
        QTest::newRow("a warning of a flood") << u"The agency issued a severe flood warning and new flood defences."_s;
        QTest::newRow("event word in an organisation's name") << u"West Yorkshire Fire and Rescue Service praised the Flood Recovery Team."_s;
    }

    void leavesOutWhatDidNotHappen()
    {
        QFETCH(QString, text);
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26));
        QVERIFY2(graph.events.isEmpty(), qPrintable(listed(graph)));
    }

    void corefersMentions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("events");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("mentions");
        QTest::addColumn<QString>("date");

        QTest::newRow("an event noun that modifies another")
            << u"A launch readiness briefing is planned for Sunday."_s << 1 << u"Launch readiness briefing"_s << 1 << u"2025-11-30"_s;
        QTest::newRow("leaked call told four ways")
            << u"A leaked phone conversation exposed the diplomacy. The October 14 call between Witkoff and Ushakov focused on flattery. The timing of the October 14 conversation mattered. The leaked call shaped the plan."_s
            << 2 << u"Witkoff–Ushakov call"_s << 4 << u"2025-10-14"_s;
        QTest::newRow("a testimony is no investigation")
            << u"Witkoff testified before the panel on Tuesday. The company said it was cooperating fully with the investigation."_s << 2
            << u"Witkoff's testimony"_s << 1 << u"2025-11-25"_s;
        QTest::newRow("the testimony told again") << u"Witkoff testified before the panel on Tuesday. His testimony lasted four hours."_s << 1
                                                  << u"Witkoff's testimony"_s << 2 << u"2025-11-25"_s;
        QTest::newRow("visit and Friday meeting")
            << u"The October 14 call came just days before Zelensky's scheduled visit to the White House. Witkoff urged Ushakov to arrange the call before Zelensky's Friday meeting."_s
            << 2 << u"Zelensky's White House visit"_s << 2 << u"2025-10-17"_s;
        QTest::newRow("two calls with different people")
            << u"The call between Witkoff and Ushakov focused on a direct conversation between Trump and Putin. The Trump-Putin call followed."_s << 2
            << u"Trump–Putin conversation"_s << 2 << QString();
        QTest::newRow("a statement is not the report told later")
            << u"The owners said in a joint statement that they were pleased. The board's preliminary report in May found two blackouts."_s << 2
            << u"Joint statement"_s << 1 << QString();
        QTest::newRow("an announcement told again as a statement")
            << u"The ministry's announcement surprised the unions. The statement said the port would reopen."_s << 1 << u"Ministry's announcement"_s << 2
            << QString();
        QTest::newRow("different numbers") << u"He cited the 20-point Gaza peace plan. Trump's 28-point peace plan went further."_s << 2
                                           << u"20-point Gaza peace plan"_s << 1 << QString();
        QTest::newRow("a call told again by 'spoke with'")
            << u"A recording of an October phone call between envoy Steve Witkoff and a Kremlin official leaked. Witkoff spoke with Yuri Ushakov on Oct. 14."_s
            << 1 << u"Witkoff–Ushakov call"_s << 2 << u"2025-10-14"_s;
        QTest::newRow("the call on a date")
            << u"In the call on 14 October, Witkoff suggested that Putin congratulate Trump. Ushakov said the call was useful."_s << 1 << u"Call"_s << 2
            << u"2025-10-14"_s;
        QTest::newRow("a date of the publishing is not the call's")
            << u"Witkoff advised Ushakov, according to a transcript of the call published by Bloomberg on Tuesday. In the call on 14 October, Witkoff suggested a plan."_s
            << 3 << u"Call"_s << 2 << u"2025-10-14"_s;
        QTest::newRow("a nameless call on a named call's day joins it")
            << u"The Oct. 14 call between Witkoff and Ushakov was leaked on Tuesday. Bloomberg published a recording of an Oct. 14 call on Tuesday."_s << 3
            << u"Witkoff–Ushakov call"_s << 2 << u"2025-10-14"_s;
        QTest::newRow("a call that day with someone else stays apart")
            << u"The Oct. 14 call between Witkoff and Ushakov was leaked on Tuesday. On Oct. 14, Witkoff also had a call with reporters."_s << 3
            << u"Witkoff–Ushakov call"_s << 1 << u"2025-10-14"_s;
        QTest::newRow("original proposal") << u"Trump's 28-point peace plan leaked. The original proposal asked for Donbas."_s << 1 << u"28-point peace plan"_s
                                           << 2 << QString();
        QTest::newRow("modified proposal")
            << u"Trump's 28-point peace plan leaked. A revised 19-point version later removed it. Russia may reject the modified ceasefire proposal."_s << 2
            << u"19-point revised plan"_s << 2 << QString();
        QTest::newRow("next is another") << u"The board held a two-day meeting. The next meeting is in May."_s << 2 << u"Two-day meeting"_s << 1 << QString();
        QTest::newRow("separate is another") << u"Witkoff met Ushakov in Moscow. Witkoff held a separate meeting with Ushakov."_s << 2
                                             << u"Witkoff–Ushakov meeting"_s << 1 << QString();
        QTest::newRow("different days") << u"The May 3 meeting went well. The May 5 meeting did not."_s << 2 << u"Meeting"_s << 1 << u"2025-05-03"_s;
        QTest::newRow("counted from another call") << u"Witkoff spoke by phone with Ushakov last month. Putin called Trump two days after that conversation."_s
                                                   << 2 << u"Putin–Trump call"_s << 1 << u"2025-10"_s;
        QTest::newRow("statement about a call") << u"The October 14 call was leaked. Ushakov said on Tuesday the conversation was private."_s << 2 << u"Call"_s
                                                << 2 << u"2025-10-14"_s;
        QTest::newRow("told again with its month")
            << u"The October 14 call between Witkoff and Ushakov was leaked. Bloomberg published a phone call last month between Witkoff and Ushakov."_s << 2
            << u"Witkoff–Ushakov call"_s << 2 << u"2025-10-14"_s;
        QTest::newRow("another call of the same pair")
            << u"The October 14 call between Witkoff and Ushakov was leaked. Bloomberg published a phone call in September between Witkoff and Ushakov."_s << 3
            << u"Witkoff–Ushakov call"_s << 1 << u"2025-10-14"_s;
        QTest::newRow("a nameless summit is not their meeting")
            << u"Trump said he would meet Putin in Budapest. The summit never happened. The next day, Zelensky met Trump at the White House."_s << 2
            << u"Zelensky–Trump meeting"_s << 1 << u"2025-11-27"_s;
        QTest::newRow("an announcement is not the transcript")
            << u"A transcript was published on Tuesday. Afterwards, Trump announced on social media that he would meet Putin."_s << 2
            << u"Trump's announcement to social media"_s << 1 << QString();
        QTest::newRow("the meeting told again by its people") << u"The meeting was held in Anchorage on Aug. 15. There, Putin met Trump for three hours."_s << 1
                                                              << u"Putin–Trump meeting"_s << 2 << u"2025-08-15"_s;
        QTest::newRow("strikes are not the invasion")
            << u"The war began with the full-scale invasion in February 2022. Russian strikes on cities intensified in the weeks that followed."_s << 2
            << u"Invasion"_s << 1 << u"2022-02"_s;
        QTest::newRow("the invasion told again") << u"The full-scale invasion began in February 2022. The invasion displaced millions."_s << 1 << u"Invasion"_s
                                                 << 2 << u"2022-02"_s;
        // "The signing" names the happening "signed" told: one event, dated by both.
        QTest::newRow("the signing told again by its noun")
            << u"Trump signed the order late Wednesday. The signing at the White House came shortly after 10 p.m."_s << 1 << u"Trump's signing"_s << 2
            << u"2025-11-26"_s;
        QTest::newRow("a signing on another day stays apart")
            << u"Trump signed the order on Monday. The signing at the White House came on Thursday."_s << 2 << u"Trump's signing"_s << 1 << u"2025-11-24"_s;
        QTest::newRow("a date after another verb is not the noun's")
            << u"The agreement at the court resolves the claims the government filed last month."_s << 2 << u"Agreement"_s << 1 << QString();
        QTest::newRow("the statement a dated saying was told in")
            << u"Trump said in a written statement on Sunday night that the banks were safe."_s << 1 << u"Trump's statement"_s << 1 << u"2025-11-23"_s;
        QTest::newRow("an undated saying leaves its statement")
            << u"The agency said in a statement that the banks were safe."_s << 1 << u"Statement"_s << 1 << QString();
        QTest::newRow("quote refers back") << u"The October 14 call was long. Witkoff said: \"I would make the call again.\""_s << 1 << u"Call"_s << 2
                                           << u"2025-10-14"_s;
    }

    void corefersMentions()
    {
        QFETCH(QString, text);
        QFETCH(int, events);
        QFETCH(QString, label);
        QFETCH(int, mentions);
        QFETCH(QString, date);
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26));
        QVERIFY2(graph.events.size() == events, qPrintable(listed(graph)));
        const Event *event = withLabel(graph, label);
        QVERIFY2(event, qPrintable(u"«"_s + label + u"» not found; found: "_s + listed(graph)));
        QCOMPARE(event->sources.size(), mentions);
        QCOMPARE(event->date.iso, date);
    }

    void findsParticipants()
    {
        const StoryGraph graph
            = eventsOf(u"The October 14 call between Trump's special envoy Steve Witkoff and Yuri Ushakov, who advises Vladimir Putin, was leaked."_s,
                QDate(2025, 11, 26));
        QCOMPARE(graph.events.size(), 1);
        QCOMPARE(graph.events.first().participants, (QStringList{u"p1"_s, u"p2"_s}));
    }

    void linksQuotesToTheCallTheyWereSaidIn()
    {
        const QString text
            = u"The October 14 call between Witkoff and Ushakov focused on arranging a direct conversation between Trump and Putin.\n"
              "Witkoff told Ushakov to begin the conversation by praising Trump. The Trump aide suggested: \"I would make the call and congratulate him.\"\n"
              "When questioned about the leaked recording, President Trump claimed he had not heard it. The US President stated, \"That's what a dealmaker does.\""_s;
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26), [](StoryGraph &g) {
            g.quotes.append(quoteOf(g, u"q1"_s, u"I would make the call and congratulate him."_s, u"p1"_s));
            g.quotes.append(quoteOf(g, u"q2"_s, u"That's what a dealmaker does."_s, u"p3"_s));
        });
        const Event *call = withLabel(graph, u"Witkoff–Ushakov call"_s);
        const Event *reply = withLabel(graph, u"Trump responds to the leaked recording"_s);
        QVERIFY2(call && reply, qPrintable(listed(graph)));
        QCOMPARE(graph.quotes[0].event, call->id);
        QCOMPARE(call->quotes, QStringList{u"q1"_s});
        QCOMPARE(graph.quotes[1].event, reply->id);
    }

    // Words the text puts on another day are not from the speaker's one call; words told
    // beside the call are.
    void linksWordsOnlyToACallOfTheirDay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("linked");
        QTest::newRow("said to reporters on another day")
            << u"Trump and Putin spoke by phone on Oct. 16 for two hours.\nTrump spoke to reporters aboard Air Force One on Tuesday. Asked about the talks, he said: \"That's what a dealmaker does.\""_s
            << false;
        QTest::newRow("said beside the call") << u"Trump and Putin spoke by phone on Oct. 16 for two hours. Trump said: \"That's what a dealmaker does.\""_s
                                              << true;
    }

    void linksWordsOnlyToACallOfTheirDay()
    {
        QFETCH(QString, text);
        QFETCH(bool, linked);
        const StoryGraph graph
            = eventsOf(text, QDate(2025, 10, 22), [](StoryGraph &g) { g.quotes.append(quoteOf(g, u"q1"_s, u"That's what a dealmaker does."_s, u"p3"_s)); });
        const Event *call = withLabel(graph, u"Trump–Putin call"_s);
        QVERIFY2(call, qPrintable(listed(graph)));
        QVERIFY2((graph.quotes[0].event == call->id) == linked, qPrintable(listed(graph) + u" / quote in "_s + graph.quotes[0].event));
    }

    void linksWordsSaidDuringAnEvent()
    {
        const QString text = u"The leaders held a summit in Oslo on Monday. During the summit, the host said \"we are close\" to a deal."_s;
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26), [](StoryGraph &g) {
            addPerson(g, u"p9"_s, u"Anna Berg"_s, {u"the host"_s});
            g.quotes.append(quoteOf(g, u"q1"_s, u"we are close"_s, u"p9"_s));
        });
        QCOMPARE(graph.events.size(), 1);
        QCOMPARE(graph.quotes.first().event, graph.events.first().id);
        QCOMPARE(graph.events.first().date.iso, u"2025-11-24"_s);
    }

    // Times of one day order its events whatever order the article tells them in; a part of
    // the day that may hold an hour orders nothing against it.
    void ordersByTimeOfDay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("earlier");
        QTest::addColumn<QString>("later");
        QTest::addColumn<bool>("ordered");
        QTest::newRow("an hour after an afternoon")
            << u"The Coast Guard suspended the search at 7:30 p.m. on Tuesday. Witkoff arrived in Moscow on Tuesday afternoon."_s << u"Witkoff arrived"_s
            << u"Coast Guard suspended the search"_s << true;
        QTest::newRow("two hours") << u"The crew radioed a mayday at 1:27 a.m. on Tuesday. The ship left the terminal at 12:45 a.m. on Tuesday."_s
                                   << u"Ship left the terminal"_s << u"Crew radioed a mayday"_s << true;
        QTest::newRow("an hour inside an evening")
            << u"The Coast Guard suspended the search at 7:30 p.m. on Tuesday. Witkoff arrived in Moscow on Tuesday evening."_s << u"Witkoff arrived"_s
            << u"Coast Guard suspended the search"_s << false;
        QTest::newRow("times in two zones compared in UTC")
            << u"The crew radioed a mayday at 04:09 GMT on Tuesday. The ship left the terminal at 1 a.m. EDT on Tuesday."_s << u"Crew radioed a mayday"_s
            << u"Ship left the terminal"_s << true;
        QTest::newRow("a time without a zone is not compared with one in UTC")
            << u"The crew radioed a mayday at 04:09 GMT on Tuesday. The ship left the terminal at 1 a.m. on Tuesday."_s << u"Crew radioed a mayday"_s
            << u"Ship left the terminal"_s << false;
    }

    void ordersByTimeOfDay()
    {
        QFETCH(QString, text);
        QFETCH(QString, earlier);
        QFETCH(QString, later);
        QFETCH(bool, ordered);
        const StoryGraph graph = eventsOf(text, QDate(2025, 11, 26), addCast);
        const Event *first = withLabel(graph, earlier);
        const Event *second = withLabel(graph, later);
        QVERIFY2(first && second, qPrintable(listed(graph)));
        QCOMPARE(second->after.contains(first->id), ordered);
        QVERIFY(!first->after.contains(second->id));
    }

    void ordersTheSeedStory()
    {
        QFile file(seedCorpusDir() + u"/leaked-call.txt"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            QSKIP("the shared corpus folder is not beside the checkout");
        }
        const StoryGraph graph = eventsOf(QString::fromUtf8(file.readAll()), QDate(2025, 11, 26));
        const Event *gaza = withLabel(graph, u"20-point Gaza peace plan"_s);
        const Event *call = withLabel(graph, u"Witkoff–Ushakov call"_s);
        const Event *visit = withLabel(graph, u"Zelensky's White House visit"_s);
        const Event *plan = withLabel(graph, u"28-point peace plan"_s);
        const Event *revised = withLabel(graph, u"19-point revised plan"_s);
        QVERIFY2(gaza && call && visit && plan && revised, qPrintable(listed(graph)));
        QVERIFY(call->after.contains(gaza->id));
        QVERIFY(visit->after.contains(call->id));
        QVERIFY(plan->after.contains(call->id));
        QVERIFY(revised->after.contains(plan->id));
        QCOMPARE(call->date.iso, u"2025-10-14"_s);
        QCOMPARE(visit->date.iso, u"2025-10-17"_s);
    }

    // The cheap tests that let costly look-ups and expressions skip words must never skip a
    // word that could match: any case, and the non-ASCII letters that lower-case to ASCII ones.
    void wordShapesNeverRejectAListedWord_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("mayHold");
        QTest::newRow("listed") << u"call"_s << true;
        QTest::newRow("capitalised") << u"Summit"_s << true;
        QTest::newRow("upper case") << u"TALKS"_s << true;
        QTest::newRow("Kelvin sign first") << u"\u212Aey"_s << true;
        QTest::newRow("Kelvin sign last") << u"tal\u212A"_s << true;
        QTest::newRow("other length") << u"calls"_s << false;
        QTest::newRow("other first letter") << u"ball"_s << false;
        QTest::newRow("other second letter") << u"cell"_s << false;
        QTest::newRow("other last letter") << u"calm"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void wordShapesNeverRejectAListedWord()
    {
        QFETCH(QString, word);
        QFETCH(bool, mayHold);
        static constexpr std::u16string_view words[] = {u"call", u"summit", u"talks", u"key", u"talk"};
        const WordShapes shapes(words);
        QCOMPARE(shapes.mayHold(word), mayHold);
    }

    void mayContainAnyFindsWordsInAnyCase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("may");
        QTest::newRow("lower case") << u"the talks were cut to 19 points"_s << true;
        QTest::newRow("title case") << u"Points of order"_s << true;
        QTest::newRow("inside a word") << u"viewpoints"_s << true;
        QTest::newRow("long s") << u"the \u017Fides met"_s << true;
        QTest::newRow("none") << u"the talks were cut"_s << false;
        QTest::newRow("a prefix only") << u"the point"_s << false;
    }
    void mayContainAnyFindsWordsInAnyCase()
    {
        QFETCH(QString, text);
        QFETCH(bool, may);
        QCOMPARE(mayContainAny(text, {u"points", u"sides"}), may);
    }

    void triggersMarkTheSentencesOfTheirWords()
    {
        const TextAnalysis text = analyseText(articleFromLines(u"Trump spoke by phone with Putin. The vote is due to be held on Friday. Talks Later collapsed. "
                                                               u"The river burst its Banks. The plan was cut to 19 Points. Zo\u00EB waited."_s));
        QCOMPARE(text.sentences.size(), 6);
        const EventTriggers triggers(text, scanWords(text.text, {0, int(text.text.size())}));
        QVERIFY(triggers.has(0, EventTriggers::CallVerb));
        QVERIFY(!triggers.has(0, EventTriggers::ScheduleWord));
        QVERIFY(triggers.has(1, EventTriggers::ScheduleWord));
        QVERIFY(!triggers.has(1, EventTriggers::CallVerb));
        // Order words and "banks" count only as written, like the expressions they guard.
        QVERIFY(!triggers.has(2, EventTriggers::OrderWord));
        QVERIFY(!triggers.has(3, EventTriggers::RiverBanks));
        // Units count in any case.
        QVERIFY(triggers.has(4, EventTriggers::CountUnit));
        // A non-ASCII letter lets every pattern try its sentence.
        QVERIFY(triggers.has(5, EventTriggers::CallVerb));
        QVERIFY(triggers.has(5, EventTriggers::RiverBanks));
        QVERIFY(!triggers.has(6, EventTriggers::CallVerb));
    }
};

QTEST_GUILESS_MAIN(EventsTest)
#include "events_test.moc"
