// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"

namespace Sourceline {

/// A company that one article names only as the doer of deeds ("Binance agrees to buy FTX.
/// Binance backs out.") reads as a person known by one name; another article of the story that
/// calls it a company settles what it is. Its mentions, quotes and events go to the company.
void foldCompaniesTakenForPeople(StoryGraph &story);

/// An article that calls someone by the given name alone beside the family ("Shahzada Dawood
/// and his son Suleman") names the one person of the story whose full name begins with it
/// ("Suleman Dawood"), unless that name is also somebody's surname or begins several names.
void foldGivenNamesIntoFullNames(StoryGraph &story);

} // namespace Sourceline
