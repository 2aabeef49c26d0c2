#include "util/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace rtw {
namespace {

Status ioError(const std::string& what) {
    return Status::error(ErrorCode::Io, what + ": " + std::strerror(errno));
}

bool writeAll(int fd, const char* data, size_t size) {
    while (size > 0) {
        ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

}  // namespace

Status writeFileAtomically(const std::filesystem::path& path, const std::string& contents) {
    const std::filesystem::path tmp = path.string() + ".tmp";
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return ioError("cannot create " + tmp.filename().string());
    if (!writeAll(fd, contents.data(), contents.size()) || ::fsync(fd) != 0) {
        Status s = ioError("cannot write " + tmp.filename().string());
        ::close(fd);
        ::unlink(tmp.c_str());
        return s;
    }
    ::close(fd);
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        Status s = ioError("cannot replace " + path.filename().string());
        ::unlink(tmp.c_str());
        return s;
    }
    // The rename itself is only durable once the directory entry is on disk.
    std::filesystem::path dir = path.parent_path().empty() ? "." : path.parent_path();
    int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return Status::ok();
}

Result<std::string> readWholeFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return ioError("cannot read " + path.filename().string());
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace rtw
