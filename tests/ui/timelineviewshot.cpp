// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
// Not a test: grabs the timeline view showing the sample story, to judge it by eye.
//   timelineviewshot OUT.png [light|dark] [none|person|article] [ZOOM-STEPS] [EVENTS]
#include "storyselection.h"
#include "teststories.h"
#include "timelineview.h"

#include <QApplication>
#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString out = arguments.value(1, u"timelineview.png"_s);
    const bool dark = arguments.value(2) == u"dark"_s;
    const QString lanes = arguments.value(3, u"person"_s);
    const int zoomSteps = arguments.value(4, u"0"_s).toInt();
    const int events = arguments.value(5, u"0"_s).toInt();

    StorySelection selection;
    TimelineView view(&selection);
    view.resize(1280, 720);
    view.setColorScheme(dark ? ColorScheme::Dark : ColorScheme::Light);
    view.setLaneMode(
        lanes == u"none"_s ? TimelineView::LaneMode::None : (lanes == u"article"_s ? TimelineView::LaneMode::ByArticle : TimelineView::LaneMode::ByPerson));
    view.setStory(std::make_shared<const StoryGraph>(events > 0 ? generatedStory(events) : sampleStory()));
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) {
        return 1;
    }
    for (int i = 0; i < zoomSteps; ++i) {
        view.zoomIn();
    }
    selection.select(events > 0 ? u"e5"_s : u"e3"_s);
    QApplication::processEvents();
    return view.grab().save(out) ? 0 : 1;
}
