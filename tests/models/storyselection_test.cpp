// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storyselection.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sourceline;

class StorySelectionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selectingTheCurrentIdIsANoOp()
    {
        StorySelection selection;
        QSignalSpy changed(&selection, &StorySelection::currentChanged);
        QSignalSpy history(&selection, &StorySelection::historyChanged);
        selection.select(u"q1"_s);
        selection.select(u"q1"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), u"q1"_s);
        QCOMPARE(history.count(), 1);
        QVERIFY(!selection.canGoBack());
    }

    void backAndForwardWalkTheHistory()
    {
        StorySelection selection;
        QSignalSpy changed(&selection, &StorySelection::currentChanged);
        for (const QString &id : {u"q1"_s, u"e2"_s, u"p3"_s}) {
            selection.select(id);
        }
        QVERIFY(selection.canGoBack());
        QVERIFY(!selection.canGoForward());

        selection.goBack();
        QCOMPARE(selection.current(), u"e2"_s);
        selection.goBack();
        QCOMPARE(selection.current(), u"q1"_s);
        QVERIFY(!selection.canGoBack());
        QVERIFY(selection.canGoForward());
        selection.goBack(); // nothing further back: no change, no signal
        QCOMPARE(selection.current(), u"q1"_s);

        selection.goForward();
        QCOMPARE(selection.current(), u"e2"_s);
        QCOMPARE(changed.count(), 6);
        QCOMPARE(changed.last().first().toString(), u"e2"_s);
    }

    void selectingAfterGoingBackDropsTheForwardHistory()
    {
        StorySelection selection;
        selection.select(u"q1"_s);
        selection.select(u"q2"_s);
        selection.goBack();
        QVERIFY(selection.canGoForward());
        selection.select(u"e1"_s);
        QVERIFY(!selection.canGoForward());
        selection.goBack();
        QCOMPARE(selection.current(), u"q1"_s);
    }

    void clearingTheSelectionIsRemembered()
    {
        StorySelection selection;
        selection.select(u"p1"_s);
        selection.select(QString());
        QCOMPARE(selection.current(), QString());
        selection.goBack();
        QCOMPARE(selection.current(), u"p1"_s);
    }

    void resetForgetsEverything()
    {
        StorySelection selection;
        selection.select(u"p1"_s);
        selection.select(u"p2"_s);
        QSignalSpy changed(&selection, &StorySelection::currentChanged);
        QSignalSpy history(&selection, &StorySelection::historyChanged);
        selection.reset();
        QCOMPARE(selection.current(), QString());
        QVERIFY(!selection.canGoBack());
        QVERIFY(!selection.canGoForward());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(history.count(), 1);
    }
};

QTEST_GUILESS_MAIN(StorySelectionTest)
#include "storyselection_test.moc"
