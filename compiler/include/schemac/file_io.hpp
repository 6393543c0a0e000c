// Reading and writing whole files. Writes go to a temporary file in the same directory that is
// flushed to disk and then renamed over the target, so a crash, a full disk or Ctrl-C never
// leaves a half-written migration, sum file or header behind: the old file or the new one.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace schemac {

/// The file's bytes, or nullopt when it cannot be read.
std::optional<std::string> read_file(const std::filesystem::path& path);

/// Replaces `path` with `content` atomically; throws schemac::Error naming the file and the
/// cause (e.g. "No space left on device"), leaving no temporary file behind.
void write_file_atomically(const std::filesystem::path& path, const std::string& content);

/// Several files, all or none: every file is written aside first, and only when all of them
/// are on disk are they renamed into place (a rename, unlike a write, does not run out of space).
void write_files_atomically(const std::vector<std::pair<std::filesystem::path, std::string>>& files);

}  // namespace schemac
