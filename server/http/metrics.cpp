#include "server/http/metrics.h"

#include <sstream>

namespace rtw::server {

void Metrics::observeRequest(const std::string& route, int status, double seconds) {
    std::lock_guard lock(mutex_);
    ++requests_[{route, status}];
    auto& h = latency_[route];
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i]) ++h.buckets[i];
    ++h.count;
    h.sum += seconds;
}

void Metrics::addCounter(const std::string& name, std::int64_t delta) {
    std::lock_guard lock(mutex_);
    counters_[name] += delta;
}

void Metrics::setGauge(const std::string& name, std::function<double()> read) {
    std::lock_guard lock(mutex_);
    gauges_[name] = std::move(read);
}

std::string Metrics::prometheusText() const {
    std::lock_guard lock(mutex_);
    std::ostringstream out;
    out << "# HELP rtw_http_requests_total HTTP requests by route and status.\n"
        << "# TYPE rtw_http_requests_total counter\n";
    for (const auto& [key, n] : requests_)
        out << "rtw_http_requests_total{route=\"" << key.first << "\",status=\"" << key.second
            << "\"} " << n << "\n";
    out << "# HELP rtw_http_request_duration_seconds Time to handle a request, by route.\n"
        << "# TYPE rtw_http_request_duration_seconds histogram\n";
    for (const auto& [route, h] : latency_) {
        for (std::size_t i = 0; i < kBuckets.size(); ++i)
            out << "rtw_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\""
                << kBuckets[i] << "\"} " << h.buckets[i] << "\n";
        out << "rtw_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"+Inf\"} "
            << h.count << "\n"
            << "rtw_http_request_duration_seconds_sum{route=\"" << route << "\"} " << h.sum << "\n"
            << "rtw_http_request_duration_seconds_count{route=\"" << route << "\"} " << h.count
            << "\n";
    }
    for (const auto& [name, value] : counters_)
        out << "# TYPE " << name << " counter\n" << name << " " << value << "\n";
    for (const auto& [name, read] : gauges_)
        out << "# TYPE " << name << " gauge\n" << name << " " << read() << "\n";
    return out.str();
}

}  // namespace rtw::server
