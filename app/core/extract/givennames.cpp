// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "givennames.h"

#include "peoplenames.h"

#include <QHash>
#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// Each line: names that outlets print for one given name. A short form that serves several
// names ("Al", "Chris", "Pat") is on each of their lines.
const char16_t *const nameGroups[] = {
    u"William Bill Billy Will Willie",
    u"Robert Bob Bobby Rob Robbie",
    u"Richard Dick Rick Rich Richie",
    u"James Jim Jimmy Jamie",
    u"John Jack Johnny",
    u"Michael Mike Mick Mickey",
    u"Daniel Dan Danny",
    u"Lawrence Laurence Larry",
    u"Thomas Tom Tommy",
    u"Joseph Joe Joey",
    u"Edward Ed Eddie Ted Ned",
    u"Theodore Ted Teddy",
    u"Charles Charlie Chuck",
    u"Christopher Chris",
    u"Christine Christina Chris",
    u"Anthony Tony",
    u"Andrew Andy Drew",
    u"Alexander Alex",
    u"Alexandra Alex",
    u"Benjamin Ben",
    u"Samuel Sam Sammy",
    u"Nicholas Nick",
    u"Matthew Matt",
    u"Timothy Tim",
    u"Stephen Steven Steve",
    u"Jonathan Jon",
    u"Joshua Josh",
    u"Kenneth Ken Kenny",
    u"Donald Don",
    u"Ronald Ron Ronnie",
    u"Gerald Gerry Jerry",
    u"Gregory Greg",
    u"Jeffrey Geoffrey Jeff Geoff",
    u"Peter Pete",
    u"Patrick Pat",
    u"Patricia Pat Trish",
    u"Philip Phillip Phil",
    u"Raymond Ray",
    u"Frederick Fred Freddie",
    u"Albert Al",
    u"Alfred Al",
    u"Alan Allan Allen Al",
    u"Douglas Doug",
    u"Elizabeth Liz Beth Betsy Eliza",
    u"Katherine Catherine Kathryn Kate Katie Kathy Cathy",
    u"Margaret Maggie Meg Peggy",
    u"Jennifer Jen Jenny",
    u"Susan Sue Susie",
    u"Rebecca Becky",
    u"Deborah Debra Debbie Deb",
    u"Victoria Vicky",
    u"Abigail Abby",
};

// Name key -> the groups it belongs to.
const QHash<QString, QList<int>> &groupsByName()
{
    static const QHash<QString, QList<int>> groups = [] {
        QHash<QString, QList<int>> map;
        int group = 0;
        for (const char16_t *line : nameGroups) {
            for (const QString &key : PersonName::words(QStringView(line))) {
                map[key].append(group);
            }
            ++group;
        }
        return map;
    }();
    return groups;
}

} // namespace

bool sameGivenName(QStringView a, QStringView b)
{
    if (a == b) {
        return true;
    }
    const QHash<QString, QList<int>> &groups = groupsByName();
    const auto first = groups.constFind(a.toString());
    if (first == groups.cend()) {
        return false;
    }
    const auto second = groups.constFind(b.toString());
    if (second == groups.cend()) {
        return false;
    }
    return std::any_of(first->cbegin(), first->cend(), [&](int group) { return second->contains(group); });
}

} // namespace Sourceline
