// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QList>
#include <QStringView>

namespace Sourceline {

/// Words mapped to values in one open-addressed array, keyed by their exact characters. The
/// people and quote stages ask such tables about most words of every article; a hash that the
/// caller works out while it folds a word's case, and slots without nodes, cost a fraction of
/// QHash's general string hash and buckets. The table does not own the characters of its keys:
/// they must outlive it. Its capacity is fixed when it is made.
template<typename Value>
class WordTable
{
public:
    static constexpr quint32 seed = 2166136261u;
    /// One step of the hash (FNV-1a over UTF-16 code units), for callers that fold as they go.
    [[nodiscard]] static quint32 step(quint32 hash, char16_t c) { return (hash ^ c) * 16777619u; }
    [[nodiscard]] static quint32 hashOf(QStringView word)
    {
        quint32 hash = seed;
        for (const QChar c : word) {
            hash = step(hash, c.unicode());
        }
        return hash;
    }

    /// A table for at most `count` keys.
    explicit WordTable(qsizetype count)
    {
        qsizetype capacity = 16;
        while (capacity < count * 2) {
            capacity *= 2;
        }
        m_slots.resize(capacity);
        m_mask = quint32(capacity - 1);
    }

    /// Adds key with value unless the key is there already; returns whether it was added.
    bool insert(QStringView key, const Value &value) { return insert(key, value, hashOf(key)); }
    bool insert(QStringView key, const Value &value, quint32 hash)
    {
        quint32 slot = hash & m_mask;
        while (m_slots[slot].used) {
            if (matches(m_slots[slot], key.utf16(), key.size(), hash)) {
                return false;
            }
            slot = (slot + 1) & m_mask;
        }
        m_slots[slot] = {key.utf16(), key.size(), hash, true, value};
        return true;
    }

    /// The value of key, added with a default value when the key is not there yet.
    Value &valueOf(QStringView key)
    {
        const quint32 hash = hashOf(key);
        quint32 slot = hash & m_mask;
        while (m_slots[slot].used) {
            if (matches(m_slots[slot], key.utf16(), key.size(), hash)) {
                return m_slots[slot].value;
            }
            slot = (slot + 1) & m_mask;
        }
        m_slots[slot] = {key.utf16(), key.size(), hash, true, Value{}};
        return m_slots[slot].value;
    }

    /// The value of the key of `size` units at `key` whose hash is `hash`, or null.
    [[nodiscard]] const Value *find(const char16_t *key, qsizetype size, quint32 hash) const
    {
        for (quint32 slot = hash & m_mask; m_slots[slot].used; slot = (slot + 1) & m_mask) {
            if (matches(m_slots[slot], key, size, hash)) {
                return &m_slots[slot].value;
            }
        }
        return nullptr;
    }
    [[nodiscard]] const Value *find(QStringView key) const { return find(key.utf16(), key.size(), hashOf(key)); }
    [[nodiscard]] bool contains(QStringView key) const { return find(key) != nullptr; }

private:
    struct Slot
    {
        const char16_t *key = nullptr;
        qsizetype size = 0;
        quint32 hash = 0;
        bool used = false;
        Value value{};
    };

    static bool matches(const Slot &slot, const char16_t *key, qsizetype size, quint32 hash)
    {
        if (slot.hash != hash || slot.size != size) {
            return false;
        }
        // Words are short: a plain loop, where std::equal would call memcmp.
        for (qsizetype i = 0; i < size; ++i) {
            if (key[i] != slot.key[i]) {
                return false;
            }
        }
        return true;
    }

    QList<Slot> m_slots;
    quint32 m_mask = 0;
};

} // namespace Sourceline
