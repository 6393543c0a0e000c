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

namespace {

// Writes `content` to a temporary file next to `path` and flushes it to disk; returns its name.
// On failure nothing is left behind and the error names `path` and the cause.
fs::path write_temporary(const fs::path& path, const std::string& content) {
  fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  fs::path temporary = dir / fmt::format(".{}.tmp{}", path.filename().string(), ::getpid());
  auto fail = [&](const char* what, int error, int fd) {
    if (fd >= 0) ::close(fd);
    ::unlink(temporary.c_str());
    throw Error(fmt::format("cannot write {}: {}: {}", path.string(), what, std::strerror(error)));
  };
  int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw Error(fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
  for (std::size_t done = 0; done < content.size();) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail("write", errno, fd);
    done += static_cast<std::size_t>(n);
  }
  // fsync before rename: otherwise a crash can leave the new name pointing at empty data.
  if (::fsync(fd) != 0) fail("fsync", errno, fd);
  if (::close(fd) != 0) fail("close", errno, -1);
  return temporary;
}

}  // namespace

std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return text.str();
}

void write_file_atomically(const fs::path& path, const std::string& content) {
  write_files_atomically({{path, content}});
}

void write_files_atomically(const std::vector<std::pair<fs::path, std::string>>& files) {
  std::vector<fs::path> temporaries;
  try {
    for (const auto& [path, content] : files) temporaries.push_back(write_temporary(path, content));
  } catch (...) {
    for (const auto& t : temporaries) ::unlink(t.c_str());
    throw;
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (::rename(temporaries[i].c_str(), files[i].first.c_str()) != 0) {
      int error = errno;
      for (std::size_t j = i; j < files.size(); ++j) ::unlink(temporaries[j].c_str());
      throw Error(fmt::format("cannot write {}: rename: {}", files[i].first.string(), std::strerror(error)));
    }
  }
}

}  // namespace schemac
