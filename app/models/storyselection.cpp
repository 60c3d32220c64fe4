// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storyselection.h"

namespace Sourceline {

namespace {
// Enough for any reading session; an unbounded history would grow with every click.
constexpr qsizetype maximumHistory = 200;
} // namespace

void StorySelection::select(const QString &id)
{
    if (id == m_current) {
        return;
    }
    if (!m_current.isEmpty()) {
        m_back.append(m_current);
        if (m_back.size() > maximumHistory) {
            m_back.removeFirst();
        }
    }
    m_forward.clear();
    moveTo(id);
    Q_EMIT historyChanged();
}

void StorySelection::reset()
{
    const bool hadHistory = canGoBack() || canGoForward();
    m_back.clear();
    m_forward.clear();
    moveTo(QString());
    if (hadHistory) {
        Q_EMIT historyChanged();
    }
}

void StorySelection::goBack()
{
    if (m_back.isEmpty()) {
        return;
    }
    if (!m_current.isEmpty()) {
        m_forward.append(m_current);
    }
    moveTo(m_back.takeLast());
    Q_EMIT historyChanged();
}

void StorySelection::goForward()
{
    if (m_forward.isEmpty()) {
        return;
    }
    if (!m_current.isEmpty()) {
        m_back.append(m_current);
    }
    moveTo(m_forward.takeLast());
    Q_EMIT historyChanged();
}

void StorySelection::moveTo(const QString &id)
{
    if (id == m_current) {
        return;
    }
    m_current = id;
    Q_EMIT currentChanged(id);
}

} // namespace Sourceline
