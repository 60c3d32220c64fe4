// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QString>

namespace Sourceline {

/// A half-open range [start, end) of UTF-16 code units (QString indices) in one text.
struct TextRange
{
    int start = -1;
    int end = -1;

    [[nodiscard]] bool isValid() const { return start >= 0 && end >= start; }
    [[nodiscard]] int length() const { return end - start; }
    [[nodiscard]] bool contains(int position) const { return position >= start && position < end; }
    [[nodiscard]] bool overlaps(const TextRange &other) const { return start < other.end && other.start < end; }
    bool operator==(const TextRange &) const = default;
};

/// Where a graph item came from: a range in one article's body text.
struct SourceSpan
{
    QString article; ///< article id
    int start = -1;
    int end = -1;

    [[nodiscard]] bool isValid() const { return !article.isEmpty() && start >= 0 && end >= start; }
    [[nodiscard]] TextRange range() const { return {start, end}; }
    bool operator==(const SourceSpan &) const = default;
};

} // namespace Sourceline
