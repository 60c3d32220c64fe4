// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QStringView>

namespace Sourceline {

/// Whether two given names, as PersonName::words() keys, can name one person: the same name
/// or an English short form of it ("Dan" and "Daniel", "Larry" and "Lawrence", "Steve" and
/// "Stephen" or "Steven"). Outlets differ in which one they print: a wire story's "Army
/// Secretary Daniel Driscoll" is another paper's "Dan Driscoll".
[[nodiscard]] bool sameGivenName(QStringView a, QStringView b);

} // namespace Sourceline
