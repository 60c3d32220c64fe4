// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "peoplerun.h"

#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

class PlaceCuesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notPeople_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("place"); // kept as a place, not only dropped

        QTest::newRow("storm") << u"Hurricane Helene made landfall late on Thursday. Helene then weakened over Georgia, the storm center said."_s << u"Helene"_s
                               << false;
        QTest::newRow("tropical storm") << u"Officials said Tropical Storm Debby would bring rain. Debby stalled over the coast for two days."_s << u"Debby"_s
                                        << false;
        QTest::newRow("typhoon") << u"Typhoon Haiyan struck the islands in 2013, and rescuers said Haiyan left thousands homeless."_s << u"Haiyan"_s << false;
        QTest::newRow("river lower case") << u"Officials said the French Broad river in Asheville rose higher than ever before."_s << u"French Broad"_s << true;
        QTest::newRow("river named later") << u"The Rocky Broad River took almost everything. Residents said the Rocky Broad was a trickle again."_s
                                           << u"Rocky Broad"_s << true;
        QTest::newRow("region") << u"The storm made landfall in Florida's Big Bend region late on Thursday. It was the third storm to hit the Big Bend."_s
                                << u"Big Bend"_s << true;
        QTest::newRow("village") << u"Officials said Chimney Rock village reopened its main street to visitors in the spring."_s << u"Chimney Rock"_s << true;
        QTest::newRow("compass") << u"Business is slow, said a café owner in West Asheville whose shop has been shut."_s << u"West Asheville"_s << true;
        QTest::newRow("state abbreviation") << u"Helene makes landfall near Perry, Fla., as a Category 4 hurricane at 11 p.m. on Thursday."_s << u"Fla"_s
                                            << false;
        QTest::newRow("cyclone") << u"Cyclone Alfred crossed the coast overnight. By morning Alfred had weakened, the storm center said."_s << u"Alfred"_s
                                 << false;
        QTest::newRow("loose geographic word after the") << u"Crews closed the Jordan Lake dam road on Friday, officials said."_s << u"Jordan Lake"_s << true;
        QTest::newRow("towns like") << u"Grants for towns like Chimney Rock are still being processed. Chimney Rock lost its bridge."_s << u"Chimney Rock"_s
                                    << true;
        QTest::newRow("street in") << u"The water took everything on Main Street in Chimney Rock, residents said."_s << u"Chimney Rock"_s << true;
        QTest::newRow("named days") << u"Stores will close on Memorial Day and Labor Day. Russia held its Victory Day parade."_s << u"Labor Day"_s << false;
        QTest::newRow("a named day opening a sentence") << u"Boxing Day sales began early, retailers said."_s << u"Boxing Day"_s << false;
        QTest::newRow("county") << u"Rescuers reached the Palm Beach County line on Friday, officials said."_s << u"Palm Beach"_s << false;
    }

    void notPeople()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(bool, place);
        const PeopleRun run(text);
        QVERIFY2(!run.hasPerson(name), qPrintable(run.names()));
        QVERIFY2(!run.hasPerson(name + u'.'), qPrintable(run.names()));
        if (place) {
            QVERIFY(run.hasPlace(name));
        }
    }

    // People whose names hold such words stay people when the text says so.
    void stillPeople_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");

        QTest::newRow("Storm as a given name") << u"\"I loved the script,\" said Storm Reid, who plays the lead."_s << u"Storm Reid"_s;
        QTest::newRow("Helene as a given name") << u"Helene Fischer sang for two hours on Friday. Fischer said her tour would go on."_s << u"Helene Fischer"_s;
        QTest::newRow("Rocky as a given name") << u"\"We keep going,\" said Rocky Broadwater, a farmer near the river."_s << u"Rocky Broadwater"_s;
        QTest::newRow("Bend as a surname") << u"Mayor Tom Bend said the village would rebuild."_s << u"Tom Bend"_s;
        QTest::newRow("Bay as a surname") << u"Michael Bay said his new film was shot near the bay."_s << u"Michael Bay"_s;
        QTest::newRow("compass word as a surname") << u"Kanye West said he would perform in Atlanta."_s << u"Kanye West"_s;
        QTest::newRow("possessive before a person") << u"Talks went on with Italy's Giorgia Meloni, who said she was hopeful."_s << u"Giorgia Meloni"_s;
        QTest::newRow("state name as a given name") << u"Georgia Meloni, the chief executive, said her company would hire."_s << u"Georgia Meloni"_s;
        QTest::newRow("people like") << u"Fans like Rocky Marciano said they would come back, and Marciano did."_s << u"Rocky Marciano"_s;
        QTest::newRow("Day as a surname") << u"\"It was a good run,\" said Doris Day, who starred in the film."_s << u"Doris Day"_s;
        QTest::newRow("Storm in an article without storms") << u"Storm Reid arrived late. Reid said she had been filming."_s << u"Storm Reid"_s;
        QTest::newRow("comma before a person") << u"The bill passed, Ga. officials said, and Sen. Raphael Warnock praised it."_s << u"Raphael Warnock"_s;
    }

    void stillPeople()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        const PeopleRun run(text);
        QVERIFY2(run.hasPerson(name), qPrintable(run.names()));
    }
};

QTEST_GUILESS_MAIN(PlaceCuesTest)
#include "placecues_test.moc"
