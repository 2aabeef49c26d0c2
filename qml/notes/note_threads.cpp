#include "qml/notes/note_threads.h"

#include <algorithm>
#include <map>

#include "model/dates.h"

namespace rtw::app {
namespace {

std::string field(const store::Record& r, const char* key) {
    auto it = r.fields.find(key);
    return it != r.fields.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::int64_t writtenAt(const store::Record& r) {
    auto t = model::parseTimestamp(field(r, "writtenAt"));
    return t ? *t : 0;
}

NoteVersion versionOf(const store::Record& r) {
    return {
        r.id,        field(r, "kind"), field(r, "text"), field(r, "reason"), field(r, "authorId"),
        writtenAt(r)};
}

}  // namespace

const NoteVersion& NoteThread::current() const {
    for (auto it = amendments.rbegin(); it != amendments.rend(); ++it)
        if (!it->inError) return *it;
    return original;
}

std::int64_t NoteThread::lastChange() const {
    std::int64_t t = std::max(original.writtenAt, original.errorAt);
    for (const auto& a : amendments) t = std::max({t, a.writtenAt, a.errorAt});
    return t;
}

std::vector<NoteThread> buildThreads(const std::vector<store::Record>& notes) {
    std::map<std::string, const store::Record*> byId;
    for (const auto& n : notes) byId[n.id] = &n;
    // The original a note belongs to: follow refersTo back to a plain note.
    auto rootOf = [&](const store::Record& n) -> std::string {
        const store::Record* at = &n;
        for (std::size_t hops = 0; hops <= notes.size(); ++hops) {
            if (field(*at, "kind") == "note") return at->id;
            auto next = byId.find(field(*at, "refersTo"));
            if (next == byId.end()) return at->id;  // the original is not here (yet)
            at = next->second;
        }
        return n.id;
    };

    std::map<std::string, NoteThread> threads;
    std::vector<const store::Record*> ordered;
    for (const auto& n : notes) ordered.push_back(&n);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto* a, const auto* b) { return writtenAt(*a) < writtenAt(*b); });
    // Originals first, then amendments in time order, then error markers.
    for (const auto* n : ordered) {
        if (field(*n, "kind") != "note") continue;
        NoteThread& t = threads[n->id];
        t.original = versionOf(*n);
        if (auto c = field(*n, "contactId"); !c.empty()) t.contactId = c;
        t.sharedWithPatient = n->fields.value("sharedWithPatient", false);
    }
    for (const auto* n : ordered) {
        if (field(*n, "kind") != "amendment") continue;
        const std::string root = rootOf(*n);
        NoteThread& t = threads[root];
        if (root == n->id)  // its original is not on this device: show it on its own
            t.original = versionOf(*n);
        else
            t.amendments.push_back(versionOf(*n));
    }
    std::map<std::string, NoteVersion*> versions;  // taken now that the threads stop growing
    for (auto& [id, t] : threads) {
        versions[t.original.id] = &t.original;
        for (auto& a : t.amendments) versions[a.id] = &a;
    }
    for (const auto* n : ordered) {
        if (field(*n, "kind") != "entered_in_error") continue;
        auto target = versions.find(field(*n, "refersTo"));
        if (target == versions.end()) continue;
        NoteVersion& v = *target->second;
        v.inError = true;
        v.errorReason = field(*n, "reason");
        v.errorAt = writtenAt(*n);
        v.errorAuthorId = field(*n, "authorId");
    }
    std::vector<NoteThread> out;
    for (auto& [id, t] : threads) out.push_back(std::move(t));
    std::stable_sort(out.begin(), out.end(), [](const NoteThread& a, const NoteThread& b) {
        return a.original.writtenAt > b.original.writtenAt;
    });
    return out;
}

}  // namespace rtw::app
