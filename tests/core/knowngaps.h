// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storyexpectation.h"

#include <QStringList>
#include <QTest>

/// Acceptance checks against known extraction gaps. Each known gap is a piece of one mismatch
/// line that the extraction produces today. The check fails on any mismatch that is not a
/// known gap (a regression) and on any known gap that no longer occurs (progress: shorten the
/// list); otherwise the row is an expected failure, with every mismatch still printed.
inline void verifyAgainstKnownGaps(const QStringList &mismatches, const QStringList &knownGaps)
{
    const auto matchesAny = [](const QString &text, const QStringList &pieces) {
        return std::any_of(pieces.cbegin(), pieces.cend(), [&text](const QString &piece) { return text.contains(piece); });
    };
    QStringList unexpected;
    for (const QString &line : mismatches) {
        if (!matchesAny(line, knownGaps)) {
            unexpected.append(line);
        }
    }
    QVERIFY2(unexpected.isEmpty(), qPrintable(Sourceline::StoryExpectation::describe(unexpected)));
    QStringList closed;
    for (const QString &gap : knownGaps) {
        if (!std::any_of(mismatches.cbegin(), mismatches.cend(), [&gap](const QString &line) { return line.contains(gap); })) {
            closed.append(gap);
        }
    }
    QVERIFY2(closed.isEmpty(), qPrintable(QStringLiteral("known gaps no longer occur, remove them from the list: ") + closed.join(QStringLiteral("; "))));
    if (!knownGaps.isEmpty()) {
        QEXPECT_FAIL("", "known extraction gaps, listed in the test", Continue);
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(Sourceline::StoryExpectation::describe(mismatches)));
}
