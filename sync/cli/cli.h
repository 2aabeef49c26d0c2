#pragma once
// rtw-cli: a command-line client over the same core and sync code as the
// app, for scripting, support and bulk work (docs/cli.md). runCli is the
// whole program, callable in-process by tests; main() only forwards argv.

#include <iosfwd>
#include <map>
#include <string>
#include <vector>

namespace rtw::cli {

/// Exit codes: 0 done, 1 failed (reason on stderr, or as JSON with --json),
/// 2 bad usage.
int runCli(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
           std::ostream& out, std::ostream& err);

}  // namespace rtw::cli
