#pragma once
// Request counts and latency histograms by route, in Prometheus text format.
// Labels are route templates and status codes only: never anything a caller
// typed, so no personal data can reach the metrics.

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace rtw::server {

class Metrics {
public:
    void observeRequest(const std::string& route, int status, double seconds);
    /// A named counter (e.g. operations applied) to add to.
    void addCounter(const std::string& name, std::int64_t delta = 1);
    /// A gauge computed when metrics are read (e.g. active devices).
    void setGauge(const std::string& name, std::function<double()> read);

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
    std::map<std::string, std::int64_t> counters_;
    std::map<std::string, std::function<double()>> gauges_;
};

}  // namespace rtw::server
