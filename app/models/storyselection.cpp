// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storyselection.h"

namespace Sourceline {

void StorySelection::select(const QString &id)
{
    if (id == m_current) {
        return;
    }
    m_current = id;
    Q_EMIT currentChanged(id);
}

} // namespace Sourceline
