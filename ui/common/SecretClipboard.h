#pragma once

#include <QString>

namespace Keyward::Ui {

/// Copies a secret (an API token) to the clipboard the way password managers do: tagged so that clipboard
/// managers keep it out of their history, and cleared after a while if the clipboard still holds it.
namespace SecretClipboard {

constexpr int kClearAfterMs = 45'000;

void copy(const QString &secret);

} // namespace SecretClipboard
} // namespace Keyward::Ui
