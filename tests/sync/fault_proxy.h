#pragma once
// FaultProxy: an HTTP proxy on loopback between sync clients and the real
// rtw-server that, from a seed, drops, delays, truncates, resets and
// duplicates traffic, answers 5xx, and restarts the server. Every decision
// is drawn from one seeded generator in request order, so a schedule whose
// devices take turns replays exactly from its seed.
//
// It parses HTTP (Beast) so that faults land on request boundaries that
// matter: before the server saw a request, or after it applied one but
// before the device heard the answer (the lost acknowledgement).

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace rtw::testing {

enum class Fault {
    None,
    DropRequest,     ///< close the connection; the server never saw the request
    DropAnswer,      ///< forward, then close without the answer (applied, not acknowledged)
    Delay,           ///< wait, then forward (longer than the client's timeout, sometimes)
    TruncateAnswer,  ///< forward, send part of the answer, close
    ResetBefore,     ///< TCP reset before forwarding
    ResetAfter,      ///< forward, then TCP reset instead of the answer
    Duplicate,       ///< send the request to the server twice; answer with the second
    Error503,        ///< answer 503 without forwarding
    Error502After,   ///< forward, then answer 502 (applied, reported as failed)
    RestartServer,   ///< restart the server, then forward
};

const char* faultName(Fault f);

struct FaultOdds {
    double faultRate = 0.3;  ///< chance that a request meets some fault
    int maxDelayMs = 120;    ///< Delay waits 1..maxDelayMs
};

class FaultProxy {
public:
    /// `upstreamPort` is read for every forwarded request (the server's port
    /// changes when it restarts). `restart` restarts the server (blocking).
    FaultProxy(std::function<std::uint16_t()> upstreamPort, std::function<void()> restart,
               std::uint64_t seed, FaultOdds odds = {});
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    std::uint16_t port() const { return port_; }
    std::string baseUrl() const { return "http://127.0.0.1:" + std::to_string(port_); }
    /// Faults on or off (off: a clean network, to let devices converge at the end).
    void setEnabled(bool on) { enabled_ = on; }
    /// What happened, one entry per request ("POST /v1/sync/push: drop_answer").
    std::vector<std::string> log() const;
    int faultsInjected() const { return faults_.load(); }
    /// Called (on the proxy's thread) after an answer was passed to a client:
    /// the request's "METHOD /path" and how many such requests came before.
    void onAnswer(std::function<void(const std::string& request, int index)> hook);
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::uint16_t port_ = 0;
    std::atomic<bool> enabled_{true};
    std::atomic<int> faults_{0};
};

}  // namespace rtw::testing
