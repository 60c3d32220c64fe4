// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QStringView>

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>
#include <vector>

namespace Sourceline {

/// A word list's lower-case words (ASCII, a to z first) with their values, kept by first
/// letter and length: a scanned word written in ASCII, in any case, is compared only with the
/// few words of its shape, letter by letter, without being folded into a buffer and hashed.
/// A word with a character outside ASCII is not judged here (find() says so): some such
/// characters lower-case to ASCII letters, which only the caller's full look-up handles.
template<typename T>
class WordIndex
{
public:
    /// words: pairs of a lower-case word and its value, as in a map of the list.
    template<typename Words>
    explicit WordIndex(const Words &words)
    {
        for (const auto &[word, value] : words) {
            const std::u16string_view key(word);
            const bool indexable = !key.empty() && key.size() <= maxLength && key.front() >= u'a' && key.front() <= u'z'
                && std::none_of(key.cbegin(), key.cend(), [](char16_t c) { return c >= 0x80; });
            if (indexable) {
                m_entries.push_back({key, value});
            } else {
                m_partial = true; // a word this index cannot hold: what it does not find, it cannot deny
            }
        }
        std::sort(m_entries.begin(), m_entries.end(), [](const auto &a, const auto &b) { return bucketOf(a.first) < bucketOf(b.first); });
        std::size_t at = 0;
        for (std::size_t bucket = 0; bucket < buckets; ++bucket) {
            m_begin[bucket] = quint16(at);
            while (at < m_entries.size() && bucketOf(m_entries[at].first) == bucket) {
                ++at;
            }
        }
        m_begin[buckets] = quint16(at);
    }

    enum class Found { Yes, No, NotAscii };

    /// Looks word up in any case; on Found::Yes *value is set.
    [[nodiscard]] Found find(QStringView word, T *value) const
    {
        const qsizetype size = word.size();
        if (size == 0 || size > qsizetype(maxLength)) {
            return Found::No;
        }
        const char16_t *chars = word.utf16();
        const char16_t first = lower(chars[0]);
        if (first >= 0x80) {
            return Found::NotAscii;
        }
        if (first < u'a' || first > u'z') {
            return notFound(chars, size);
        }
        const std::size_t bucket = std::size_t(first - u'a') * (maxLength + 1) + std::size_t(size);
        for (std::size_t e = m_begin[bucket]; e < m_begin[bucket + 1]; ++e) {
            const std::u16string_view candidate = m_entries[e].first;
            qsizetype k = 1;
            while (k < size && lower(chars[k]) == candidate[std::size_t(k)]) {
                ++k;
            }
            if (k == size) {
                *value = m_entries[e].second;
                return Found::Yes;
            }
        }
        return notFound(chars, size);
    }

private:
    static constexpr std::size_t maxLength = 32; // as LowerWord's buffer
    static constexpr std::size_t buckets = 26 * (maxLength + 1);

    static constexpr char16_t lower(char16_t c) { return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c; }
    static std::size_t bucketOf(std::u16string_view word) { return std::size_t(word.front() - u'a') * (maxLength + 1) + word.size(); }
    // A word not among those indexed: not in the list, unless a character outside ASCII (or a
    // word the index could not hold) leaves it to the caller's full look-up.
    [[nodiscard]] Found notFound(const char16_t *chars, qsizetype size) const
    {
        return m_partial || std::any_of(chars, chars + size, [](char16_t c) { return c >= 0x80; }) ? Found::NotAscii : Found::No;
    }

    std::vector<std::pair<std::u16string_view, T>> m_entries;
    std::array<quint16, buckets + 1> m_begin{};
    bool m_partial = false;
};

} // namespace Sourceline
