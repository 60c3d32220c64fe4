// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"

#include <QString>

#include <memory>

namespace Sourceline::TestStory {

/// The span of the n-th occurrence of words in an article's body, so that tests state
/// what they mean ("the words “we put a plan together”") rather than raw offsets.
inline SourceSpan spanOf(const Article &article, const QString &words, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = article.body.indexOf(words, at + 1);
        Q_ASSERT(at >= 0);
    }
    return SourceSpan{article.id, int(at), int(at + words.size())};
}

/// A small hand-made story, independent of extraction: two articles, three people, three
/// events and four quotes of every kind.
inline std::shared_ptr<const StoryGraph> make()
{
    using namespace Qt::StringLiterals;
    StoryGraph story;

    Article call;
    call.id = u"a1"_s;
    call.title = u"Envoy coached Kremlin aide on peace plan"_s;
    call.outlet = u"Example News"_s;
    call.published = QDate(2025, 11, 26);
    call.path = u"/tmp/call.txt"_s;
    call.body = u"Envoy coached Kremlin aide on peace plan\n"
                u"Steve Witkoff told Yuri Ushakov on October 14 that \u201Cwe put a 20-point plan together\u201D before the visit.\n"
                u"Ushakov replied: \"I think it is a good idea, a 'very good' one.\"\n"
                u"Witkoff said the leaders would meet on Friday. Ushakov agreed.\n"
                u"Reaction\n"
                u"A spokesperson said the call was routine."_s;
    const auto blockOf = [&call](const QString &line, TextBlock::Kind kind) {
        const int start = int(call.body.indexOf(line));
        return TextBlock{kind, TextRange{start, start + int(line.size())}};
    };
    call.blocks
        = {blockOf(u"Envoy coached Kremlin aide on peace plan"_s, TextBlock::Kind::Heading), blockOf(u"Steve Witkoff told"_s, TextBlock::Kind::Paragraph),
            blockOf(u"Ushakov replied"_s, TextBlock::Kind::Paragraph), blockOf(u"Witkoff said the leaders"_s, TextBlock::Kind::Paragraph),
            blockOf(u"Reaction"_s, TextBlock::Kind::Heading), blockOf(u"A spokesperson"_s, TextBlock::Kind::Paragraph)};

    Article visit;
    visit.id = u"a2"_s;
    visit.title = u"Envoy to visit Moscow"_s;
    visit.outlet = u"Second Wire"_s;
    visit.published = QDate(2025, 11, 27);
    visit.path = u"/tmp/visit.txt"_s;
    visit.body = u"Envoy to visit Moscow\n"
                 u"Witkoff will travel to Moscow next week, officials said. \u201CWe are ready,\u201D Ushakov said.\n"
                 u"The October 14 call was first reported on Tuesday."_s;
    visit.blocks = {TextBlock{TextBlock::Kind::Heading, TextRange{0, 21}}};

    Person witkoff{u"p1"_s, u"Steve Witkoff"_s, {u"Witkoff"_s}, u"US special envoy"_s, {}};
    witkoff.mentions = {spanOf(call, u"Steve Witkoff"_s), spanOf(call, u"Witkoff"_s, 1), spanOf(visit, u"Witkoff"_s)};
    Person ushakov{u"p2"_s, u"Yuri Ushakov"_s, {u"Ushakov"_s}, u"Kremlin aide"_s, {}};
    ushakov.mentions = {spanOf(call, u"Yuri Ushakov"_s), spanOf(call, u"Ushakov"_s, 1), spanOf(call, u"Ushakov"_s, 2), spanOf(visit, u"Ushakov"_s)};
    Person spokesperson{u"p3"_s, u"spokesperson"_s, {}, {}, {}};
    spokesperson.mentions = {spanOf(call, u"A spokesperson"_s)};

    Quote plan;
    plan.id = u"q1"_s;
    plan.text = u"we put a 20-point plan together"_s;
    plan.kind = Quote::Kind::Direct;
    plan.speaker = u"p1"_s;
    plan.addressee = u"p2"_s;
    plan.span = spanOf(call, plan.text);
    plan.cue = spanOf(call, u"Steve Witkoff told Yuri Ushakov"_s);
    plan.event = u"e1"_s;
    Quote idea;
    idea.id = u"q2"_s;
    idea.text = u"I think it is a good idea, a 'very good' one."_s;
    idea.speaker = u"p2"_s;
    idea.span = spanOf(call, idea.text);
    idea.event = u"e1"_s;
    Quote meet;
    meet.id = u"q3"_s;
    meet.text = u"the leaders would meet on Friday"_s;
    meet.kind = Quote::Kind::Indirect;
    meet.speaker = u"p1"_s;
    meet.span = spanOf(call, meet.text);
    Quote ready;
    ready.id = u"q4"_s;
    ready.text = u"We are ready,"_s;
    ready.speaker = u"p2"_s;
    ready.span = spanOf(visit, ready.text);
    ready.event = u"e3"_s;

    Event callEvent;
    callEvent.id = u"e1"_s;
    callEvent.label = u"Witkoff\u2013Ushakov call"_s;
    callEvent.type = u"call"_s;
    callEvent.date = DateValue{u"2025-10-14"_s, DateValue::Granularity::Day, QDate(2025, 10, 14), QDate(2025, 10, 14)};
    callEvent.dateText = u"October 14"_s;
    callEvent.rank = 0;
    callEvent.participants = {u"p1"_s, u"p2"_s};
    callEvent.quotes = {u"q1"_s, u"q2"_s};
    callEvent.sources = {spanOf(call, u"told Yuri Ushakov on October 14"_s), spanOf(visit, u"The October 14 call"_s)};
    Event report;
    report.id = u"e2"_s;
    report.label = u"Call first reported"_s;
    report.type = u"report"_s;
    report.date = DateValue{u"2025-11-25"_s, DateValue::Granularity::Day, QDate(2025, 11, 25), QDate(2025, 11, 25)};
    report.dateText = u"Tuesday"_s;
    report.rank = 2;
    report.sources = {spanOf(visit, u"first reported on Tuesday"_s)};
    Event trip;
    trip.id = u"e3"_s;
    trip.label = u"Witkoff travels to Moscow"_s;
    trip.type = u"visit"_s;
    trip.rank = 1;
    trip.participants = {u"p1"_s};
    trip.quotes = {u"q4"_s};
    trip.sources = {spanOf(visit, u"will travel to Moscow next week"_s)};
    trip.placement = u"after: Witkoff\u2013Ushakov call"_s;
    trip.status = EventStatus::Planned; // "will travel"

    story.articles = {call, visit};
    story.people = {witkoff, ushakov, spokesperson};
    story.quotes = {plan, idea, meet, ready};
    story.events = {callEvent, report, trip};
    return std::make_shared<const StoryGraph>(std::move(story));
}

} // namespace Sourceline::TestStory
