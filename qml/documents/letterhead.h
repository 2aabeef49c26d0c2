#pragma once
// The letterhead of documents made on this device, from the store's
// profile (the service's name, address and phone, and who is signed in).

#include "qml/documents/pdf_document.h"
#include "store/device_profile.h"

namespace rtw::app {

/// The service's letterhead; a plain fallback name when the profile has none.
Letterhead letterheadOf(const store::DeviceProfile& profile);

}  // namespace rtw::app
