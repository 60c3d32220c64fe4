// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "corpusdir.h"
#include "extract/articleextractor.h"
#include "jsonwriter.h"
#include "linearticle.h"
#include "reader/articlereader.h"

#include <QFile>
#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

namespace {

QString trimmedQuote(QString text)
{
    while (!text.isEmpty() && (text.back() == u',' || text.back() == u'.')) {
        text.chop(1);
    }
    return text.trimmed();
}

QString nameOf(const StoryGraph &graph, const QString &id)
{
    if (const Person *person = graph.person(id)) {
        return person->name;
    }
    for (const Entity &entity : graph.entities) {
        if (entity.id == id) {
            return entity.name;
        }
    }
    return {};
}

QString listed(const StoryGraph &graph)
{
    QStringList lines;
    for (const Quote &quote : graph.quotes) {
        lines.append(u"[%1 by %2] %3"_s.arg(quoteKindName(quote.kind), nameOf(graph, quote.speaker), quote.text));
    }
    return lines.join(u" | "_s);
}

} // namespace

class QuotesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void attributesQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("speaker"); // name, or empty for nobody
        QTest::addColumn<QString>("addressee"); // name, empty for nobody, "-" to skip

        const QString witkoff = u"Trump's special envoy Steve Witkoff arrived in Moscow on Monday.\n"_s;
        QTest::newRow("an unnamed seat's member stays the pronoun's subject")
            << u"Dame Esther Rantzen has campaigned for years.\nMy friend, the member for Leeds Riverside, told me that she would vote for the bill. "
               u"\"I trust dying people,\" she said."_s
            << u"I trust dying people"_s << u"direct"_s << QString() << u"-"_s;
        QTest::newRow("near miss: a named member's pronoun is hers")
            << u"Dame Esther Rantzen has campaigned for years.\nDiane Abbott, the MP for Hackney North, told me that she would vote against. "
               u"\"It was rushed,\" she said."_s
            << u"It was rushed"_s << u"direct"_s << u"Diane Abbott"_s << u"-"_s;
        QTest::newRow("... the subject's own pronoun after an object")
            << u"Axel Rudakubana appeared in court on Thursday.\nRudakubana told a judge that he was innocent."_s << u"he was innocent"_s << u"indirect"_s
            << u"Axel Rudakubana"_s << u"-"_s;
        QTest::newRow("a bare surname with a relative clause before its verb")
            << u"The Fed cut rates by half a point on Wednesday.\nBowman, who voted against the decision, said in a statement that a smaller step would "
               u"have been wiser."_s
            << u"a smaller step would have been wiser"_s << u"indirect"_s << u"Bowman"_s << u"-"_s;
        // Wire style: cue after the quotation.
        QTest::newRow("person of an organisation")
            << u"Environmental groups were unhappy. Karl Vinter of the Ocean Trust called the deal \"a gamble with the last healthy stocks.\""_s
            << u"a gamble with the last healthy stocks"_s << u"partial"_s << u"Karl Vinter"_s << u"-"_s;
        // A relative clause between the name and its verb after a quotation says who the
        // speaker is; it does not put the verb out of reach.
        const QString crooks = u"Agents named the gunman as Thomas Crooks.\n"_s;
        QTest::newRow("a long relative clause between the name and 'said' after a quotation")
            << crooks + u"\"Six,\" Kevin Rojek, who leads the FBI's Pittsburgh field office, said."_s << u"Six"_s << u"direct"_s << u"Kevin Rojek"_s << u"-"_s;
        QTest::newRow("an appositive and its relative clause before 'told me'")
            << crooks
                + u"\"Everybody said five years was political,\" Antoine Rocher, a scaffolder who spent three winters on the transept, told me over coffee."_s
            << u"Everybody said five years was political"_s << u"direct"_s << u"Antoine Rocher"_s << u"-"_s;
        QTest::newRow("... a short relative clause, as before")
            << crooks + u"\"Two,\" Kevin Rojek, who leads the field office, said."_s << u"Two"_s << u"direct"_s << u"Kevin Rojek"_s << u"-"_s;
        QTest::newRow("... ten words after the quotation with no aside reach no verb")
            << crooks + u"\"Seven,\" Kevin Rojek and the agents in the big Pittsburgh field office in the west said."_s << u"Seven"_s << u"direct"_s
            << u"Thomas Crooks"_s << u"-"_s;
        // "should explain": what someone ought to say is not something said; the words are the reporter's.
        QTest::newRow("a partial quotation after a verb of saying that someone should do")
            << u"Crisis\nPresident Yoon Suk Yeol declared martial law.\nHan Dong-hoon, the party leader, says Yoon should explain this \"tragic situation\" himself."_s
            << u"tragic situation"_s << u"partial"_s << u"Han Dong-hoon"_s << u"-"_s;
        QTest::newRow("... and one that someone did say, as before")
            << u"Crisis\nPresident Yoon Suk Yeol declared martial law.\nHan Dong-hoon, the party leader, said Yoon explained this \"tragic situation\" badly."_s
            << u"tragic situation"_s << u"partial"_s << u"Yoon Suk Yeol"_s << u"-"_s;
        QTest::newRow("a promise to a listener that") << u"Maria Lopez promised to voters that the bridge would be rebuilt within a year."_s
                                                      << u"the bridge would be rebuilt within a year"_s << u"indirect"_s << u"Maria Lopez"_s << u"-"_s;
        QTest::newRow("announced, then a clause without 'that'") << u"Crisis\nOn Monday Han Dong-hoon announced he would step down as leader."_s
                                                                 << u"he would step down as leader"_s << u"indirect"_s << u"Han Dong-hoon"_s << u"-"_s;
        QTest::newRow("acknowledged, then a clause without 'that'")
            << u"Crisis\nMaria Lopez acknowledged the plan had failed."_s << u"the plan had failed"_s << u"indirect"_s << u"Maria Lopez"_s << u"-"_s;
        QTest::newRow("claimed, then a clause without 'that'")
            << u"Crisis\nMaria Lopez claimed officials had lied."_s << u"officials had lied"_s << u"indirect"_s << u"Maria Lopez"_s << u"-"_s;
        QTest::newRow("reassured listeners that") << u"Crisis\nHan Duck-soo reassured allies that South Korea's foreign policy would not change."_s
                                                  << u"South Korea's foreign policy would not change"_s << u"indirect"_s << u"Han Duck-soo"_s << u"-"_s;
        QTest::newRow("person at an organisation, reported") << u"Prices fell. Ana Ruiz at the Central Bank said the fall would not last."_s
                                                             << u"the fall would not last"_s << u"indirect"_s << u"Ana Ruiz"_s << u"-"_s;
        QTest::newRow("a time pointed at before 'that'")
            << u"Peskov said the Kremlin had not received it. President Vladimir Putin said later that evening that the document could form a basis."_s
            << u"the document could form a basis"_s << u"indirect"_s << u"Vladimir Putin"_s << u"-"_s;
        QTest::newRow("'that' opening what was said") << u"President Vladimir Putin said that evenings in Moscow were cold."_s
                                                      << u"evenings in Moscow were cold"_s << u"indirect"_s << u"Vladimir Putin"_s << u"-"_s;
        QTest::newRow("a verb after 'and' shares the joined verb's subject")
            << u"The meeting came a day after President Donald Trump spoke with President Vladimir Putin for two hours and said the two would meet soon."_s
            << u"the two would meet soon"_s << u"indirect"_s << u"Donald Trump"_s << u"-"_s;
        QTest::newRow("a verb after 'and' with a subject of its own")
            << u"President Donald Trump spoke with reporters for an hour and President Vladimir Putin said the two would meet soon."_s
            << u"the two would meet soon"_s << u"indirect"_s << u"Vladimir Putin"_s << u"-"_s;
        QTest::newRow("what one suggested another should do")
            << u"Envoy Steve Witkoff called President Vladimir Putin's aide. According to the transcript, Witkoff suggested Putin congratulate the president on the ceasefire."_s
            << u"Putin congratulate the president on the ceasefire"_s << u"indirect"_s << u"Steve Witkoff"_s << u"-"_s;
        QTest::newRow("an organisation with an aside before its verb")
            << u"Microsoft, whose operating system was affected, said it was working with customers to help them recover."_s
            << u"it was working with customers to help them recover"_s << u"indirect"_s << u"Microsoft"_s << u"-"_s;
        QTest::newRow("a person's organisation before an aside is not who spoke")
            << u"Professor Martin Hale of King's College London, who was not involved in the study, called the findings \"encouraging but not surprising.\""_s
            << u"encouraging but not surprising."_s << u"partial"_s << u"Martin Hale"_s << u"-"_s;
        QTest::newRow("a verb after \", and\" shares the sentence's subject")
            << u"Keir Starmer became prime minister after meeting King Charles III at the palace, and promised to govern \"unburdened by doctrine\"."_s
            << u"unburdened by doctrine"_s << u"partial"_s << u"Keir Starmer"_s << u"-"_s;
        QTest::newRow("... not when the clause after \"and\" has a subject")
            << u"Keir Starmer met King Charles III at the palace, and the King said he was \"delighted\" to see him."_s << u"delighted"_s << u"partial"_s
            << u"Charles III"_s << u"-"_s;
        QTest::newRow("agreeing that something is so reports it")
            << u"The plan would fail, Maria Lopez agreed."_s << u"The plan would fail"_s << u"indirect"_s << u"Maria Lopez"_s << u"-"_s;
        QTest::newRow("a clock's colon opens no report")
            << u"The storm came ashore near Perry at 11:10 p.m. EDT on Thursday, the National Hurricane Center said."_s
            << u"The storm came ashore near Perry at 11:10 p.m. EDT on Thursday"_s << u"indirect"_s << u"National Hurricane Center"_s << u"-"_s;
        QTest::newRow("a live blog's time stamp is not reported")
            << u"Live: talks in Abu Dhabi\n11:20 GMT Army Secretary Dan Driscoll met Russian officials in Abu Dhabi, two officials said."_s
            << u"Army Secretary Dan Driscoll met Russian officials in Abu Dhabi"_s << u"indirect"_s << QString() << u"-"_s;
        QTest::newRow("a report before a cue told with its time")
            << u"At least three people were killed in Florida and two in Georgia, officials said early on Friday."_s
            << u"At least three people were killed in Florida and two in Georgia"_s << u"indirect"_s << QString() << u"-"_s;
        QTest::newRow("after cue") << u"\"We will not back down,\" Prime Minister Keir Starmer said on Tuesday."_s << u"We will not back down"_s << u"direct"_s
                                   << u"Keir Starmer"_s << u""_s;
        QTest::newRow("inverted cue") << u"\"The deal is done,\" said Maria Lopez, the state's governor."_s << u"The deal is done"_s << u"direct"_s
                                      << u"Maria Lopez"_s << u"-"_s;
        QTest::newRow("pronoun cue") << u"Senator Elizabeth Warren criticised the plan. \"It is a giveaway to the banks,\" she said."_s
                                     << u"It is a giveaway to the banks"_s << u"direct"_s << u"Elizabeth Warren"_s << u"-"_s;
        QTest::newRow("addressee before") << u"Steve Witkoff told Yuri Ushakov, \"We put a 20-point plan together.\""_s << u"We put a 20-point plan together."_s
                                          << u"direct"_s << u"Steve Witkoff"_s << u"Yuri Ushakov"_s;
        QTest::newRow("cue after colon") << u"Anna Kowalski, the finance minister, suggested the exact wording: \"We stand with our partners.\""_s
                                         << u"We stand with our partners"_s << u"direct"_s << u"Anna Kowalski"_s << u"-"_s;
        QTest::newRow("relative clause before cue") << u"Sir Vince Cable, who replaced Tim Farron as leader, said: \"Brexit is a historic mistake.\""_s
                                                    << u"Brexit is a historic mistake"_s << u"direct"_s << u"Vince Cable"_s << u"-"_s;
        QTest::newRow("appositive before cue") << u"Irene Castell, a former infrastructure minister, said: \"This bill pays for nothing.\""_s
                                               << u"This bill pays for nothing"_s << u"direct"_s << u"Irene Castell"_s << u"-"_s;
        QTest::newRow("split quote first") << witkoff + u"\"It was a long night,\" Witkoff said. \"But we got there in the end.\""_s << u"It was a long night"_s
                                           << u"direct"_s << u"Steve Witkoff"_s << u"-"_s;
        QTest::newRow("split quote second") << witkoff + u"\"It was a long night,\" Witkoff said. \"But we got there in the end.\""_s
                                            << u"But we got there in the end"_s << u"direct"_s << u"Steve Witkoff"_s << u"-"_s;
        QTest::newRow("split mid-sentence") << u"\"The council calls it a subsidy,\" Ruth Okonjo said, \"but I call it a road that floats.\""_s
                                            << u"but I call it a road that floats"_s << u"direct"_s << u"Ruth Okonjo"_s << u"-"_s;
        QTest::newRow("two paragraphs") << u"Ana Silva, the central bank governor, explained the decision on Friday.\n"
                                           u"\"Inflation is still too high. We cannot cut rates yet.\n"
                                           u"\"When the data improve, we will act,\" she said."_s
                                        << u"Inflation is still too high. We cannot cut rates yet. When the data improve, we will act"_s << u"direct"_s
                                        << u"Ana Silva"_s << u"-"_s;
        QTest::newRow("curly marks") << u"\u201CWe are ready,\u201D said Defence Secretary John Healey."_s << u"We are ready"_s << u"direct"_s
                                     << u"John Healey"_s << u"-"_s;
        QTest::newRow("mixed marks") << u"\"The ceasefire must hold,\u201D Emmanuel Macron told reporters in Paris."_s << u"The ceasefire must hold"_s
                                     << u"direct"_s << u"Emmanuel Macron"_s << u""_s;
        QTest::newRow("guillemets") << u"Vladimir Putin replied: \u00ABWe are open to talks with anyone.\u00BB"_s << u"We are open to talks with anyone"_s
                                    << u"direct"_s << u"Vladimir Putin"_s << u"-"_s;
        QTest::newRow("single inside double") << u"\"He told me 'never again', and he meant it,\" said Lisa Monroe, a neighbour."_s
                                              << u"He told me 'never again', and he meant it"_s << u"direct"_s << u"Lisa Monroe"_s << u"-"_s;
        QTest::newRow("brackets inside") << u"\"The [agreement] is final (for now),\" Kremlin spokesman Dmitry Peskov said."_s
                                         << u"The [agreement] is final (for now)"_s << u"direct"_s << u"Dmitry Peskov"_s << u"-"_s;
        QTest::newRow("according to") << u"\"Talks will resume in Geneva next week,\" according to Ukrainian negotiator Rustem Umerov."_s
                                      << u"Talks will resume in Geneva next week"_s << u"direct"_s << u"Rustem Umerov"_s << u"-"_s;
        QTest::newRow("organisation speaks") << u"\"The talks were constructive,\" the Kremlin said in a statement."_s << u"The talks were constructive"_s
                                             << u"direct"_s << u"Kremlin"_s << u"-"_s;
        QTest::newRow("ministry refers back")
            << u"The Ministry of Health ordered a recall on Thursday.\n\"No illnesses have been reported,\" the ministry said."_s
            << u"No illnesses have been reported"_s << u"direct"_s << u"Ministry of Health"_s << u"-"_s;
        QTest::newRow("an aside naming the subject's group before the verb")
            << u"On June 17, Hamish Harding, one of the lawyers, said that the case was weak."_s << u"the case was weak"_s << u"indirect"_s
            << u"Hamish Harding"_s << u"-"_s;
        QTest::newRow("near miss: a group right before the verb speaks") << u"Hamish Harding was at the court. Later, lawyers said that the case was weak."_s
                                                                         << u"the case was weak"_s << u"indirect"_s << QString() << u"-"_s;
        QTest::newRow("a stand-in's office taken up after the name")
            << u"The assembly voted to impeach President Yoon Suk Yeol. Prime Minister Han Duck-soo became acting president within hours.\n"
               u"The acting president said he would keep the government stable."_s
            << u"he would keep the government stable"_s << u"indirect"_s << u"Han Duck-soo"_s << u"-"_s;
        QTest::newRow("near miss: the office without 'acting' is the one who holds it")
            << u"The assembly voted to impeach President Yoon Suk Yeol. Prime Minister Han Duck-soo became acting president within hours.\n"
               u"The president said he would fight the decision in court."_s
            << u"he would fight the decision in court"_s << u"indirect"_s << u"Yoon Suk Yeol"_s << u"-"_s;
        QTest::newRow("a source closing the sentence is no part of what was said")
            << u"Shigeru Ishiba met Xi Jinping on Friday. Ishiba said he had raised the detentions, Japan's Kyodo news agency reported on Saturday."_s
            << u"he had raised the detentions"_s << u"indirect"_s << u"Shigeru Ishiba"_s << u"-"_s;
        QTest::newRow("near miss: a clause after the comma that says more is part of it")
            << u"Maria Lopez said the port would open in May, and the first ships would dock in June."_s
            << u"the port would open in May, and the first ships would dock in June"_s << u"indirect"_s << u"Maria Lopez"_s << u"-"_s;
        QTest::newRow("another ministry of the same kind is another body")
            << u"The defence ministry said the minister had resigned.\nThe finance ministry said it was ready to supply liquidity."_s
            << u"it was ready to supply liquidity"_s << u"indirect"_s << u"finance ministry"_s << u"-"_s;
        QTest::newRow("an owner the body's name lacks makes another office")
            << u"The Corruption Investigation Office questioned him for ten hours.\nThe president's office said the inquiry was politically motivated."_s
            << u"the inquiry was politically motivated"_s << u"indirect"_s << u"president's office"_s << u"-"_s;
        QTest::newRow("near miss: a body's field in its name refers back")
            << u"The Ministry of Finance ordered an audit on Thursday.\nThe finance ministry said it was ready to supply liquidity."_s
            << u"it was ready to supply liquidity"_s << u"indirect"_s << u"Ministry of Finance"_s << u"-"_s;
        QTest::newRow("near miss: any council may be called the local council")
            << u"Tendring District Council counted the votes overnight.\nThe local council said turnout was down."_s << u"turnout was down"_s << u"indirect"_s
            << u"Tendring District Council"_s << u"-"_s;
        QTest::newRow("interview question") << witkoff + u"\"Did you coach the Russians?\" the reporter asked. \"No, never,\" Witkoff replied."_s
                                            << u"Did you coach the Russians?"_s << u"direct"_s << u""_s << u"-"_s;
        QTest::newRow("interview answer") << witkoff + u"\"Did you coach the Russians?\" the reporter asked. \"No, never,\" Witkoff replied."_s
                                          << u"No, never"_s << u"direct"_s << u"Steve Witkoff"_s << u"-"_s;
        QTest::newRow("live blog") << u"10:42 GMT \u2013 Zelensky says: \"Ukraine will never accept this.\""_s << u"Ukraine will never accept this"_s
                                   << u"direct"_s << u"Zelensky"_s << u"-"_s;
        QTest::newRow("question inverted") << u"\"Why would we agree to that?\" asked Foreign Minister Sergei Lavrov."_s << u"Why would we agree to that?"_s
                                           << u"direct"_s << u"Sergei Lavrov"_s << u"-"_s;
        const QString twoStrategists = u"Analysts were worried on Monday.\n\"It is simple: why sell?\" said Dan Hill, a strategist at Harlow Capital. "
                                       u"\"Nobody knows.\"\n\"Why buy?\" said Bo Diaz, a strategist at Harlow Capital. \"I doubt it.\""_s;
        QTest::newRow("a question inverted before a long appositive")
            << twoStrategists << u"It is simple: why sell?"_s << u"direct"_s << u"Dan Hill"_s << u"-"_s;
        QTest::newRow("... the next speaker's question is not the last one's") << twoStrategists << u"Why buy?"_s << u"direct"_s << u"Bo Diaz"_s << u"-"_s;
        QTest::newRow("near miss: a question, then a new sentence naming someone else")
            << u"Dan Hill, a strategist, spoke first.\n\"Why buy?\" he asked. Bo Diaz, a trader at Harlow Capital in London, was not convinced."_s
            << u"Why buy?"_s << u"direct"_s << u"Dan Hill"_s << u"-"_s;
        QTest::newRow("org inside title") << u"\"The economy is resilient,\" Federal Reserve Chair Jerome Powell told reporters on Wednesday."_s
                                          << u"The economy is resilient"_s << u"direct"_s << u"Jerome Powell"_s << u""_s;
        QTest::newRow("stated comma") << u"President Donald Trump defended the call. The US President stated, \"That's what a dealmaker does.\""_s
                                      << u"That's what a dealmaker does"_s << u"direct"_s << u"Donald Trump"_s << u"-"_s;
        QTest::newRow("two sentences inside") << witkoff + u"\"We are close. Very close,\" Witkoff said."_s << u"We are close. Very close"_s << u"direct"_s
                                              << u"Steve Witkoff"_s << u"-"_s;
        QTest::newRow("hyphenated surname") << u"\"This is not a partisan issue,\" Rep. Alexandria Ocasio-Cortez wrote on X."_s
                                            << u"This is not a partisan issue"_s << u"direct"_s << u"Alexandria Ocasio-Cortez"_s << u"-"_s;
        QTest::newRow("asked, then colon") << u"Asked whether he had spoken to Putin, Donald Trump replied: \"Not recently.\""_s << u"Not recently"_s
                                           << u"direct"_s << u"Donald Trump"_s << u"-"_s;
        QTest::newRow("noted inverted") << u"\"Markets had priced this in,\" noted Sarah Chen, an economist at ING."_s << u"Markets had priced this in"_s
                                        << u"direct"_s << u"Sarah Chen"_s << u"-"_s;
        QTest::newRow("descriptor speaker") << witkoff + u"\"We're not there yet,\" the Trump envoy said."_s << u"We're not there yet"_s << u"direct"_s
                                            << u"Steve Witkoff"_s << u"-"_s;
        // An official the article brings in without a name is the official who speaks next.
        const QString kremlinAide = u"Kremlin aide Yuri Ushakov, a senior Russian official, spoke with Witkoff on Oct. 14.\n"_s;
        QTest::newRow("the unnamed official") << kremlinAide
                + u"In private, one Ukrainian official said the call was no surprise.\n\"We always knew,\" the official said."_s
                                              << u"We always knew"_s << u"direct"_s << QString() << u"-"_s;
        QTest::newRow("the unnamed official, speaking on condition")
            << kremlinAide + u"A senior official, speaking on condition of anonymity, said talks would go on. \"We always knew,\" the official added."_s
            << u"We always knew"_s << u"direct"_s << QString() << u"-"_s;
        QTest::newRow("an unnamed speaker of a two-word role")
            << u"Prime Minister Keir Starmer spoke on Monday.\nA former prime minister said talks would go on. \"We always knew,\" the prime minister added."_s
            << u"We always knew"_s << u"direct"_s << QString() << u"-"_s;
        QTest::newRow("the unnamed official of a body of two words")
            << u"Lucia Ferraz, the ministry's spokeswoman, spoke first.\nA White House official said the president had been delayed. \"He was not "_s
               u"snubbing anyone,\" the official told reporters."_s
            << u"He was not snubbing anyone"_s << u"direct"_s << QString() << u"-"_s;
        const QString joint = u"In a joint statement, Treasury Secretary Janet Yellen and Federal Reserve Chair Jerome Powell said the failure posed a "_s
                              u"risk. \"No losses will be borne by the taxpayer,\" the statement said.\nThe same statement said New York regulators had "_s
                              u"closed Signature Bank."_s;
        QTest::newRow("a joint statement speaks for the first who made it")
            << joint << u"No losses will be borne by the taxpayer"_s << u"direct"_s << u"Janet Yellen"_s << u"-"_s;
        QTest::newRow("... and so does the same statement again")
            << joint << u"New York regulators had closed Signature Bank"_s << u"indirect"_s << u"Janet Yellen"_s << u"-"_s;
        QTest::newRow("... but a statement nobody named made speaks for nobody")
            << u"A statement was read out on Friday. \"No losses will be borne by the taxpayer,\" the statement said."_s
            << u"No losses will be borne by the taxpayer"_s << u"direct"_s << QString() << u"-"_s;
        QTest::newRow("the named official") << kremlinAide + u"\"We always knew,\" the official said."_s << u"We always knew"_s << u"direct"_s
                                            << u"Yuri Ushakov"_s << u"-"_s;
        QTest::newRow("an official in apposition")
            << u"Yuri Ushakov, a senior Russian official, said on Tuesday the call was private.\n\"We always knew,\" the official said."_s
            << u"We always knew"_s << u"direct"_s << u"Yuri Ushakov"_s << u"-"_s;
        const QString kendall = u"The Work and Pensions Secretary, Liz Kendall, will speak on Tuesday. "_s;
        QTest::newRow("allies of a named person") << kendall + u"Allies of Ms Kendall said she was open to changes."_s << u"she was open to changes"_s
                                                  << u"indirect"_s << QString() << u"-"_s;
        QTest::newRow("the named person herself") << kendall + u"Ms Kendall said she was open to changes."_s << u"she was open to changes"_s << u"indirect"_s
                                                  << u"Liz Kendall"_s << u"-"_s;
        QTest::newRow("supporters open the sentence") << kendall + u"Supporters say it shows a minister doing her job."_s
                                                      << u"it shows a minister doing her job"_s << u"indirect"_s << QString() << u"-"_s;
        QTest::newRow("name inside quote") << witkoff + u"\"Putin is a man of peace,\" Witkoff said."_s << u"Putin is a man of peace"_s << u"direct"_s
                                           << u"Steve Witkoff"_s << u"-"_s;
        QTest::newRow("adding that") << u"\"We had a very good conversation,\" Donald Trump wrote on Truth Social, adding that talks would continue."_s
                                     << u"We had a very good conversation"_s << u"direct"_s << u"Donald Trump"_s << u"-"_s;
        QTest::newRow("participle opening")
            << u"Speaking at City Hall on Thursday, Mayor Ingrid Solberg struck a defiant note: \"We will respect the ruling.\""_s
            << u"We will respect the ruling"_s << u"direct"_s << u"Ingrid Solberg"_s << u"-"_s;
        QTest::newRow("colon in sentence before") << u"In a statement, Volodymyr Zelensky said:\n\"Ukraine will never trade its land for peace.\""_s
                                                  << u"Ukraine will never trade its land for peace"_s << u"direct"_s << u"Volodymyr Zelensky"_s << u"-"_s;
        QTest::newRow("carried to next paragraph") << witkoff + u"\"We will keep talking,\" Witkoff said.\n\"There is no other way.\""_s
                                                   << u"There is no other way"_s << u"direct"_s << u"Steve Witkoff"_s << u"-"_s;
        // Partial quotes inside reported speech.
        QTest::newRow("partial man of peace") << witkoff
                + u"Witkoff told Yuri Ushakov to begin by congratulating Donald Trump and emphasizing that he views the American leader as \"a man of peace.\""_s
                                              << u"a man of peace"_s << u"partial"_s << u"Steve Witkoff"_s << u"Yuri Ushakov"_s;
        QTest::newRow("partial said he views") << u"Donald Trump said he views Putin as \"a man of peace\" and wants a deal."_s << u"a man of peace"_s
                                               << u"partial"_s << u"Donald Trump"_s << u"-"_s;
        QTest::newRow("partial cue after") << u"The deal was \"a historic step for Europe,\" Emmanuel Macron said."_s << u"a historic step for Europe"_s
                                           << u"partial"_s << u"Emmanuel Macron"_s << u"-"_s;
        QTest::newRow("partial described as") << u"Her editor, Jonah Whitfield, described the first draft as \"a cathedral with no doors\" on Monday."_s
                                              << u"a cathedral with no doors"_s << u"partial"_s << u"Jonah Whitfield"_s << u"-"_s;
        QTest::newRow("partial after said that") << u"Senator Marcus Hale said the bill was \"unfinished work\" and voted against it."_s << u"unfinished work"_s
                                                 << u"partial"_s << u"Marcus Hale"_s << u"-"_s;
        // Reported speech without marks.
        QTest::newRow("indirect told to") << witkoff + u"Witkoff told Yuri Ushakov to begin the conversation by congratulating Trump."_s
                                          << u"begin the conversation by congratulating Trump"_s << u"indirect"_s << u"Steve Witkoff"_s << u"Yuri Ushakov"_s;
        QTest::newRow("indirect suggested to that")
            << u"Yuri Ushakov is a Kremlin aide. Steve Witkoff met him. He privately suggested to the Russian official that a deal would require concessions."_s
            << u"a deal would require concessions"_s << u"indirect"_s << u"Steve Witkoff"_s << u"Yuri Ushakov"_s;
        QTest::newRow("indirect said on day that") << u"Volodymyr Zelensky said on Friday that Ukraine would not give up territory."_s
                                                   << u"Ukraine would not give up territory"_s << u"indirect"_s << u"Volodymyr Zelensky"_s << u"-"_s;
        QTest::newRow("indirect said afterward that") << u"Cooper DeJean, a cornerback, said afterward that it was the best birthday he had had."_s
                                                      << u"it was the best birthday he had had"_s << u"indirect"_s << u"Cooper DeJean"_s << u"-"_s;
        QTest::newRow("indirect said backstage that") << u"Mikey Madison, the actress, said backstage that she had spent months learning Russian."_s
                                                      << u"she had spent months learning Russian"_s << u"indirect"_s << u"Mikey Madison"_s << u"-"_s;
        QTest::newRow("near miss: a clause opening with a place word")
            << u"Mikey Madison, the actress, said there had been months of work behind the role."_s << u"there had been months of work behind the role"_s
            << u"indirect"_s << u"Mikey Madison"_s << u"-"_s;
        QTest::newRow("near miss: words in capitals after 'showed' are shouted, no title")
            << u"Donald Trump wrote that Ukraine showed \"ZERO GRATITUDE\" for the effort."_s << u"ZERO GRATITUDE"_s << u"partial"_s << u"Donald Trump"_s
            << u"-"_s;
        QTest::newRow("near miss: one capitalised word said, before its cue")
            << u"\"Unbelievable,\" said Tom Brennan, a fan who flew in from Cherry Hill."_s << u"Unbelievable"_s << u"direct"_s << u"Tom Brennan"_s << u"-"_s;
        QTest::newRow("a pronoun after a name set off before 'whose'")
            << u"Sean Baker told reporters that the film would help. Adrien Brody, whose speech for the film ran past five minutes, was asked "
               u"whether he had planned it. He said he had not."_s
            << u"he had not"_s << u"indirect"_s << u"Adrien Brody"_s << u"-"_s;
        // A message sent is said: "texted", "emailed", "messaged".
        QTest::newRow("a quote texted by an unnamed source")
            << u"Backstage, Adrien Brody said he was grateful.\n\"He earned it, but the director must be pulling his hair out,\" one producer texted us."_s
            << u"He earned it, but the director must be pulling his hair out"_s << u"direct"_s << u""_s << u"-"_s;
        QTest::newRow("indirect emailed that") << u"Maria Lopez, a nurse, emailed that she had reached the shelter."_s << u"she had reached the shelter"_s
                                               << u"indirect"_s << u"Maria Lopez"_s << u"-"_s;
        QTest::newRow("'she' takes up the woman named once just before, not an earlier name")
            << u"8:47 p.m. ET \u2014 Director Gints Zilbalodis thanks his team in Latvia.\n10:52 p.m. ET \u2014 Mikey Madison wins Best Actress for "
               u"\"Anora.\" Backstage, she said she had never expected to be in this position."_s
            << u"she had never expected to be in this position"_s << u"indirect"_s << u"Mikey Madison"_s << u"-"_s;
        // The source after "according to" speaks: "the spokesperson added" is that unnamed person.
        QTest::newRow("an unnamed source after 'according to' goes on speaking")
            << u"In a video message released by the palace, Kate, 42, said the diagnosis had come as a shock. \"I am well,\" she said. She said the "
               u"treatment began in February. The King said he was proud of her, according to a Buckingham Palace spokesperson. Charles had spoken to "
               u"her throughout the week, the spokesperson added."_s
            << u"Charles had spoken to her throughout the week"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("a player named once with his award speaks by his position")
            << u"Jalen Hurts, the game's MVP, stood quietly by his locker. The 26-year-old quarterback said the win belonged to the whole team."_s
            << u"the win belonged to the whole team"_s << u"indirect"_s << u"Jalen Hurts"_s << u"-"_s;
        QTest::newRow("the speaker's own deed after the report is no part of it")
            << u"Jaylen Brown said afterward that the title was the result of years of work, and he thanked coach Joe Mazzulla for trusting them."_s
            << u"the title was the result of years of work"_s << u"indirect"_s << u"Jaylen Brown"_s << u"-"_s;
        QTest::newRow("near miss: a clause with an auxiliary after 'and he' is reported")
            << u"Jaylen Brown said the title was the result of years of work, and he would remember it."_s
            << u"the title was the result of years of work, and he would remember it"_s << u"indirect"_s << u"Jaylen Brown"_s << u"-"_s;
        QTest::newRow("workers named by a plural speak unnamed")
            << u"The terminal was quiet on Thursday. Longshoremen said they had been told to expect little work."_s
            << u"they had been told to expect little work"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("indirect claimed clause") << u"President Donald Trump claimed he hadn't heard the recording."_s << u"he hadn't heard the recording"_s
                                                 << u"indirect"_s << u"Donald Trump"_s << u"-"_s;
        QTest::newRow("indirect organisation") << u"Dairyvale Foods said it had stopped production at its plant in Kessing."_s
                                               << u"it had stopped production at its plant in Kessing"_s << u"indirect"_s << u"Dairyvale Foods"_s << u"-"_s;
        QTest::newRow("indirect cue at end") << u"Both fishermen are in hospital and their injuries are not serious, a coastguard spokesman said."_s
                                             << u"Both fishermen are in hospital and their injuries are not serious"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("indirect cue at end, role then name in apposition")
            << u"A drone strike on Kharkiv injured six people on Sunday, the regional governor, Oleh Syniehubov, said."_s
            << u"A drone strike on Kharkiv injured six people on Sunday"_s << u"indirect"_s << u"Oleh Syniehubov"_s << u"-"_s;
        QTest::newRow("indirect cue at end, name then role in apposition")
            << u"Six people were hurt in the strike, Oleh Syniehubov, the regional governor, said."_s << u"Six people were hurt in the strike"_s
            << u"indirect"_s << u"Oleh Syniehubov"_s << u"-"_s;
        QTest::newRow("indirect cue at end, commas in the words reported")
            << u"Prices rose, costs fell, and wages stagnated in the first quarter, officials said."_s
            << u"Prices rose, costs fell, and wages stagnated in the first quarter"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("indirect owner is not speaker")
            << u"Prime Minister Elena Varga lost the vote. Varga's office said in a statement that the prime minister was disappointed."_s
            << u"the prime minister was disappointed"_s << u"indirect"_s << u""_s << u"-"_s;
        // Interviews printed as questions and answers: the answer is the interviewee's, unmarked.
        QTest::newRow("interview answer paragraph")
            << u"Miriam Osei has studied the glacier since 2015. Osei spoke to us last week.\nQ: What does a day look like?\nA: We are out by six, before the ice turns to slush."_s
            << u"We are out by six, before the ice turns to slush."_s << u"direct"_s << u"Miriam Osei"_s << u"-"_s;
        QTest::newRow("transcript name labels")
            << u"Reporters spoke to Anna Berg and Tom Reilly on Monday.\nBerg: The plan is late, and everyone knows it.\nReilly: It is not late, it is cancelled."_s
            << u"It is not late, it is cancelled."_s << u"direct"_s << u"Tom Reilly"_s << u"-"_s;
        QTest::newRow("transcript labels in capitals")
            << u"Reporters spoke to Anna Berg and Tom Reilly on Monday.\nBERG: The plan is late, and everyone knows it.\nREILLY: It is not late, it is cancelled."_s
            << u"The plan is late, and everyone knows it."_s << u"direct"_s << u"Anna Berg"_s << u"-"_s;
        QTest::newRow("transcript labels with a family name of several words")
            << u"Reporters spoke to Ricardo Souza de Melo and Lucia Ferraz on Monday.\nFERRAZ: The ambassador will take your questions.\nSOUZA DE MELO: "_s
               u"The text was adopted by consensus."_s
            << u"The text was adopted by consensus."_s << u"direct"_s << u"Ricardo Souza de Melo"_s << u"-"_s;
        QTest::newRow("... but the last words of another name are no label of this one, and a particle in capitals is written in lower case")
            << u"Reporters spoke to Ricardo Souza de Melo and Lucia Ferraz on Monday.\nFERRAZ: The ambassador will take your questions.\nPAULO DE MELO: "_s
               u"The text was adopted by consensus."_s
            << u"The text was adopted by consensus."_s << u"direct"_s << u"Paulo de Melo"_s << u"-"_s;
        QTest::newRow("a briefing of two answers the reporters, not each other")
            << u"Reporters spoke to Ricardo Souza de Melo and Lucia Ferraz on Monday.\nFERRAZ: The ambassador will take your questions.\nQUESTION: Did "_s
               u"Argentina threaten to block it?\nSOUZA DE MELO: No. The text was adopted by consensus."_s
            << u"No. The text was adopted by consensus."_s << u"direct"_s << u"Ricardo Souza de Melo"_s << u""_s;
        QTest::newRow("transcript of two speaks to the other")
            << u"Envoy Steve Witkoff called Kremlin aide Yuri Ushakov.\nWITKOFF: You congratulate the president on this achievement.\nUSHAKOV: OK. I think he will do it."_s
            << u"OK. I think he will do it."_s << u"direct"_s << u"Yuri Ushakov"_s << u"Steve Witkoff"_s;
        QTest::newRow("interview answers speak to nobody named")
            << u"Miriam Osei has studied the glacier since 2015. Osei spoke to us last week.\nQ: What does a day look like?\nA: We are out by six, before the ice turns to slush."_s
            << u"We are out by six, before the ice turns to slush."_s << u"direct"_s << u"Miriam Osei"_s << u""_s;
        QTest::newRow("a round-up line with the words after a dash")
            << u"Reactions poured in.\nEvan Sorensen, a passenger on the flight \u2014 \"I looked up and there was just sky where the wall used to be.\""_s
            << u"I looked up and there was just sky where the wall used to be."_s << u"direct"_s << u"Evan Sorensen"_s << u"-"_s;
        QTest::newRow("a dash with nobody named before it gives no speaker")
            << u"Tom Hale spoke on Monday.\nThe sign on the hangar door was blunt \u2014 \"No plug leaves this building without a second signature.\""_s
            << u"No plug leaves this building without a second signature."_s << u"direct"_s << u""_s << u"-"_s;
        QTest::newRow("reported speech ends before a clause with a verb of saying of its own")
            << u"Jennifer Homendy said the agency would look at the plug, and on Tuesday the board said its investigators had asked Boeing for records."_s
            << u"the agency would look at the plug"_s << u"indirect"_s << u"Jennifer Homendy"_s << u"-"_s;
        QTest::newRow("... and goes on over a clause without one")
            << u"Jennifer Homendy said the agency would look at the plug, and the records the company kept would be read closely."_s
            << u"the agency would look at the plug, and the records the company kept would be read closely"_s << u"indirect"_s << u"Jennifer Homendy"_s
            << u"-"_s;
        QTest::newRow("according to set off inside a relative clause reports the clause")
            << u"I am less inclined to believe a company that, according to the safety board, could not tell investigators who had worked on the plug."_s
            << u"could not tell investigators who had worked on the plug"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("according to set off inside a main clause reports the sentence")
            << u"Tom Hale spoke on Monday. The door plug on the jet, according to Hale, had left the factory without its bolts."_s
            << u"The door plug on the jet, according to Hale, had left the factory without its bolts"_s << u"indirect"_s << u"Tom Hale"_s << u"-"_s;
        QTest::newRow("according to closing a whole clause before another one")
            << u"Steve Witkoff is expected to travel to Moscow next week to meet Putin, according to two sources familiar with the plans, while Army Secretary Dan Driscoll is set to hold talks in Kyiv."_s
            << u"Steve Witkoff is expected to travel to Moscow next week to meet Putin"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("a participle of saying after the subject's own clause")
            << u"Sara Nelson spoke on Sunday. Nelson praised the crew, saying the flight attendants had followed their training."_s
            << u"the flight attendants had followed their training"_s << u"indirect"_s << u"Sara Nelson"_s << u"-"_s;
        QTest::newRow("a participle of telling reports after that") << u"Sara Nelson left the room, telling reporters that the talks had failed."_s
                                                                    << u"the talks had failed"_s << u"indirect"_s << u"Sara Nelson"_s << u"-"_s;
        QTest::newRow("a quotation signed after a dash")
            << u"Reactions poured in.\n\"The records matter most of all.\" \u2014 Ruth Okafor, former NTSB investigator"_s
            << u"The records matter most of all."_s << u"direct"_s << u"Ruth Okafor"_s << u"-"_s;
        QTest::newRow("a dash after a quotation before a clause is no signature")
            << u"Ruth Okafor spoke on Monday.\n\"The records matter most of all.\" \u2014 that was the line Tom Hale repeated to every reporter who called him that week, again and again."_s
            << u"The records matter most of all."_s << u"direct"_s << u"Ruth Okafor"_s << u"-"_s;
        QTest::newRow("an as clause names who reported the clause after it")
            << u"As Jennifer Homendy said on Tuesday, the records are missing from the file."_s << u"the records are missing from the file"_s << u"indirect"_s
            << u"Jennifer Homendy"_s << u"-"_s;
        QTest::newRow("an as clause of time before the verb of saying") << u"As the hearing began, Jennifer Homendy said the records were missing."_s
                                                                        << u"the records were missing"_s << u"indirect"_s << u"Jennifer Homendy"_s << u"-"_s;
        QTest::newRow("a letter names whom the words were for")
            << u"In a letter to Jennifer Homendy, Dave Calhoun said the company would share the records."_s << u"the company would share the records"_s
            << u"indirect"_s << u"Dave Calhoun"_s << u"Jennifer Homendy"_s;
        QTest::newRow("a call with someone before that")
            << u"Dave Calhoun said in a call with Jennifer Homendy that the company would share the records."_s << u"the company would share the records"_s
            << u"indirect"_s << u"Dave Calhoun"_s << u"Jennifer Homendy"_s;
        QTest::newRow("a meeting with someone names no addressee")
            << u"After a meeting with Jennifer Homendy, Dave Calhoun said the company would share the records."_s << u"the company would share the records"_s
            << u"indirect"_s << u"Dave Calhoun"_s << u""_s;
        QTest::newRow("a reply answers whoever asked")
            << u"Sen. Maria Cantwell asked Jennifer Homendy whether the records existed. \"They do not exist,\" Homendy replied."_s << u"They do not exist"_s
            << u"direct"_s << u"Jennifer Homendy"_s << u"Maria Cantwell"_s;
        QTest::newRow("a reply after a sentence with no question names nobody")
            << u"Sen. Maria Cantwell met Jennifer Homendy on Tuesday. \"They do not exist,\" Homendy replied."_s << u"They do not exist"_s << u"direct"_s
            << u"Jennifer Homendy"_s << u""_s;
        QTest::newRow("a quotation opening the paragraph after one about a single person")
            << u"Hana Liddell, a nurse, was seated near the opening.\n\"I remember the noise. It was like the plane inhaled.\""_s
            << u"I remember the noise. It was like the plane inhaled."_s << u"direct"_s << u"Hana Liddell"_s << u"-"_s;
        QTest::newRow("... not after one about two people")
            << u"Jennifer Homendy met Dave Calhoun on Tuesday.\n\"I remember the noise. It was like the plane inhaled.\""_s
            << u"I remember the noise. It was like the plane inhaled."_s << u"direct"_s << u""_s << u"-"_s;
        QTest::newRow("words the author says are no title")
            << u"Peter Robison, the author of the book, said the company had \"lost its way completely\" after the merger."_s << u"lost its way completely"_s
            << u"partial"_s << u"Peter Robison"_s << u"-"_s;
        QTest::newRow("a city in capitals and a dash open the paragraph, not what was said")
            << u"BOSTON \u2014 The Coast Guard has convened a board into the loss of the Titan, the Coast Guard announced today."_s
            << u"The Coast Guard has convened a board into the loss of the Titan"_s << u"indirect"_s << u"Coast Guard"_s << u"-"_s;
        QTest::newRow("capitals in a sentence before a dash are no dateline")
            << u"Jennifer Homendy spoke.\nNTSB investigators \u2014 the few who were there \u2014 found the plug on Monday, officials said."_s
            << u"NTSB investigators \u2014 the few who were there \u2014 found the plug on Monday"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("a warning to a listener, then the clause") << u"Tom Hale warned investors the company had run out of cash."_s
                                                                  << u"the company had run out of cash"_s << u"indirect"_s << u"Tom Hale"_s << u"-"_s;
        QTest::newRow("a name qualifying the body that spoke is not the speaker")
            << u"Donald Trump spoke on Monday. The Trump administration said it would appeal the ruling."_s << u"it would appeal the ruling"_s << u"indirect"_s
            << u""_s << u"-"_s;
        QTest::newRow("... but a name before an adverb and the verb is") << u"Donald Trump spoke on Monday. Trump later said he would appeal the ruling."_s
                                                                         << u"he would appeal the ruling"_s << u"indirect"_s << u"Donald Trump"_s << u"-"_s;
        QTest::newRow("told a listener, then a clause without that")
            << u"Jennifer Homendy told reporters the bolts were missing."_s << u"the bolts were missing"_s << u"indirect"_s << u"Jennifer Homendy"_s << u"-"_s;
        QTest::newRow("a promise of a clause without that or a listener") << u"Jerome Powell spoke on Tuesday. He promised the review would be thorough."_s
                                                                          << u"the review would be thorough"_s << u"indirect"_s << u"Jerome Powell"_s << u"-"_s;
        QTest::newRow("... told a listener with an article, then a clause")
            << u"Jennifer Homendy told the committee the bolts would be found."_s << u"the bolts would be found"_s << u"indirect"_s << u"Jennifer Homendy"_s
            << u"-"_s;
        QTest::newRow("told a listener what one doubts, without that")
            << u"Kevin Marlow tells us he doubts the speech will calm markets."_s << u"he doubts the speech will calm markets"_s << u"indirect"_s
            << u"Kevin Marlow"_s << u"-"_s;
        QTest::newRow("others opening a sentence speak unnamed") << u"Some welcomed the rescue. Others say the rescue itself was the mistake."_s
                                                                 << u"the rescue itself was the mistake"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("a surname alone with an aside before the verb, then she")
            << u"\"It was a disaster,\" said Irene Solberg, a lawyer. Stefanik, for her part, promised that the work was not finished. She said last week that the inquiry would go on."_s
            << u"the inquiry would go on"_s << u"indirect"_s << u"Stefanik"_s << u"-"_s;
        QTest::newRow("a woman an object pronoun took up is no 'he'")
            << u"On the podium, the chief grabbed Kiri Vidal's head and kissed her. Later, the president gave a speech. \"I will not resign,\" he told the assembly."_s
            << u"I will not resign"_s << u"direct"_s << u""_s << u"-"_s;
        QTest::newRow("a man an object pronoun took up is still 'he'")
            << u"On the podium, the chief grabbed Kiri Vidal's arm and pushed him. Later, the president gave a speech. \"I will not resign,\" he told the assembly."_s
            << u"I will not resign"_s << u"direct"_s << u"Kiri Vidal"_s << u"-"_s;
        QTest::newRow("told a named listener, then a clause without that")
            << u"Jennifer Homendy told Dave Calhoun the board would need the names."_s << u"the board would need the names"_s << u"indirect"_s
            << u"Jennifer Homendy"_s << u"Dave Calhoun"_s;
        QTest::newRow("a transcript label with the role in capitals")
            << u"Marcus Bell spoke with Teresa Vance.\nMARCUS BELL, HOST: Good evening, and welcome to the show.\nTERESA VANCE, CONSULTANT: Thanks for having me on.\nBELL: What did the crew face?"_s
            << u"Good evening, and welcome to the show."_s << u"direct"_s << u"Marcus Bell"_s << u"-"_s;
        QTest::newRow("a transcript label on a line of its own")
            << u"Marcus Bell spoke with Teresa Vance.\nMARCUS BELL, HOST:\nGood evening, and welcome to the show.\nTERESA VANCE: Thanks for having me on.\nBELL: What did the crew face?"_s
            << u"Good evening, and welcome to the show."_s << u"direct"_s << u"Marcus Bell"_s << u"-"_s;
        QTest::newRow("a transcript turn addresses the guest it names")
            << u"Marcus Bell spoke with Teresa Vance and Owen Pritchard.\nBELL: Teresa, start with the flight itself.\nVANCE: It was loud.\nPRITCHARD: And quick."_s
            << u"Teresa, start with the flight itself."_s << u"direct"_s << u"Marcus Bell"_s << u"Teresa Vance"_s;
        QTest::newRow("a transcript turn that thanks the host")
            << u"Marcus Bell spoke with Teresa Vance and Owen Pritchard.\nBELL: Welcome.\nVANCE: Thanks, Marcus.\nPRITCHARD: Glad to be here."_s
            << u"Thanks, Marcus."_s << u"direct"_s << u"Teresa Vance"_s << u"Marcus Bell"_s;
        QTest::newRow("a name in apposition in a transcript turn is no addressee")
            << u"Marcus Bell spoke with Teresa Vance and Owen Pritchard.\nBELL: The board's chair, Teresa Vance, has said the plug was found.\nVANCE: It was.\nPRITCHARD: Yes."_s
            << u"The board's chair, Teresa Vance, has said the plug was found."_s << u"direct"_s << u"Marcus Bell"_s << u""_s;
        QTest::newRow("a given name that opens a sentence as its subject is no addressee")
            << u"Marcus Bell spoke with Teresa Vance and Owen Pritchard.\nBELL: Teresa found the plug, I hear.\nVANCE: It was.\nPRITCHARD: Yes."_s
            << u"Teresa found the plug, I hear."_s << u"direct"_s << u"Marcus Bell"_s << u""_s;
        QTest::newRow("a transcript's unnamed voice speaks for nobody named")
            << u"Marcus Bell spoke with Teresa Vance.\nBELL: Let's take a call.\nCALLER: My daughter flies the Max 9 every month.\nVANCE: She can fly it."_s
            << u"My daughter flies the Max 9 every month."_s << u"direct"_s << u""_s << u"-"_s;
        QTest::newRow("a hearing transcript label with party and state")
            << u"Sen. Maria Cantwell questioned Jennifer Homendy and Mike Whitaker.\nSEN. MARIA CANTWELL (D-WA): Why were the records missing?\nHOMENDY: We still do not have them.\nWHITAKER: We are auditing the line."_s
            << u"Why were the records missing?"_s << u"direct"_s << u"Maria Cantwell"_s << u"-"_s;
        QTest::newRow("the interviewee is the one introduced, not the one the questions are about")
            << u"We spoke with Lena Brandt, a retired pilot.\nQ: Tom Hale, the airline's chief, says the jets are safe. Do you agree with Hale?\nA: Hale is right about that, and I would fly one tomorrow."_s
            << u"Hale is right about that, and I would fly one tomorrow."_s << u"direct"_s << u"Lena Brandt"_s << u"-"_s;
        QTest::newRow("the interviewee is the one the introduction describes")
            << u"Dana Whitcombe spoke with Ruth Okafor, a former investigator, about the report.\nQ: What happened?\nA: The bolts were gone, and nobody wrote it down."_s
            << u"The bolts were gone, and nobody wrote it down."_s << u"direct"_s << u"Ruth Okafor"_s << u"-"_s;
        QTest::newRow("questions and answers marked with a stop")
            << u"We spoke with Ruth Okafor, a former investigator.\nQ. What happened?\nA. The bolts were gone, and nobody wrote it down."_s
            << u"The bolts were gone, and nobody wrote it down."_s << u"direct"_s << u"Ruth Okafor"_s << u"-"_s;
        QTest::newRow("an answer listing names calls none of them")
            << u"We spoke with Ruth Okafor, a former investigator, about Sam Price, Gary Wang and Nishad Singh.\nQ. Who signed it?\nA. Sam, Gary and Nishad."_s
            << u"Sam, Gary and Nishad."_s << u"direct"_s << u"Ruth Okafor"_s << u""_s;
        QTest::newRow("... but a name called before the answer is the addressee, as before")
            << u"We spoke with Ruth Okafor, a former investigator, about Sam Price.\nQ. Who signed it?\nA. Sam, you know who signed it."_s
            << u"Sam, you know who signed it."_s << u"direct"_s << u"Ruth Okafor"_s << u"Sam Price"_s;
        QTest::newRow("the interviewee is the one the introduction says was asked")
            << u"Dave Calhoun said on Monday he would step down. Calhoun has led Boeing since 2020. We spoke with Ruth Okafor about it.\nQ: What does it mean?\nA: Less than the board would like, I think."_s
            << u"Less than the board would like, I think."_s << u"direct"_s << u"Ruth Okafor"_s << u"-"_s;
        QTest::newRow("someone the news says spoke to another is not the interviewee")
            << u"Dave Calhoun spoke to Jennifer Homendy on Tuesday. Calhoun, who leaves Boeing in December, took our questions afterwards.\nQ: What did she ask for?\nA: The names, and we will give them, I think."_s
            << u"The names, and we will give them, I think."_s << u"direct"_s << u"Dave Calhoun"_s << u"-"_s;
        QTest::newRow("an interview with no introduction answers for the one the questions name")
            << u"Q: Lena Brandt, you flew for 30 years. What changed?\nA: The paperwork, mostly.\nQ: And the jets, Ms Brandt?\nA: Safer than they have ever been."_s
            << u"Safer than they have ever been."_s << u"direct"_s << u"Lena Brandt"_s << u"-"_s;
        QTest::newRow("a name in an including aside is not the subject")
            << u"European leaders, including French President Emmanuel Macron, said the plan needed more work."_s << u"the plan needed more work"_s
            << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("a name before an including aside is the subject")
            << u"French President Emmanuel Macron, including in a call with Trump, said the plan needed more work."_s << u"the plan needed more work"_s
            << u"indirect"_s << u"Emmanuel Macron"_s << u"-"_s;
        QTest::newRow("reported speech ending in a quotation keeps its closing mark")
            << u"Kaja Kallas spoke in Brussels. Kallas said Europe would \"not be a bystander\"."_s << u"Europe would \"not be a bystander\""_s << u"indirect"_s
            << u"Kaja Kallas"_s << u"-"_s;
        QTest::newRow("a bare day after the verb is when, not what")
            << u"Russian President Vladimir Putin said Friday the plan could be used as the basis of a final settlement."_s
            << u"the plan could be used as the basis of a final settlement"_s << u"indirect"_s << u"Vladimir Putin"_s << u"-"_s;
        QTest::newRow("'last week' after the verb is when, not what")
            << u"Nippon Steel Vice Chairman Takahiro Mori said last week the company would not give up on the acquisition."_s
            << u"the company would not give up on the acquisition"_s << u"indirect"_s << u"Takahiro Mori"_s << u"-"_s;
        QTest::newRow("'this morning' after the verb is when, not what") << u"Mayor Ken Welch said this morning the bridge would reopen by noon."_s
                                                                         << u"the bridge would reopen by noon"_s << u"indirect"_s << u"Ken Welch"_s << u"-"_s;
        QTest::newRow("'last year' that starts the clause stays") << u"Mayor Ken Welch said last year was the wettest on record."_s
                                                                  << u"last year was the wettest on record"_s << u"indirect"_s << u"Ken Welch"_s << u"-"_s;
        QTest::newRow("a day that starts the clause stays") << u"Russian President Vladimir Putin said Friday was the last day for talks."_s
                                                            << u"Friday was the last day for talks"_s << u"indirect"_s << u"Vladimir Putin"_s << u"-"_s;
        QTest::newRow("adding that after reported speech")
            << u"Kaja Kallas said any plan must have Europeans on board, adding that Russia had shown no sign of wanting peace."_s
            << u"Russia had shown no sign of wanting peace"_s << u"indirect"_s << u"Kaja Kallas"_s << u"-"_s;
        QTest::newRow("reporter's time clause")
            << u"Miriam Osei has worked at the station since 2015. (Her colleague, Tomás de la Vega, put it more bluntly when we spoke to him: \"The glacier has stopped answering.\")"_s
            << u"The glacier has stopped answering."_s << u"direct"_s << u"Tomás de la Vega"_s << u"-"_s;
        QTest::newRow("partial by organisation in apposition")
            << u"The tanker's owner, Van Dijk Shipping, said in a statement that it supported \"any reasonable measure\" to improve safety."_s
            << u"any reasonable measure"_s << u"partial"_s << u"Van Dijk Shipping"_s << u"-"_s;
        // Organisations and unnamed sources as speakers.
        QTest::newRow("organisation before relative clause") << u"The World Bank, which financed two of the dams, said it stood ready to help."_s
                                                             << u"it stood ready to help"_s << u"indirect"_s << u"World Bank"_s << u"-"_s;
        QTest::newRow("organisation in apposition") << u"The supplier, Corvane Systems, said in a statement that the update had been tested for weeks."_s
                                                    << u"the update had been tested for weeks"_s << u"indirect"_s << u"Corvane Systems"_s << u"-"_s;
        QTest::newRow("place after preposition is not the speaker") << u"Farmers' groups in Meruvia said the talks came too late for the harvest."_s
                                                                    << u"the talks came too late for the harvest"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("hospital in the subject did not speak")
            << u"Harwick General Hospital was inspected. One senior doctor at the hospital, who asked not to be named, said the problems were raised in January."_s
            << u"the problems were raised in January"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("according to at the end") << u"The two countries agreed to resume talks, according to a joint statement issued by the mediators."_s
                                                 << u"The two countries agreed to resume talks"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("according to a named source at the end")
            << u"The airline lost 84 million dollars in the first half, according to Northway Airlines."_s
            << u"The airline lost 84 million dollars in the first half"_s << u"indirect"_s << u"Northway Airlines"_s << u"-"_s;
        QTest::newRow("sentence in brackets") << u"Yields fell sharply. (Their largest union said last month that wheat yields had fallen by 40 percent.)"_s
                                              << u"wheat yields had fallen by 40 percent"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("unnamed sources")
            << u"Two diplomats familiar with the talks said the mediators had proposed a monitoring body that would publish data."_s
            << u"the mediators had proposed a monitoring body that would publish data"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("unnamed sources after a clause of contrast")
            << u"Dana Pruitt was held in Ohio. Her lawyers said she would fight the transfer, but people familiar with the case said she was expected to waive it."_s
            << u"she was expected to waive it"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("named speaker after a clause of contrast")
            << u"Dana Pruitt was held in Ohio. Her lawyers said she would fight the transfer, but Pruitt said she was expected to waive it."_s
            << u"she was expected to waive it"_s << u"indirect"_s << u"Dana Pruitt"_s << u"-"_s;
        QTest::newRow("pronoun speaker after a clause of contrast")
            << u"Dana Pruitt was held in Ohio. Her lawyers wanted a delay, but she said she was expected to waive it."_s << u"she was expected to waive it"_s
            << u"indirect"_s << u"Dana Pruitt"_s << u"-"_s;
        QTest::newRow("end cue with unnamed source and relative clause")
            << u"The two companies could announce an agreement next month, said one of the people, who asked not to be identified."_s
            << u"The two companies could announce an agreement next month"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("unnamed source with aside before said")
            << u"One Senate aide, who spoke on condition of anonymity, said party leaders were unlikely to schedule a vote."_s
            << u"party leaders were unlikely to schedule a vote"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("clause after said is not skipped to that")
            << u"Sen. Margaret Olsen, D-Wash., said the vote showed that safety was not partisan."_s << u"the vote showed that safety was not partisan"_s
            << u"indirect"_s << u"Margaret Olsen"_s << u"-"_s;
        QTest::newRow("officials said") << u"Officials said the fire was under control by midnight."_s << u"the fire was under control by midnight"_s
                                        << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("a naming verb before words quoted without the") << u"Ann Cole ran the bank. Ann Cole called it \"a reckless gamble\" on Friday."_s
                                                                       << u"a reckless gamble"_s << u"partial"_s << u"Ann Cole"_s << u"-"_s;
        QTest::newRow("second partial shares the cue") << u"The opposition leader, James O'Neill, called the plan \"reckless\" and \"a tax grab\"."_s
                                                       << u"a tax grab"_s << u"partial"_s << u"James O'Neill"_s << u"-"_s;
        QTest::newRow("subject before a colon")
            << u"Residents were divided. \"It is about time,\" said Anne Marsh, a retired nurse. Her neighbour, Colin Marsh, disagreed: \"They will waste it.\""_s
            << u"They will waste it."_s << u"direct"_s << u"Colin Marsh"_s << u"-"_s;
        QTest::newRow("dateline before reported speech")
            << u"GENEVA, March 12 (Golden Test Wire) - The two states agreed to resume talks, according to a joint statement."_s
            << u"The two states agreed to resume talks"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("lawyers for a person speak, not the person")
            << u"Tom Okafor was charged on Monday. Lawyers for Okafor said the charges would be contested."_s << u"the charges would be contested"_s
            << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("residents of a place") << u"Residents of Millbrook said on Saturday that warnings about the river had been ignored."_s
                                              << u"warnings about the river had been ignored"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("name set off after a possessive")
            << u"Grace Holloway stayed at home. Holloway's son, Mark Holloway, told Reuters that his mother had refused to leave."_s
            << u"his mother had refused to leave"_s << u"indirect"_s << u"Mark Holloway"_s << u"-"_s;
        QTest::newRow("last name of a relative clause is not the subject")
            << u"Irene Castell, who served in the cabinet of Varga's predecessor, Paul Droste, said she had warned ministers."_s
            << u"she had warned ministers"_s << u"indirect"_s << u"Irene Castell"_s << u"-"_s;
        QTest::newRow("hyphenated surname alone")
            << u"Alexandria Ocasio-Cortez, the New York congresswoman, criticised the trip. \"This is theatre,\" Ocasio-Cortez wrote on X."_s
            << u"This is theatre"_s << u"direct"_s << u"Alexandria Ocasio-Cortez"_s << u"-"_s;
        QTest::newRow("platform after the verb is not the speaker")
            << u"\"This is theatre,\" one critic wrote on X."_s << u"This is theatre"_s << u"direct"_s << u""_s << u"-"_s;
        QTest::newRow("organisation after said is a clause subject")
            << u"The regulator fined Southbank Water on Thursday. The ruling said the company had \"repeatedly failed\" to stop spills."_s
            << u"repeatedly failed"_s << u"partial"_s << u""_s << u"-"_s;
        QTest::newRow("document as source") << u"The regulator fined Southbank Water on Thursday. The ruling said the company had failed to stop spills."_s
                                            << u"the company had failed to stop spills"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("role noun of a school") << u"Her headteacher, Paul Grant, praised her. \"She stays late every single day,\" the headteacher said."_s
                                               << u"She stays late every single day"_s << u"direct"_s << u"Paul Grant"_s << u"-"_s;
        QTest::newRow("adding that after a quotation")
            << u"\"The council takes these claims seriously,\" said Jo Park, who speaks for the council, adding that it could not comment on a live case."_s
            << u"it could not comment on a live case"_s << u"indirect"_s << u"Jo Park"_s << u"-"_s;
        QTest::newRow("namesakes by Mr. and Ms.")
            << u"John Smith and his wife, Linda Smith, sued the council. \"We warned them,\" Mr. Smith said. Ms. Smith said the repairs had cost a fortune."_s
            << u"the repairs had cost a fortune"_s << u"indirect"_s << u"Linda Smith"_s << u"-"_s;
        QTest::newRow("content before an end cue") << u"More than 3,000 people were moved from their homes overnight, emergency services said on Sunday."_s
                                                   << u"More than 3,000 people were moved from their homes overnight"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("allies of a titled person")
            << u"Liz Kendall will speak. Allies of Ms Kendall said she was open to changes but would not drop the plan."_s
            << u"she was open to changes but would not drop the plan"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("a titled person speaks") << u"Liz Kendall will speak. Ms Kendall said she was open to changes but would not drop the plan."_s
                                                << u"she was open to changes but would not drop the plan"_s << u"indirect"_s << u"Liz Kendall"_s << u"-"_s;
        QTest::newRow("a place inside the reported words")
            << u"Steve Witkoff arrived. Witkoff suggested that Putin congratulate Trump on the Gaza ceasefire and tell him that he respected him as \u201Ca man of peace\u201D."_s
            << u"a man of peace"_s << u"partial"_s << u"Steve Witkoff"_s << u"-"_s;
        QTest::newRow("an organisation with an adverb") << u"The health ministry has also said that the clinics would stay open over the holiday."_s
                                                        << u"the clinics would stay open over the holiday"_s << u"indirect"_s << u"health ministry"_s << u"-"_s;
        QTest::newRow("she is the wife named last")
            << u"Alasdair MacLeod runs the ferry. His wife, Morag, is less philosophical. \"Nobody will stop to talk,\" she says."_s
            << u"Nobody will stop to talk"_s << u"direct"_s << u"Morag"_s << u"-"_s;
        QTest::newRow("a mayor of a town")
            << u"Mayor Denise Alvarez of Chandler said she was \"deeply disappointed\" and had asked the company to keep paying contractors."_s
            << u"deeply disappointed"_s << u"partial"_s << u"Denise Alvarez"_s << u"-"_s;
        QTest::newRow("namesake by title")
            << u"Helen Smith waited 19 weeks. Dr Peter Smith, the medical director, apologised. Mrs Smith said she was angry. \"It is better now,\" Dr Smith said."_s
            << u"It is better now"_s << u"direct"_s << u"Peter Smith"_s << u"-"_s;
        // A cue set off by commas inside the sentence it reports.
        QTest::newRow("cue inside reported speech") << witkoff + u"The plan, he said, could not be signed as written."_s
                                                    << u"The plan, he said, could not be signed as written"_s << u"indirect"_s << u"Steve Witkoff"_s << u"-"_s;
        QTest::newRow("cue with a time inside reported speech")
            << u"Karoline Leavitt defended the envoy. The call, she said on Tuesday, was part of an effort to end the war."_s
            << u"The call, she said on Tuesday, was part of an effort to end the war"_s << u"indirect"_s << u"Karoline Leavitt"_s << u"-"_s;
        QTest::newRow("an adverbial before the cue is not said") << u"Dmitry Peskov spoke on Tuesday. In Moscow, Peskov said, the mood was tense."_s
                                                                 << u"the mood was tense"_s << u"indirect"_s << u"Dmitry Peskov"_s << u"-"_s;
        // Spokespeople: named, they speak; unnamed, they speak for whom they serve.
        QTest::newRow("unnamed spokesman for an organisation")
            << u"A spokesman for Downing Street said the Prime Minister had spoken to Zelensky on Tuesday."_s
            << u"the Prime Minister had spoken to Zelensky on Tuesday"_s << u"indirect"_s << u"Downing Street"_s << u"-"_s;
        QTest::newRow("unnamed spokesperson for a person")
            << u"Army Secretary Dan Driscoll met Russian officials. A spokesperson for Driscoll said the talks were going well."_s
            << u"the talks were going well"_s << u"indirect"_s << u"Dan Driscoll"_s << u"-"_s;
        QTest::newRow("an organisation's spokesman before the verb")
            << u"The Kremlin rejected the plan. The Kremlin spokesman added that such leaks were rare."_s << u"such leaks were rare"_s << u"indirect"_s
            << u"Kremlin"_s << u"-"_s;
        QTest::newRow("a person's spokeswoman") << u"Prime Minister Elena Varga lost the vote. Varga's spokeswoman said the prime minister was disappointed."_s
                                                << u"the prime minister was disappointed"_s << u"indirect"_s << u"Elena Varga"_s << u"-"_s;
        QTest::newRow("named spokesman with a rank")
            << u"Daniel Driscoll flew to Abu Dhabi. Driscoll's spokesman, Lt. Col. Jeff Tolbert, said the talks were going well."_s
            << u"the talks were going well"_s << u"indirect"_s << u"Jeff Tolbert"_s << u"-"_s;
        QTest::newRow("the spokesman introduced last")
            << u"Kremlin spokesman Dmitry Peskov spoke first. A spokesman for Downing Street said Britain stood with Ukraine. \"Any settlement must be fair,\" the spokesman said."_s
            << u"Any settlement must be fair"_s << u"direct"_s << u"Downing Street"_s << u"-"_s;
        QTest::newRow("the spokesman named before")
            << u"A spokesman for Downing Street said Britain stood with Ukraine. Kremlin spokesman Dmitry Peskov spoke next. \"We will not comment,\" the spokesman said."_s
            << u"We will not comment"_s << u"direct"_s << u"Dmitry Peskov"_s << u"-"_s;
        // Posts and statements set as a paragraph of their own after a colon (block quotations).
        QTest::newRow("post after a colon")
            << u"Donald Trump posted about the talks. Trump wrote on Truth Social:\nGreat progress has been made with Russia and Ukraine!"_s
            << u"Great progress has been made with Russia and Ukraine!"_s << u"direct"_s << u"Donald Trump"_s << u"-"_s;
        QTest::newRow("post after a pronoun and a colon")
            << u"Volodymyr Zelenskyy posted on Telegram after the talks. He wrote:\nUkraine is ready to move forward with the framework."_s
            << u"Ukraine is ready to move forward with the framework."_s << u"direct"_s << u"Volodymyr Zelenskyy"_s << u"-"_s;
        QTest::newRow("post signed on the next line")
            << u"Foreign Minister Andrii Sybiha struck a different tone.\nUkraine will not accept a deal that rewards aggression.\n\u2014 Andrii Sybiha (@andrii_sybiha) November 25, 2025"_s
            << u"Ukraine will not accept a deal that rewards aggression."_s << u"direct"_s << u"Andrii Sybiha"_s << u"-"_s;
        QTest::newRow("post signed at its end")
            << u"Foreign Minister Andrii Sybiha struck a different tone.\nUkraine will not accept a deal that rewards aggression. \u2014 Andrii Sybiha (@andrii_sybiha) November 25, 2025"_s
            << u"Ukraine will not accept a deal that rewards aggression."_s << u"direct"_s << u"Andrii Sybiha"_s << u"-"_s;
        QTest::newRow("told reporters and a colon") << u"Donald Trump flew to Florida. Trump told reporters: \"Steve is going to Moscow next week.\""_s
                                                    << u"Steve is going to Moscow next week."_s << u"direct"_s << u"Donald Trump"_s << u""_s;
        // Who goes on speaking.
        QTest::newRow("an unnamed voice goes on") << witkoff
                + u"\"It is one thing to open a channel,\" said a former ambassador, who asked not to be named because he still advises the government. \"It is quite another to coach the other side.\""_s
                                                  << u"It is quite another to coach the other side."_s << u"direct"_s << u""_s << u"-"_s;
        QTest::newRow("reported speech stops at while")
            << u"Yuri Ushakov complained that private calls should stay private, while Dmitry Peskov, the Kremlin's spokesman, said the leak was an attempt to wreck the talks."_s
            << u"private calls should stay private"_s << u"indirect"_s << u"Yuri Ushakov"_s << u"-"_s;
        QTest::newRow("a clause of contrast has its own speaker")
            << u"Yuri Ushakov complained that private calls should stay private, while Dmitry Peskov, the Kremlin's spokesman, said the leak was an attempt to wreck the talks."_s
            << u"the leak was an attempt to wreck the talks"_s << u"indirect"_s << u"Dmitry Peskov"_s << u"-"_s;
        QTest::newRow("a bare verb after and shares the subject before")
            << witkoff + u"In the call, Witkoff suggested that Putin call Trump and tell him he was \"a man of peace.\""_s << u"a man of peace"_s
            << u"partial"_s << u"Steve Witkoff"_s << u"-"_s;
        QTest::newRow("officials say is a cue") << u"\"The bridge is safe,\" officials say."_s << u"The bridge is safe"_s << u"direct"_s << u""_s << u"-"_s;
        QTest::newRow("in the words of a named source")
            << u"Kaja Kallas spoke in Brussels. The plan was, in the words of Kaja Kallas, \"a wish list with a new letterhead\"."_s
            << u"a wish list with a new letterhead"_s << u"partial"_s << u"Kaja Kallas"_s << u"-"_s;
        QTest::newRow("in the words of an unnamed source")
            << witkoff + u"The plan was, in the words of one European diplomat, \"a wish list with a new letterhead\"."_s
            << u"a wish list with a new letterhead"_s << u"partial"_s << u""_s << u"-"_s;
        QTest::newRow("her spokesperson") << u"Kaja Kallas spoke in Brussels. Her spokesperson later added that the EU was preparing its own proposals."_s
                                          << u"the EU was preparing its own proposals"_s << u"indirect"_s << u"Kaja Kallas"_s << u"-"_s;
        QTest::newRow("his spokesman is not hers") << u"Kaja Kallas spoke in Brussels. His spokesman said the EU was preparing its own proposals."_s
                                                   << u"the EU was preparing its own proposals"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("party and state after the subject")
            << u"Sen. Thom Tillis, R-N.C., said Witkoff's conduct was \"deeply troubling\" and that the White House owed Congress an explanation."_s
            << u"deeply troubling"_s << u"partial"_s << u"Thom Tillis"_s << u"-"_s;
        QTest::newRow("party and state in brackets") << u"Rep. Don Bacon (R-Neb.) wrote on X that Witkoff \"fully favors the Russians.\""_s
                                                     << u"fully favors the Russians"_s << u"partial"_s << u"Don Bacon"_s << u"-"_s;
        QTest::newRow("party and state in brackets before a colon")
            << u"Sen. Chris Schumer spoke. Sen. Chris Murphy (D-Conn.) went further: \"This is what it looks like when your envoy works for the other team.\""_s
            << u"This is what it looks like when your envoy works for the other team."_s << u"direct"_s << u"Chris Murphy"_s << u"-"_s;
        QTest::newRow("an outlet spoken to is no speaker")
            << u"\"Look, that is the job,\" Sen. Markwayne Mullin told Playbook.\nA senior official put it more bluntly to Playbook: \"Whoever leaked this wants the war to go on.\""_s
            << u"Whoever leaked this wants the war to go on."_s << u"direct"_s << u""_s << u"-"_s;
        QTest::newRow("a transcript labelled with a descriptor")
            << u"Gaggle aboard Air Force One\nPresident Donald Trump spoke to reporters.\nTHE PRESIDENT: Thank you very much.\nQ: Will you meet Putin?\nTHE PRESIDENT: Only when the deal is final."_s
            << u"Only when the deal is final."_s << u"direct"_s << u"Donald Trump"_s << u"-"_s;
        QTest::newRow("a transcript label with an honorific")
            << u"Hearing on the tankers\nSenator John Kennedy questioned Kevin Bell.\nSEN. KENNEDY: Did you sign it?\nMR. BELL: I did not sign it.\nSEN. KENNEDY: Thank you."_s
            << u"I did not sign it."_s << u"direct"_s << u"Kevin Bell"_s << u"-"_s;
        QTest::newRow("reported speech opening with a partial quote keeps its mark")
            << u"Kirill Dmitriev wrote on Telegram that \"those who profit from the conflict\" were behind the publication."_s
            << u"\"those who profit from the conflict\" were behind the publication"_s << u"indirect"_s << u"Kirill Dmitriev"_s << u"-"_s;
        QTest::newRow("reported speech ends at a second verb of saying")
            << u"Yuri Ushakov spoke to Kommersant. He said he found Witkoff \"a serious partner\" and added, \"We understand each other.\""_s
            << u"he found Witkoff \"a serious partner\""_s << u"indirect"_s << u"Yuri Ushakov"_s << u"-"_s;
        QTest::newRow("and a verb that says nothing stays in the report")
            << u"Yuri Ushakov spoke to Kommersant. He said Witkoff had called and offered a plan for Ukraine."_s
            << u"Witkoff had called and offered a plan for Ukraine"_s << u"indirect"_s << u"Yuri Ushakov"_s << u"-"_s;
        QTest::newRow("a bare verb after and reports for the finite verb before it")
            << u"In the call, Witkoff suggested that Putin congratulate Trump on the Gaza ceasefire and tell him that he respected him as a man of peace."_s
            << u"he respected him as a man of peace"_s << u"indirect"_s << u"Witkoff"_s << u"-"_s;
        QTest::newRow("went on to say") << u"Kaja Kallas spoke in Brussels. She went on to say that Europe would not accept the plan as written."_s
                                        << u"Europe would not accept the plan as written"_s << u"indirect"_s << u"Kaja Kallas"_s << u"-"_s;
        QTest::newRow("a second partial quote of the same report")
            << u"Earlier, Yuri Ushakov was quoted by TASS as saying that the leak was \"unacceptable\" and that it was \"most likely a deliberate attempt to spoil relations.\""_s
            << u"most likely a deliberate attempt to spoil relations"_s << u"partial"_s << u"Yuri Ushakov"_s << u"-"_s;
        QTest::newRow("a second partial quote after another source is not the first's")
            << u"Yuri Ushakov called the leak \"unacceptable\" while the Kremlin's critics saw \"a deliberate attempt to spoil relations.\""_s
            << u"a deliberate attempt to spoil relations"_s << u"partial"_s << u""_s << u"-"_s;
        QTest::newRow("a clause about a named person before the cue is reported")
            << u"Steve Witkoff, a property developer, had no diplomatic experience, critics said."_s
            << u"Steve Witkoff, a property developer, had no diplomatic experience"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("in her words after a sentence with quoted words")
            << u"Maria Zakharova said at a briefing that Kiev was trying to \"sabotage\" the talks. In her words, the Kiev regime \"fears peace more than war.\""_s
            << u"fears peace more than war"_s << u"partial"_s << u"Maria Zakharova"_s << u"-"_s;
        QTest::newRow("a label before a colon is not what the source said")
            << u"What's next: Army Secretary Dan Driscoll is expected in Abu Dhabi this week for talks, two U.S. officials said."_s
            << u"Army Secretary Dan Driscoll is expected in Abu Dhabi this week for talks"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("a clause without a colon is reported whole")
            << u"Next week, Army Secretary Dan Driscoll is expected in Abu Dhabi for talks, two U.S. officials said."_s
            << u"Next week, Army Secretary Dan Driscoll is expected in Abu Dhabi for talks"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("a quotation after a verb joined by and to the report before")
            << u"Yuri Ushakov spoke to Kommersant. He said he found Witkoff \"a serious partner\" and added, \"We understand each other.\""_s
            << u"We understand each other."_s << u"direct"_s << u"Yuri Ushakov"_s << u"-"_s;
        QTest::newRow("a present verb that is also a noun after a name")
            << u"Steve Witkoff asks for a call. Yuri Ushakov replies that Putin would take this into account."_s << u"Putin would take this into account"_s
            << u"indirect"_s << u"Yuri Ushakov"_s << u"-"_s;
        QTest::newRow("unnamed critics report a clause of their own")
            << u"The leak lands as Washington presses Kyiv. Critics in both parties say the framework tilts toward Moscow."_s
            << u"the framework tilts toward Moscow"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("a possessive speaker")
            << u"Dmitry Peskov spoke in Moscow. Peskov's warning that the leak would \"poison the talks\" drew little notice."_s << u"poison the talks"_s
            << u"partial"_s << u"Dmitry Peskov"_s << u"-"_s;
        QTest::newRow("a possessive owner of no utterance")
            << u"Dmitry Peskov spoke in Moscow. Peskov's office was, by one account, \"the quietest corner of the whole Kremlin building\"."_s
            << u"the quietest corner of the whole Kremlin building"_s << u"partial"_s << u""_s << u"-"_s;
        QTest::newRow("the subject after that is not the speaker")
            << u"Sam Altman was removed on Friday. The board said only that Altman \"was not consistently candid in his communications\"."_s
            << u"was not consistently candid in his communications"_s << u"partial"_s << u""_s << u"-"_s;
        QTest::newRow("a person who said that")
            << u"Sam Altman was removed on Friday. Helen Toner said that Altman was \"not consistently candid\". She gave no detail."_s
            << u"not consistently candid"_s << u"partial"_s << u"Helen Toner"_s << u"-"_s;
        QTest::newRow("the object of the verb before a participle")
            << u"On Friday the board fired Sam Altman by video call, saying he had not been \"consistently candid\". Staff were shocked."_s
            << u"consistently candid"_s << u"partial"_s << u""_s << u"-"_s;
        QTest::newRow("the subject of the verb before a participle")
            << u"On Friday Sam Altman fired the board by video call, saying it had not been \"consistently candid\". Staff were shocked."_s
            << u"consistently candid"_s << u"partial"_s << u"Sam Altman"_s << u"-"_s;
        QTest::newRow("a subordinate clause with its own subject")
            << u"Mira Murati had been named interim chief executive on Friday when the board said it had lost confidence in Sam Altman. Murati said she was surprised."_s
            << u"it had lost confidence in Sam Altman"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("a subordinate clause before the speaker's own verb")
            << u"Mira Murati smiled on Friday when the board asked her. Later Murati said she had lost confidence in Sam Altman."_s
            << u"she had lost confidence in Sam Altman"_s << u"indirect"_s << u"Mira Murati"_s << u"-"_s;
        QTest::newRow("a lower-case post after a colon")
            << u"Who said what\n- Greg Brockman, after the deal: \"returning to OpenAI & getting back to coding tonight.\""_s
            << u"returning to OpenAI & getting back to coding tonight."_s << u"direct"_s << u"Greg Brockman"_s << u"-"_s;
        QTest::newRow("words after a colon inside a sentence")
            << u"Greg Brockman quit on Friday. Brockman had one plan: \"getting back to coding tonight\" and little else, he wrote."_s
            << u"getting back to coding tonight"_s << u"partial"_s << u"Greg Brockman"_s << u"-"_s;
        QTest::newRow("an apposition with its")
            << u"Shares in Northwind, its parent company, rose on Friday. Satya Nadella, its chief executive, said the changes were \"a first essential step\"."_s
            << u"a first essential step"_s << u"partial"_s << u"Satya Nadella"_s << u"-"_s;
        QTest::newRow("speech reported in a relative clause ends with it")
            << u"Ilya Sutskever is chief scientist. And Sutskever himself, the man who had told Sam Altman by video call that he was fired, signed the letter demanding the board's resignation."_s
            << u"he was fired"_s << u"indirect"_s << u"Ilya Sutskever"_s << u"Sam Altman"_s;
        QTest::newRow("speech reported in a main clause runs over its commas")
            << u"Ilya Sutskever is chief scientist. Sutskever told Sam Altman by video call that he was fired, effective at once."_s
            << u"he was fired, effective at once"_s << u"indirect"_s << u"Ilya Sutskever"_s << u"Sam Altman"_s;
        QTest::newRow("an unquoted report runs over its commas") << u"Mira Murati said that staff were angry, a view shared by many."_s
                                                                 << u"staff were angry, a view shared by many"_s << u"indirect"_s << u"Mira Murati"_s << u"-"_s;
        QTest::newRow("told staff without that")
            << u"Emmett Shear, who took the job on Sunday, told staff he would order an independent investigation of the process."_s
            << u"he would order an independent investigation of the process"_s << u"indirect"_s << u"Emmett Shear"_s << u"-"_s;
        QTest::newRow("posted on X that") << u"Sam Altman, 38, posted on X that he had loved his time at the company."_s
                                          << u"he had loved his time at the company"_s << u"indirect"_s << u"Sam Altman"_s << u"-"_s;
        QTest::newRow("a headline's speaker without an article") << u"Centre to table data rules in winter session, says minister\nThe rules are ready."_s
                                                                 << u"Centre to table data rules in winter session"_s << u"indirect"_s << u""_s << u"-"_s;
        const QString twoReports = u"Woo Won-shik chairs the assembly. Lee Jae-myung leads the opposition.\n"_s
                                   u"Lee has said Yoon must face justice, and Woo has said the assembly did its duty."_s;
        QTest::newRow("a report ends where another speaker's begins")
            << twoReports << u"Yoon must face justice"_s << u"indirect"_s << u"Lee Jae-myung"_s << u"-"_s;
        QTest::newRow("... which has its own speaker") << twoReports << u"the assembly did its duty"_s << u"indirect"_s << u"Woo Won-shik"_s << u"-"_s;
        QTest::newRow("a report ends where an unknown name's verb of saying begins")
            << u"Lee Jae-myung spoke first. Lee has said Yoon must face justice, and Moscow has said nothing."_s << u"Yoon must face justice"_s << u"indirect"_s
            << u"Lee Jae-myung"_s << u"-"_s;
        QTest::newRow("... whose speaker is that name, not the person before it")
            << u"Lee Jae-myung spoke first. Lee has said Yoon must face justice, and Woo has said the assembly did its duty."_s
            << u"the assembly did its duty"_s << u"indirect"_s << u"Woo"_s << u"-"_s;
        QTest::newRow("a report ends where another subject's deed is told")
            << u"Cardinal Giovanni Battista Re presided. Re said Francis had been a pope among the people, and the crowd broke into applause."_s
            << u"Francis had been a pope among the people"_s << u"indirect"_s << u"Giovanni Battista Re"_s << u"-"_s;
        QTest::newRow("... and a named person's")
            << u"Volodymyr Zelensky said he hoped the war would end soon, and Israeli President Isaac Herzog wished the new pope well."_s
            << u"he hoped the war would end soon"_s << u"indirect"_s << u"Volodymyr Zelensky"_s << u"-"_s;
        QTest::newRow("near miss: a clause with an auxiliary after the comma stays in the report")
            << u"Lee Jae-myung spoke first. Lee said the vote was lost, and the talks had ended."_s << u"the vote was lost, and the talks had ended"_s
            << u"indirect"_s << u"Lee Jae-myung"_s << u"-"_s;
        QTest::newRow("near miss: a clause written without 'that' after 'wrote'")
            << u"Donald Trump wrote the deal was done on Friday."_s << u"the deal was done on Friday"_s << u"indirect"_s << u"Donald Trump"_s << u"-"_s;
        QTest::newRow("near miss: a writing that warns is what was written")
            << u"David Lochridge wrote a report warning that the hull had not been tested."_s << u"a report warning that the hull had not been tested"_s
            << u"indirect"_s << u"David Lochridge"_s << u"-"_s;
        QTest::newRow("a second name with no verb of saying stays in the report")
            << u"Lee Jae-myung spoke first. Lee said Yoon and Woo had met twice before the vote."_s << u"Yoon and Woo had met twice before the vote"_s
            << u"indirect"_s << u"Lee Jae-myung"_s << u"-"_s;
        QTest::newRow("a place in the object is not the speaker")
            << u"Steve Witkoff met Jared Kushner. They praised the Gaza ceasefire and called it \"a model for Ukraine.\""_s << u"a model for Ukraine"_s
            << u"partial"_s << u""_s << u"-"_s;
        QTest::newRow("plural people right before the verb speak unnamed")
            << u"Mira Murati became interim chief on Friday. The interim chief lasted two days, and colleagues say she spent them trying to bring Sam Altman back."_s
            << u"she spent them trying to bring Sam Altman back"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("... but the person named before the verb speaks")
            << u"Mira Murati became interim chief on Friday. The interim chief lasted two days, and she later said she had spent them trying to bring Sam Altman back."_s
            << u"she had spent them trying to bring Sam Altman back"_s << u"indirect"_s << u"Mira Murati"_s << u"-"_s;
        const QString lowerPost = u"Sam Altman left on Friday. \"i loved my time at openai. it was transformative for me,\" he wrote on X. "_s
                                  u"\"most of all i loved working with such talented people.\""_s;
        QTest::newRow("a lower-case post opening its sentence is whole")
            << lowerPost << u"i loved my time at openai. it was transformative for me"_s << u"direct"_s << u"Sam Altman"_s << u"-"_s;
        QTest::newRow("... and so is its next sentence")
            << lowerPost << u"most of all i loved working with such talented people"_s << u"direct"_s << u"Sam Altman"_s << u"-"_s;
        QTest::newRow("... but lower-case words inside a sentence are partial")
            << u"Greg Brockman said the two were \"shocked and saddened by what the board did today\" and left."_s
            << u"shocked and saddened by what the board did today"_s << u"partial"_s << u"Greg Brockman"_s << u"-"_s;
        QTest::newRow("who vouches for a report is no part of it")
            << u"Mira Murati told staff in a memo that the partnership with Microsoft was stable, according to two people who saw it."_s
            << u"the partnership with Microsoft was stable"_s << u"indirect"_s << u"Mira Murati"_s << u"-"_s;
        QTest::newRow("... but reports only the source after according to")
            << u"The partnership with Microsoft was stable, according to two people who saw the memo."_s << u"The partnership with Microsoft was stable"_s
            << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("about before a number opens the clause")
            << u"Northline Power says about 48,000 homes are without electricity."_s << u"about 48,000 homes are without electricity"_s << u"indirect"_s
            << u"Northline Power"_s << u"-"_s;
        QTest::newRow("a pronoun after a preposition's object reports")
            << u"Greg Brockman spoke at the meeting. At the meeting he said he had sent the letter to his colleagues."_s
            << u"he had sent the letter to his colleagues"_s << u"indirect"_s << u"Greg Brockman"_s << u"-"_s;
        QTest::newRow("when it was said, then a clause without that")
            << u"OpenAI, the company behind ChatGPT, said on Friday it had removed Sam Altman as chief executive."_s
            << u"it had removed Sam Altman as chief executive"_s << u"indirect"_s << u"OpenAI"_s << u"-"_s;
        QTest::newRow("a post read out after the sentence naming its writer")
            << u"That evening Greg Brockman posted the message he had sent to his colleagues. It ended: \"based on today's news, i quit.\""_s
            << u"based on today's news, i quit"_s << u"direct"_s << u"Greg Brockman"_s << u"-"_s;
        QTest::newRow("... but not when the sentence before names no writer")
            << u"Greg Brockman left. The board's statement was short. It ended: \"The board no longer has confidence in him.\""_s
            << u"The board no longer has confidence in him"_s << u"direct"_s << u""_s << u"-"_s;
        QTest::newRow("a pronoun inside the clause after the verb is no inverted speaker")
            << u"Mira Murati became interim chief.\nAn engineer at a rival lab, who asked me not to use her name, said nobody she knew had seen it coming."_s
            << u"nobody she knew had seen it coming"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("... but a name right after the verb is")
            << u"Mira Murati became interim chief.\nThe talks would resume on Monday, said Murati, who had led them."_s << u"The talks would resume on Monday"_s
            << u"indirect"_s << u"Mira Murati"_s << u"-"_s;
        QTest::newRow("a memo speaks for the person who sent it")
            << u"On Saturday, Brad Lightcap sent a memo to staff. The memo said the decision had nothing to do with safety."_s
            << u"the decision had nothing to do with safety"_s << u"indirect"_s << u"Brad Lightcap"_s << u"-"_s;
        QTest::newRow("... not for someone who only spoke") << u"Brad Lightcap spoke on Saturday. The memo said the decision had nothing to do with safety."_s
                                                            << u"the decision had nothing to do with safety"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("... nor for the owner of those who sent it")
            << u"Donald Trump's lawyers sent a letter to the court. The letter said the case should be dropped."_s << u"the case should be dropped"_s
            << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("where the source is is not who spoke") << u"Helen Toner had clashed with Sam Altman over a paper, according to reports in the US."_s
                                                              << u"Helen Toner had clashed with Sam Altman over a paper"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("... but whose statement it is")
            << u"Inspectors visited the hospital. According to a statement from the Care Quality Commission, 212 patients had waited too long."_s
            << u"212 patients had waited too long"_s << u"indirect"_s << u"Care Quality Commission"_s << u"-"_s;
        QTest::newRow("a gerund after in with that reports for the subject")
            << u"Mira Murati was interim chief. She joined hundreds of colleagues on Monday in posting that OpenAI is nothing without its people."_s
            << u"OpenAI is nothing without its people"_s << u"indirect"_s << u"Mira Murati"_s << u"-"_s;
        QTest::newRow("... and the report ends with the gerund's phrase")
            << u"Mira Murati was interim chief. She joined colleagues in posting that OpenAI is nothing without its people, and her name led the letter."_s
            << u"OpenAI is nothing without its people"_s << u"indirect"_s << u"Mira Murati"_s << u"-"_s;
        QTest::newRow("a relative clause inside an unnamed source's subject")
            << u"Some investors were unhappy. One large shareholder in a fund that holds OpenAI stock said the company needed directors who understood the business."_s
            << u"the company needed directors who understood the business"_s << u"indirect"_s << u""_s << u"-"_s;
        const QString givenLabels = u"Host Nina Alvarez talks to Raj Patel, an investor.\nNINA: Raj, who were you calling all weekend?\n"_s
                                    u"RAJ: Founders, mostly. They wanted to know if their keys would work.\n"_s;
        QTest::newRow("a transcript labelled by given names")
            << givenLabels << u"Founders, mostly. They wanted to know if their keys would work."_s << u"direct"_s << u"Raj Patel"_s << u"Nina Alvarez"_s;
        QTest::newRow("an unnamed source after the verb that runs on")
            << u"Microsoft had prepared offices for the OpenAI staff, said a person briefed on the plans."_s
            << u"Microsoft had prepared offices for the OpenAI staff"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("an apposition naming an unknown name's role") << u"Vinod Khosla, an early backer, wrote in an opinion piece that the board had erred."_s
                                                                     << u"the board had erred"_s << u"indirect"_s << u"Vinod Khosla"_s << u"-"_s;
        QTest::newRow("an unnamed source with an aside before the verb")
            << u"Sam Altman left on Friday. Two of his allies, speaking privately, said they expected him back by Wednesday."_s
            << u"they expected him back by Wednesday"_s << u"indirect"_s << u""_s << u"-"_s;
        const QString butWarned
            = u"Keir Starmer became prime minister.\nIn his first speech, Keir Starmer said that the work of change would begin at once, but warned that it would take time."_s;
        QTest::newRow("a second verb of saying after but ends the first report")
            << butWarned << u"the work of change would begin at once"_s << u"indirect"_s << u"Keir Starmer"_s << u"-"_s;
        QTest::newRow("... and reports on its own") << butWarned << u"it would take time"_s << u"indirect"_s << u"Keir Starmer"_s << u"-"_s;
        QTest::newRow("... but a clause after but without one stays in the report")
            << u"Keir Starmer said that the reforms would pass, but the vote would be close."_s << u"the reforms would pass, but the vote would be close"_s
            << u"indirect"_s << u"Keir Starmer"_s << u"-"_s;
        QTest::newRow("he after a sentence that opens with an agent after by")
            << u"Under direct examination by Mark Cohen, Sam Bankman-Fried said he had not understood the debt. He said he had made a number of mistakes."_s
            << u"he had made a number of mistakes"_s << u"indirect"_s << u"Sam Bankman-Fried"_s << u"-"_s;
        QTest::newRow("he after a question asked by someone")
            << u"Asked by prosecutor Nicolas Roos why he did not quit, Nishad Singh said he feared for customers. He said he had taken loans from the exchange."_s
            << u"he had taken loans from the exchange"_s << u"indirect"_s << u"Nishad Singh"_s << u"-"_s;
        QTest::newRow("... but the subject that names someone first, as before")
            << u"Mark Cohen questioned Sam Bankman-Fried by video on Monday. He said the exchange had been careless."_s << u"the exchange had been careless"_s
            << u"indirect"_s << u"Mark Cohen"_s << u"-"_s;
        QTest::newRow("he is not a woman known by her given name")
            << u"Sam Bankman-Fried took the stand. Under cross-examination, Danielle Sassoon confronted him with his tweets. He said repeatedly that he did not recall them."_s
            << u"he did not recall them"_s << u"indirect"_s << u"Sam Bankman-Fried"_s << u"-"_s;
        QTest::newRow("... and she is")
            << u"Sam Bankman-Fried took the stand. Under cross-examination, Danielle Sassoon confronted him with his tweets. She said that his answers were evasive."_s
            << u"his answers were evasive"_s << u"indirect"_s << u"Danielle Sassoon"_s << u"-"_s;
        QTest::newRow("a verb joined after a quotation in the first verb's clause")
            << u"Judge Lewis Kaplan took the bench. Defense lawyer Marc Mukasey spoke for an hour. He told the judge his client was not a \"ruthless financial "
               u"serial killer\" and said the account had turned a "
               u"complicated man into a caricature."_s
            << u"the account had turned a complicated man into a caricature"_s << u"indirect"_s << u"Marc Mukasey"_s << u"-"_s;
        QTest::newRow("a headline's side says a named person did the quoted words")
            << u"Prosecutors say Bankman-Fried 'stole billions' as trial opens\nSam Bankman-Fried lied to his customers, the government said on Wednesday."_s
            << u"stole billions"_s << u"partial"_s << u""_s << u"-"_s;
        QTest::newRow("a headline's witness tells jurors what a named person did")
            << u"Ellison tells jurors Bankman-Fried 'directed me to commit these crimes'\nCaroline Ellison, the former chief executive of Alameda Research, "
               u"testified on Tuesday that Sam Bankman-Fried had told her to take money from customers."_s
            << u"directed me to commit these crimes"_s << u"partial"_s << u"Caroline Ellison"_s << u"-"_s;
        QTest::newRow("... but a name set off by a comma after the verb speaks, as before")
            << u"The talks would go on, said Steve Witkoff, \"because both sides want a deal.\""_s << u"because both sides want a deal."_s << u"partial"_s
            << u"Steve Witkoff"_s << u"-"_s;
        QTest::newRow("... and a name closing the cue before the next sentence's quotation, as before")
            << u"\"We want their names remembered,\" said one relative, Martha Lopez. \"Not just the bridge.\""_s << u"We want their names remembered"_s
            << u"direct"_s << u"Martha Lopez"_s << u"-"_s;
        QTest::newRow("a negation inside what was said") << u"Sam Bankman-Fried spoke for 20 minutes. He said he had not committed a crime."_s
                                                         << u"he had not committed a crime"_s << u"indirect"_s << u"Sam Bankman-Fried"_s << u"-"_s;
        QTest::newRow("a modal inside what was said") << u"Maria Lopez said that she could tell the bridge was unsafe."_s
                                                      << u"she could tell the bridge was unsafe"_s << u"indirect"_s << u"Maria Lopez"_s << u"-"_s;
        QTest::newRow("a side that also wrote")
            << u"Sam Bankman-Fried was convicted in November.\nProsecutors also wrote that Sam Bankman-Fried had tried to influence witnesses."_s
            << u"Sam Bankman-Fried had tried to influence witnesses"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("an end cue with when it was said") << u"The plant will reopen in March, shortly after the repairs, a spokesman said the next day."_s
                                                          << u"The plant will reopen in March, shortly after the repairs"_s << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("an end cue right after the comma with its speaker after it")
            << u"Two people were hurt in the attack, said Oleh Syniehubov, the regional governor."_s << u"Two people were hurt in the attack"_s << u"indirect"_s
            << u"Oleh Syniehubov"_s << u"-"_s;
        QTest::newRow("an end cue right after the comma with an office after it")
            << u"The meeting with Xi had been worthwhile, said the Australian prime minister."_s << u"The meeting with Xi had been worthwhile"_s
            << u"indirect"_s << u""_s << u"-"_s;
        QTest::newRow("... but an office opening the clause after the verb is what was said")
            << u"Donald Trump, in a post on Sunday, said the Ukrainian president was ungrateful."_s << u"the Ukrainian president was ungrateful"_s
            << u"indirect"_s << u"Donald Trump"_s << u"-"_s;
        QTest::newRow("a family name written first owns its supporters after a sentence's first word")
            << u"Investigators arrested Yoon Suk Yeol on Wednesday.\nIn a video released by his office, Yoon said he had agreed to go with them.\n"
               u"Hundreds of Yoon's supporters had camped near the residence."_s
            << u"he had agreed to go with them"_s << u"indirect"_s << u"Yoon Suk Yeol"_s << u"-"_s;
        QTest::newRow("near miss: a family name written first speaks, with no 'of' before it")
            << u"Investigators arrested Yoon Suk Yeol on Wednesday.\nIn a video released by his office, Yoon said he had agreed to go with them.\n"
               u"Yoon's supporters had camped near the residence."_s
            << u"he had agreed to go with them"_s << u"indirect"_s << u"Yoon Suk Yeol"_s << u"-"_s;
    }

    void attributesQuotes()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        QFETCH(QString, kind);
        QFETCH(QString, speaker);
        QFETCH(QString, addressee);
        const Article article = articleFromLines(text);
        const StoryGraph graph = extractArticle(article, QDate(2025, 11, 26));
        const Quote *found = nullptr;
        for (const Quote &candidate : graph.quotes) {
            if (trimmedQuote(candidate.text) == trimmedQuote(quote)) {
                found = &candidate;
            }
        }
        QVERIFY2(found, qPrintable(u"not found; quotes: "_s + listed(graph)));
        QCOMPARE(quoteKindName(found->kind), kind);
        QCOMPARE(nameOf(graph, found->speaker), speaker);
        if (addressee != u"-"_s) {
            QCOMPARE(nameOf(graph, found->addressee), addressee);
        }
        QVERIFY(found->confidence > 0.0 && found->confidence <= 1.0);
        if (!text.contains(u'\n') || found->kind != Quote::Kind::Direct) {
            // The span holds exactly the quoted words.
            QCOMPARE(article.body.mid(found->span.start, found->span.end - found->span.start), found->text);
        }
        if (!speaker.isEmpty()) {
            QVERIFY(found->cue.isValid());
        }
    }

    void ignoresNonQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("notQuote");
        // The judge's words are his; with no speaker to give them, they are no named person's quote.
        QTest::newRow("a pronoun in a clause whose subject is unnamed is not the sentence's subject")
            << u"The teenager was named on Thursday as Axel Rudakubana, after a judge lifted the usual anonymity in what he said was an exceptional case.\n"
               u"Rudakubana appeared by video link."_s
            << u"was an exceptional case"_s;
        QTest::newRow("a relative clause with its source set off before its verb")
            << u"Han Duck-soo spoke by telephone with US President Joe Biden, who, according to the prime minister's office, reaffirmed that the alliance remained strong."_s
            << u"Han Duck-soo spoke by telephone"_s;
        QTest::newRow("an office speaking after the verb is no clause")
            << u"The meeting with Xi had been worthwhile, said the Australian prime minister."_s << u"the Australian prime minister"_s;
        QTest::newRow("near miss: the text of a deal is no verb of saying")
            << u"Maria Lopez read the text of the deal on Monday. The text runs to 40 pages."_s << u"runs to 40 pages"_s;
        QTest::newRow("writers signing off a live blog together")
            << u"8:18 p.m. ET \u2014 \"Short, sweet, slightly unhinged,\" writes our critic Nadia Ferreira.\n11:20 p.m. ET \u2014 That's a wrap. "
               u"Thanks for following along. \u2014 Nadia Ferreira and Sam Whitcombe"_s
            << u"That's a wrap"_s;
        QTest::newRow("a thing announced") << u"Maria Lopez announced a new plan for the bridge on Monday."_s << u"a new plan for the bridge"_s;
        QTest::newRow("a thing claimed") << u"Narendra Modi claimed victory in a speech at the party headquarters in New Delhi."_s << u"victory in a speech"_s;
        QTest::newRow("a thing confirmed") << u"Maria Lopez confirmed the resignation of her deputy on Monday."_s << u"the resignation of her deputy"_s;
        QTest::newRow("a promise to do something") << u"Mr Han has promised to work with the assembly, and he met Speaker Woo Won-shik on Sunday."_s
                                                   << u"work with the assembly"_s;
        QTest::newRow("a pledge to do something") << u"Maria Lopez pledged to rebuild the bridge within a year."_s << u"rebuild the bridge"_s;
        QTest::newRow("passive after a comma") << u"Galloway spoke first. She said the contractor, Brightwater Civil, had been informed on Monday evening."_s
                                               << u"She said the contractor"_s;
        QTest::newRow("a thing suggested") << u"Envoy Steve Witkoff suggested a ceasefire in Gaza and a summit in Budapest."_s << u"a ceasefire in Gaza"_s;
        QTest::newRow("something written") << u"Leo XIII, the last pope to take the name, wrote the church's first great document on workers' rights."_s
                                           << u"the church's first great document"_s;
        QTest::newRow("... and a name written on a card")
            << u"Each cardinal writes a name on a card under the words \"Eligo in Summum Pontificem\" and places it in an urn."_s << u"a name on a card"_s;
        QTest::newRow("something posted") << u"Jo Park posted a video that showed the flood. Tesla posted a record profit that surprised analysts."_s
                                          << u"showed the flood"_s;
        QTest::newRow("words describing a quoted report")
            << u"Mira Murati, for her part, posted that 'OpenAI is nothing without its people', a phrase repeated by dozens of employees."_s
            << u"a phrase repeated by dozens"_s;
        QTest::newRow("told whom he met") << u"Emmett Shear told staff he met on Sunday about the plan for the company."_s << u"he met on Sunday"_s;
        QTest::newRow("agreeing to do something")
            << u"On Tuesday, Northline, the largest exchange in the world, agreed to buy its rival. Its chief said the deal was not binding."_s
            << u"the largest exchange in the world"_s;
        QTest::newRow("what someone did not say") << u"Sam Bankman-Fried spoke for 20 minutes. He did not say he had committed a crime."_s
                                                  << u"he had committed a crime"_s;
        QTest::newRow("what someone never said") << u"Maria Lopez never said the bridge would reopen in May."_s << u"the bridge would reopen in May"_s;
        QTest::newRow("what someone has not publicly said") << u"Maria Lopez has not publicly said the plan is dead."_s << u"the plan is dead"_s;
        QTest::newRow("a verb joined after the comma")
            << u"The defense lawyers filed a long memorandum on Friday, and asked the judge for leniency."_s << u"filed a long memorandum"_s;
        QTest::newRow("a relative clause after the comma")
            << u"The prosecutors' memorandum includes statements from victims, several of whom wrote to the court."_s << u"includes statements from victims"_s;
        QTest::newRow("what someone could tell")
            << u"The judge heard him without the jury present, a step meant to let Judge Lewis Kaplan decide whether the defendant could tell jurors "
               u"that lawyers had approved his decisions."_s
            << u"lawyers had approved his decisions"_s;
        QTest::newRow("what someone should say") << u"Maria Lopez should say that the bridge is unsafe."_s << u"the bridge is unsafe"_s;
        QTest::newRow("an adverb of sequence after a word that is no subject")
            << u"The vote was close. Then it also said that the plan had failed."_s << u"the plan had failed"_s;
        QTest::newRow("scare quotes") << u"The so-called \"peace plan\" has drawn criticism from all sides."_s << u"peace plan"_s;
        QTest::newRow("single scare word") << u"The \"deal\" looked more like a surrender to many in Kyiv."_s << u"deal"_s;
        QTest::newRow("book title") << u"She was reading \"One Hundred Years of Solitude\" on the flight to Rome."_s << u"One Hundred Years of Solitude"_s;
        QTest::newRow("slogan in title case") << u"Supporters waved \"Make America Great Again\" banners outside the arena."_s << u"Make America Great Again"_s;
        QTest::newRow("possessive plural") << u"The horses' carrots were gone, and the farmers' patience had run out."_s
                                           << u"carrots were gone, and the farmers"_s;
        QTest::newRow("stray mark at line end") << u"He left the room without a word \"\nThe meeting ended soon after."_s << u"The meeting ended soon after"_s;
        QTest::newRow("apostrophes") << u"It's the council's call, and the mayor's office won't comment on residents' fears."_s << u"s call, and the mayor"_s;
        QTest::newRow("a label after the that a naming verb governs")
            << u"Inside the bank, staff called it the \"Wednesday letter\" for weeks, Ann Cole said."_s << u"Wednesday letter"_s;
        QTest::newRow("short unattributed") << u"Officials called it \"Operation Harbour\" in internal memos."_s << u"Operation Harbour"_s;
        QTest::newRow("the time a source spoke") << u"At least three people were killed in Florida and two in Georgia, officials said early on Friday."_s
                                                 << u"early on Friday"_s;
        QTest::newRow("answer after asked") << u"Asked whether she would resign, Laura Finch said no."_s << u"Asked whether she would resign"_s;
        QTest::newRow("one name label is a heading") << u"Sarah Lee: a life in bread\nSarah Lee has run the bakery since 1990."_s << u"a life in bread"_s;
        QTest::newRow("passive cue in an aside")
            << u"Steve Witkoff is a property developer. Witkoff, it should be said, has never pretended to be a diplomat."_s
            << u"has never pretended to be a diplomat"_s;
        QTest::newRow("a list after a colon without a cue")
            << u"Zelenskyy listed his demands:\nA ceasefire, an exchange of prisoners and new elections."_s << u"A ceasefire, an exchange of prisoners"_s;
        QTest::newRow("a forecast before a contrasting cue")
            << u"The Met Office expects more rain on Tuesday, though forecasters said it should be lighter."_s << u"The Met Office expects more rain"_s;
        QTest::newRow("an apposition before a verb that reports nothing")
            << u"Kaja Kallas, the EU's foreign policy chief, spoke in Brussels on Tuesday."_s << u"Kaja Kallas, the EU's foreign policy chief"_s;
        QTest::newRow("a dash before a name inside a sentence is no signature")
            << u"Andrii Sybiha spoke.\nThe deal was praised by one man \u2014 Andrii Sybiha \u2014 and by nobody else in the cabinet that week."_s
            << u"The deal was praised by one man"_s;
        QTest::newRow("one descriptor label is a heading")
            << u"Profile\nPresident Donald Trump spoke.\nThe president: a life in deals\nHe left for Florida."_s << u"a life in deals"_s;
        QTest::newRow("a bare verb after to with no verb of saying reports nothing")
            << u"Putin wants to tell Trump that the war is over and that Ukraine has lost."_s << u"the war is over and that Ukraine has lost"_s;
        QTest::newRow("a subject and its apposition before the cue are not what was said")
            << u"Baroness Ashton, the former EU foreign policy chief, warned against overreacting."_s
            << u"Baroness Ashton, the former EU foreign policy chief"_s;
        QTest::newRow("a descriptor does not run into the next clause")
            << u"Yuri Ushakov met Steve Witkoff. Later the veteran adviser said nothing new."_s << u"the veteran adviser said"_s;
        QTest::newRow("a plural noun after a possessive name")
            << u"Steve Witkoff spoke. Witkoff's claims that the plan was fair drew criticism from Kyiv."_s << u"the plan was fair drew criticism from Kyiv"_s;
        QTest::newRow("a relative clause with a verb of saying reports nothing")
            << u"The leak lands as Washington presses Kyiv to accept a framework that critics in both parties say tilts toward Moscow."_s
            << u"tilts toward Moscow"_s;
        QTest::newRow("a verb with an object of its own is no end cue")
            << u"The road there began in December, when the president, angered by the budget cuts, declared martial law."_s
            << u"The road there began in December"_s;
        QTest::newRow("a heading on a line of its own is no transcript label")
            << u"Anna Berg and Tom Reilly spoke.\nBERG: The plan is late.\nREILLY: It is cancelled, I think.\nBackground:\nThe plan was drawn up in 2019 by the council."_s
            << u"The plan was drawn up in 2019"_s;
        QTest::newRow("a label with a role in lower case is no transcript label")
            << u"Anna Berg and Tom Reilly spoke.\nBERG: The plan is late.\nREILLY: It is cancelled, I think.\nAnna Berg, council leader: The plan was drawn up in 2019 by the council."_s
            << u"The plan was drawn up in 2019"_s;
        QTest::newRow("the words before according to inside a relative clause")
            << u"I am less inclined to believe a company that, according to the safety board, could not tell investigators who had worked on the plug."_s
            << u"believe a company that"_s;
        QTest::newRow("a participle of saying after a clause whose object is the name")
            << u"The union thanked Sara Nelson, saying she had led the talks well."_s << u"she had led the talks well"_s;
        QTest::newRow("a participle of saying before an object is no report")
            << u"Steve Witkoff went further still, suggesting a 20-point plan of the kind that had worked in the Middle East."_s
            << u"a 20-point plan of the kind"_s;
        QTest::newRow("a participle of saying before an adverb is no report")
            << u"Yuri Ushakov appeared receptive, responding positively to the suggestions he had been given."_s << u"positively to the suggestions"_s;
        QTest::newRow("a heading in capitals inside a transcript is no voice")
            << u"Anna Berg and Tom Reilly spoke.\nBERG: The plan is late.\nREILLY: It is cancelled, I think.\nUPDATE: The council met again on Friday evening."_s
            << u"The council met again"_s;
        QTest::newRow("a work's title after its author")
            << u"Peter Robison, author of \"Flying Blind: The 737 MAX Tragedy and the Fall of Boeing,\" said the culture had changed."_s << u"Flying Blind"_s;
        QTest::newRow("an initial opening a paragraph is no answer")
            << u"Ruth Okafor spoke.\nA. J. Hale, a pilot, flew the plane back to Portland on Friday."_s << u"J. Hale, a pilot, flew the plane"_s;
        QTest::newRow("a day closing the cue before a participle")
            << u"The five men aboard were killed in an implosion, the Coast Guard said yesterday, bringing a sombre end to a search that gripped the world."_s
            << u"bringing a sombre end"_s;
        QTest::newRow("a warning that names only whom") << u"Tom Hale warned the company in 2018."_s << u"the company in 2018"_s;
        QTest::newRow("a warning against something") << u"Dmitry Peskov warned against what he called megaphone diplomacy."_s << u"against what he called"_s;
        QTest::newRow("advice on how is no report of a clause")
            << u"Steve Witkoff advised Yuri Ushakov how Vladimir Putin should approach Trump."_s << u"Vladimir Putin should approach Trump"_s;
        QTest::newRow("a day after the listener is no subject")
            << u"Jennifer Homendy told reporters on Tuesday the bolts were missing."_s << u"Tuesday the bolts were missing"_s;
        QTest::newRow("title after the work it names")
            << u"Her new book, \"The Last Ice Road\", describes the decade on the glacier."_s << u"The Last Ice Road"_s;
        QTest::newRow("a pronoun after when without an auxiliary opens no clause")
            << u"Helen Toner wrote in the paper we cited on Monday about safety."_s << u"we cited on Monday about safety"_s;
        QTest::newRow("a gerund after in with an object of its own")
            << u"Mira Murati was praised in posting updates that staff could follow."_s << u"staff could follow"_s;
        QTest::newRow("... but a verb of saying inside a relative clause after the subject reports nothing")
            << u"One large shareholder backs a plan that critics in both parties say tilts toward Moscow."_s << u"tilts toward Moscow"_s;
        QTest::newRow("a given name two people share labels nobody")
            << u"Host Nina Alvarez talks to Nina Park, an investor.\nNINA: Who were you calling all weekend?\nNINA: Founders, mostly, and their lawyers.\n"_s
            << u"Founders, mostly, and their lawyers"_s;
        QTest::newRow("a passive after the comma is no end cue")
            << u"The plan was simple and cheap, said to be the work of one engineer at the firm."_s << u"The plan was simple and cheap"_s;
        QTest::newRow("an aside ending in a function word with no source before it")
            << u"On Friday, as usual, said nothing would change at the firm."_s << u"nothing would change at the firm"_s;
        QTest::newRow("writing about a subject") << u"Priya Raman speaks with Daniel Okafor, a former board member who now writes about corporate governance."_s
                                                 << u"about corporate governance"_s;
        QTest::newRow("a verb of saying in a relative clause without that")
            << u"That evening Greg Brockman posted the message he said he had sent to his colleagues."_s << u"he had sent to his colleagues"_s;
        QTest::newRow("an end cue with an object of its own") << u"On Friday afternoon, shortly after the board's announcement, Sam Altman posted a farewell."_s
                                                              << u"On Friday afternoon, shortly after the board's announcement"_s;
        QTest::newRow("a verb after the comma whose subject comes before")
            << u"The question is simple. Whether Microsoft, which has committed billions to OpenAI, asks for a seat."_s
            << u"Whether Microsoft, which has committed billions to OpenAI"_s;
    }

    // A plain-text article's first line is its headline, read as a heading.
    void headlineIsNoQuote()
    {
        const ReadResult read = ArticleReader().readData(
            "Kremlin says leak aims to derail peace effort\nThe Kremlin said on Wednesday that the leak was an attempt to disrupt the talks.\n"_ba, u"a.txt"_s);
        QCOMPARE(read.articles.size(), 1);
        Article article = read.articles.first();
        article.id = u"a1"_s;
        const StoryGraph graph = extractArticle(article, QDate(2025, 11, 26));
        QStringList texts;
        for (const Quote &quote : graph.quotes) {
            texts.append(quote.text);
        }
        QVERIFY2(texts.contains(u"the leak was an attempt to disrupt the talks"_s), qPrintable(listed(graph)));
        QVERIFY2(!texts.contains(u"leak aims to derail peace effort"_s), qPrintable(listed(graph)));
    }

    // A page's <blockquote> of several paragraphs is one quotation; a live blog's heading that
    // quotes a named person is kept, one that sums up a post is not.
    void readsBlockQuotesAndQuotingHeadings()
    {
        const ReadResult read = ArticleReader().readData(
            "<html><body><article><h1>Peace talks: live</h1>"
            "<h2>Zelenskyy: 'We are ready to move forward'</h2>"
            "<p>Ukrainian President Volodymyr Zelenskyy addressed the nation on Tuesday.</p>"
            "<h2>Zelenskyy: talks will go on in Geneva</h2>"
            "<p>In a statement, Foreign Minister Andrii Sybiha said:</p>"
            "<blockquote><p>We have done a great deal of work with our partners.</p><p>Now the decisions are for the leaders.</p></blockquote>"
            "<p>The talks continue on Wednesday in Geneva, officials in Kyiv confirmed.</p>"
            "</article></body></html>"_ba,
            u"live.html"_s);
        QCOMPARE(read.articles.size(), 1);
        Article article = read.articles.first();
        article.id = u"a1"_s;
        const StoryGraph graph = extractArticle(article, QDate(2025, 11, 26));
        QStringList found;
        for (const Quote &quote : graph.quotes) {
            found.append(nameOf(graph, quote.speaker) + u": "_s + quote.text);
        }
        QVERIFY2(found.contains(u"Volodymyr Zelenskyy: We are ready to move forward"_s), qPrintable(listed(graph)));
        QVERIFY2(found.contains(u"Andrii Sybiha: We have done a great deal of work with our partners.\nNow the decisions are for the leaders."_s),
            qPrintable(listed(graph)));
        for (const QString &quote : std::as_const(found)) {
            QVERIFY2(!quote.contains(u"talks will go on"_s) && !(quote.startsWith(u"Andrii Sybiha"_s) && quote.contains(u"The talks continue"_s)),
                qPrintable(listed(graph)));
        }
    }

    // "> " paragraphs of one Markdown block quote are one quotation; a second block quote is another.
    void readsMarkdownBlockQuotes()
    {
        const ReadResult read = ArticleReader().readData(
            "# Talks go on\n\nIn a statement, Foreign Minister Andrii Sybiha said:\n\n> We have done a great deal of work with our partners.\n>\n"
            "> Now the decisions are for the leaders.\n\nThe talks continue on Wednesday.\n\n> This is a separate block quote that nobody introduced.\n"_ba,
            u"talks.md"_s);
        QCOMPARE(read.articles.size(), 1);
        Article article = read.articles.first();
        article.id = u"a1"_s;
        const StoryGraph graph = extractArticle(article, QDate(2025, 11, 26));
        QStringList found;
        for (const Quote &quote : graph.quotes) {
            found.append(nameOf(graph, quote.speaker) + u": "_s + quote.text);
        }
        QVERIFY2(found.contains(u"Andrii Sybiha: We have done a great deal of work with our partners.\nNow the decisions are for the leaders."_s),
            qPrintable(listed(graph)));
        for (const QString &quote : std::as_const(found)) {
            QVERIFY2(!quote.contains(u"The talks continue"_s) && !quote.contains(u"separate block quote"_s), qPrintable(listed(graph)));
        }
    }

    void ignoresNonQuotes()
    {
        QFETCH(QString, text);
        QFETCH(QString, notQuote);
        const StoryGraph graph = extractArticle(articleFromLines(text), QDate(2025, 11, 26));
        for (const Quote &quote : graph.quotes) {
            QVERIFY2(!trimmedQuote(quote.text).contains(trimmedQuote(notQuote)), qPrintable(listed(graph)));
        }
    }

    // A film's, book's or song's title in marks that the sentence runs on from is a noun of
    // the sentence, no words anyone said.
    void aTitleInMarksIsNoQuote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::newRow("a film opening the sentence after a quote")
            << u"\"It was a very good night,\" said Priya Raman, a film critic.\n\"Wicked\" won two awards on Sunday."_s << u"Wicked"_s;
        QTest::newRow("a film inside reported speech") << u"Conan O'Brien, the host, joked that \"Anora\" uses one word 479 times."_s << u"Anora"_s;
        QTest::newRow("a title of several words") << u"\"The Brutalist\" won three awards, the academy said."_s << u"The Brutalist"_s;
    }

    void aTitleInMarksIsNoQuote()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        const StoryGraph graph = extractArticle(articleFromLines(text), QDate(2025, 11, 26));
        for (const Quote &quote : graph.quotes) {
            QVERIFY2(trimmedQuote(quote.text) != title, qPrintable(listed(graph)));
        }
    }

    void spokespeopleSpeakWithLessCertainty()
    {
        const QString text
            = u"Army Secretary Dan Driscoll met Russian officials. Driscoll said the talks were useful. A spokesperson for Driscoll said the talks were going well."_s;
        const StoryGraph graph = extractArticle(articleFromLines(text), QDate(2025, 11, 26));
        double own = 0.0;
        double forHim = 0.0;
        for (const Quote &quote : graph.quotes) {
            if (nameOf(graph, quote.speaker) == u"Dan Driscoll"_s) {
                (quote.text.contains(u"useful"_s) ? own : forHim) = quote.confidence;
            }
        }
        QVERIFY2(own > 0.0 && forHim > 0.0, qPrintable(listed(graph)));
        QVERIFY(forHim < own);
    }

    void numbersQuotesInTextOrder()
    {
        const QString text = u"\"First,\" said Maria Lopez. Maria Lopez said that the second came later. \"Third,\" she added."_s;
        const StoryGraph graph = extractArticle(articleFromLines(text), QDate(2025, 11, 26));
        QCOMPARE(graph.quotes.size(), 3);
        for (qsizetype i = 0; i < graph.quotes.size(); ++i) {
            QCOMPARE(graph.quotes[i].id, u"q"_s + QString::number(i + 1));
            if (i > 0) {
                QVERIFY(graph.quotes[i - 1].span.start < graph.quotes[i].span.start);
            }
        }
    }

    void seedArticle()
    {
        QFile file(seedCorpusDir() + QStringLiteral("/leaked-call.txt"));
        if (!file.open(QIODevice::ReadOnly)) {
            QSKIP("the seed corpus (../shared/corpus) is not present");
        }
        const StoryGraph graph = extractArticle(articleFromLines(QString::fromUtf8(file.readAll()).trimmed()), QDate(2025, 11, 26));
        int witkoff = 0;
        int trump = 0;
        for (const Quote &quote : graph.quotes) {
            if (quote.kind == Quote::Kind::Indirect) {
                continue;
            }
            const QString speaker = nameOf(graph, quote.speaker);
            witkoff += speaker == u"Steve Witkoff"_s ? 1 : 0;
            trump += speaker == u"Donald Trump"_s ? 1 : 0;
        }
        QCOMPARE(witkoff, 3);
        QCOMPARE(trump, 1);
    }
};

QTEST_GUILESS_MAIN(QuotesTest)
#include "quotes_test.moc"
