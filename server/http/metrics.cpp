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

void Metrics::addCounter(const std::string& name, const std::string& labels, std::int64_t delta) {
    std::lock_guard lock(mutex_);
    counters_[name][labels] += delta;
}

void Metrics::setGauge(const std::string& name, std::function<double()> read) {
    std::lock_guard lock(mutex_);
    gauges_[name] = std::move(read);
}

void Metrics::describe(const std::string& name, const std::string& help) {
    std::lock_guard lock(mutex_);
    help_[name] = help;
}

std::string Metrics::prometheusText() const {
    // Gauges may query the database: read them before taking the lock.
    std::map<std::string, std::function<double()>> gauges;
    {
        std::lock_guard lock(mutex_);
        gauges = gauges_;
    }
    std::map<std::string, double> gaugeValues;
    for (const auto& [name, read] : gauges) gaugeValues[name] = read();

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
    const auto header = [&](const std::string& name, const char* type) {
        if (auto it = help_.find(name); it != help_.end())
            out << "# HELP " << name << " " << it->second << "\n";
        out << "# TYPE " << name << " " << type << "\n";
    };
    for (const auto& [name, series] : counters_) {
        header(name, "counter");
        for (const auto& [labels, value] : series)
            out << name << (labels.empty() ? "" : "{" + labels + "}") << " " << value << "\n";
    }
    for (const auto& [name, value] : gaugeValues) {
        header(name, "gauge");
        out << name << " " << value << "\n";
    }
    return out.str();
}

}  // namespace rtw::server
