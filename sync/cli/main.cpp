// rtw-cli: see docs/cli.md. Everything lives in runCli, which tests call in-process.
#include <iostream>

#include "sync/cli/cli.h"

extern char** environ;

int main(int argc, char** argv) {
    std::map<std::string, std::string> env;
    for (char** e = environ; *e; ++e) {
        const std::string kv(*e);
        const auto eq = kv.find('=');
        if (eq != std::string::npos) env[kv.substr(0, eq)] = kv.substr(eq + 1);
    }
    return rtw::cli::runCli({argv + 1, argv + argc}, env, std::cout, std::cerr);
}
