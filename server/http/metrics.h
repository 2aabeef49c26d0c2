#pragma once
// Request counts and latency histograms by route, named counters and gauges,
// in Prometheus text format. Labels are route templates, status codes and
// fixed words chosen by the code: never anything a caller typed, so no
// personal data can reach the metrics and scanners cannot grow the label set.

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace rtw::server {

/// Thread-safe; shared by every connection and every store.
class Metrics {
public:
    void observeRequest(const std::string& route, int status, double seconds);
    /// Adds to a counter. `labels` is the Prometheus label list without
    /// braces (`result="accepted"`), or empty.
    void addCounter(const std::string& name, const std::string& labels = {},
                    std::int64_t delta = 1);
    /// A gauge computed when metrics are read (e.g. active devices).
    void setGauge(const std::string& name, std::function<double()> read);
    /// The # HELP text of a counter or gauge.
    void describe(const std::string& name, const std::string& help);

    std::string prometheusText() const;

    static constexpr std::array<double, 10> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025,
                                                        0.05,  0.1,    0.25,  0.5,  1.0};

private:
    struct Histogram {
        std::array<std::uint64_t, kBuckets.size()> buckets{};
        std::uint64_t count = 0;
        double sum = 0;
    };
    mutable std::mutex mutex_;
    std::map<std::pair<std::string, int>, std::uint64_t> requests_;
    std::map<std::string, Histogram> latency_;
    std::map<std::string, std::map<std::string, std::int64_t>> counters_;  // name -> labels -> n
    std::map<std::string, std::function<double()>> gauges_;
    std::map<std::string, std::string> help_;
};

}  // namespace rtw::server
