#include "schemac/file_io.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "schemac/diagnostics.hpp"

namespace schemac {

namespace fs = std::filesystem;

std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return text.str();
}

void write_file_atomically(const fs::path& path, const std::string& content) {
  fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  fs::path temporary = dir / fmt::format(".{}.tmp{}", path.filename().string(), ::getpid());
  auto fail = [&](const std::string& what, int error) {
    ::unlink(temporary.c_str());
    throw Error(fmt::format("cannot write {}: {}: {}", path.string(), what, std::strerror(error)));
  };
  int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw Error(fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
  for (std::size_t done = 0; done < content.size();) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int error = errno;
      ::close(fd);
      fail("write", error);
    }
    done += static_cast<std::size_t>(n);
  }
  // fsync before rename: otherwise a crash can leave the new name pointing at empty data.
  if (::fsync(fd) != 0) {
    int error = errno;
    ::close(fd);
    fail("fsync", error);
  }
  if (::close(fd) != 0) fail("close", errno);
  if (::rename(temporary.c_str(), path.c_str()) != 0) fail("rename", errno);
}

}  // namespace schemac
