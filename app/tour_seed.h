#pragma once
// Fictional sync review items for the self-test and screenshot tour: a demo
// store has never synced, so without these the conflicts and refused-changes
// pages would only ever be photographed empty.

#include "store/store.h"
#include "util/status.h"

namespace rtw::app {

/// Adds, to the first client on the store, one open conflict (a phone number
/// typed on another device that lost) and one change the server refused (an
/// email address), both as sync would have written them.
Status seedSyncReview(store::Store& s);

}  // namespace rtw::app
