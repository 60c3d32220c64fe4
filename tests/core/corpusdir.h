// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QString>
#include <QtGlobal>

/// The folder of the shared seed corpus: SOURCELINE_CORPUS_DIR from the environment when it is
/// set and not empty (a worktree's ../shared may be a link the build root cannot follow), else
/// the folder beside the checkout. packaging/dev.sh passes the variable on even when it is unset,
/// as an empty string, which must not hide the default.
inline QString seedCorpusDir()
{
    const QString fromEnvironment = qEnvironmentVariable("SOURCELINE_CORPUS_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(SOURCELINE_CORPUS_DIR) : fromEnvironment;
}
