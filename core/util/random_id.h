#pragma once
// Random identifiers for records, operations and devices.

#include <string>

namespace rtw {

/// A random (version 4) UUID in lowercase 8-4-4-4-12 form, from libsodium's CSPRNG.
/// Ids must be unguessable and unique across devices, so they are never seeded.
std::string newUuid();

}  // namespace rtw
