#include "schemac/embedded_postgres.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <grp.h>
#include <libpq-fe.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>
#include <vector>

#include "schemac/diagnostics.hpp"

namespace schemac {

namespace fs = std::filesystem;

namespace {

// ---- signal handling: stop the servers, let the main flow unwind and clean up --------------

volatile std::sig_atomic_t g_interrupted = 0;
constexpr int kMaxChildren = 16;
volatile pid_t g_children[kMaxChildren] = {};
std::mutex g_children_mutex;
struct sigaction g_old_int, g_old_term;
int g_handler_users = 0;

extern "C" void on_signal(int) {
  g_interrupted = 1;
  for (int i = 0; i < kMaxChildren; ++i) {
    pid_t p = g_children[i];
    if (p > 0) kill(p, SIGQUIT);  // immediate shutdown; async-signal-safe
  }
}

void track_child(pid_t pid) {
  std::lock_guard lock(g_children_mutex);
  for (int i = 0; i < kMaxChildren; ++i) {
    if (g_children[i] == 0) {
      g_children[i] = pid;
      return;
    }
  }
}

void untrack_child(pid_t pid) {
  std::lock_guard lock(g_children_mutex);
  for (int i = 0; i < kMaxChildren; ++i) {
    if (g_children[i] == pid) g_children[i] = 0;
  }
}

void install_handlers() {
  std::lock_guard lock(g_children_mutex);
  if (g_handler_users++ > 0) return;
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, &g_old_int);
  sigaction(SIGTERM, &sa, &g_old_term);
}

void remove_handlers() {
  std::lock_guard lock(g_children_mutex);
  if (--g_handler_users > 0) return;
  sigaction(SIGINT, &g_old_int, nullptr);
  sigaction(SIGTERM, &g_old_term, nullptr);
}

struct RunAs {
  bool drop = false;
  uid_t uid = 0;
  gid_t gid = 0;
};

RunAs server_user() {
  RunAs r;
  if (geteuid() != 0) return r;
  struct passwd* pw = getpwnam("postgres");
  if (!pw) {
    throw Error(
        "PostgreSQL refuses to run as root and there is no 'postgres' user to run the embedded cluster as; "
        "install postgresql-15 (it creates the user) or run schemac as another user");
  }
  r.drop = true;
  r.uid = pw->pw_uid;
  r.gid = pw->pw_gid;
  return r;
}

// Starts `argv` as a child (as `as` when running as root), output appended to `log`.
pid_t spawn(const std::vector<std::string>& argv, const RunAs& as, const std::string& log) {
  pid_t pid = fork();
  if (pid < 0) throw Error(fmt::format("cannot start {}: {}", argv[0], std::strerror(errno)));
  if (pid == 0) {
    // Own process group: a terminal's Ctrl-C reaches schemac, which shuts the server down.
    setpgid(0, 0);
    int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd >= 0) {
      dup2(fd, 1);
      dup2(fd, 2);
      close(fd);
    }
    int null = open("/dev/null", O_RDONLY);
    if (null >= 0) dup2(null, 0);
    if (as.drop) {
      if (setgroups(0, nullptr) != 0 || setgid(as.gid) != 0 || setuid(as.uid) != 0) _exit(126);
    }
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  track_child(pid);
  return pid;
}

int wait_for(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) break;
  }
  untrack_child(pid);
  return status;
}

std::string tail_of(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  if (text.size() > 2000) text = "..." + text.substr(text.size() - 2000);
  return text;
}

int version_of(const fs::path& dir) {
  try {
    return std::stoi(dir.parent_path().filename().string());
  } catch (...) {
    return 0;
  }
}

}  // namespace

bool interrupted() { return g_interrupted != 0; }

std::string find_postgres_bin_dir() {
  // On PATH (a directory holding both initdb and postgres).
  if (const char* path = std::getenv("PATH")) {
    std::stringstream ss(path);
    std::string dir;
    while (std::getline(ss, dir, ':')) {
      if (!dir.empty() && access((dir + "/initdb").c_str(), X_OK) == 0 && access((dir + "/postgres").c_str(), X_OK) == 0) {
        // Follow links (e.g. /usr/local/bin/initdb -> /usr/lib/postgresql/15/bin/initdb) to the
        // directory that also holds psql and pg_dump of the same version.
        std::error_code ec;
        fs::path real = fs::canonical(fs::path(dir) / "initdb", ec);
        return ec ? dir : real.parent_path().string();
      }
    }
  }
  // Debian keeps them outside PATH, one directory per major version.
  std::vector<fs::path> candidates;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    fs::path bin = entry.path() / "bin";
    if (fs::exists(bin / "initdb") && fs::exists(bin / "postgres")) candidates.push_back(bin);
  }
  if (candidates.empty()) {
    throw Error("no PostgreSQL server found for the embedded database (looked on PATH and in /usr/lib/postgresql/*/bin); "
                "install postgresql-15 or name a database with --db");
  }
  std::sort(candidates.begin(), candidates.end(), [](const fs::path& a, const fs::path& b) {
    int va = version_of(a), vb = version_of(b);
    if ((va == 15) != (vb == 15)) return va == 15;  // the dialect schemac speaks
    return va > vb;
  });
  return candidates.front().string();
}

EmbeddedPostgres::EmbeddedPostgres() {
  bin_dir_ = find_postgres_bin_dir();
  RunAs as = server_user();
  // Handlers first: a signal must never leave the directory behind.
  install_handlers();
  std::string tmpl = (fs::temp_directory_path() / "schemac-pg-XXXXXX").string();
  std::vector<char> buf(tmpl.begin(), tmpl.end());
  buf.push_back('\0');
  if (!mkdtemp(buf.data())) {
    remove_handlers();
    throw Error(fmt::format("cannot create a temporary directory: {}", std::strerror(errno)));
  }
  dir_ = buf.data();
  try {
    if (as.drop && chown(dir_.c_str(), as.uid, as.gid) != 0) {
      throw Error(fmt::format("cannot hand {} to the postgres user: {}", dir_, std::strerror(errno)));
    }
    std::string log = dir_ + "/server.log";
    std::string data = dir_ + "/data";
    pid_t initdb = spawn({bin_dir_ + "/initdb", "-D", data, "-U", "schemac", "-A", "trust", "--no-sync", "-E", "UTF8",
                          "--locale=C.UTF-8", "--no-instructions"},
                         as, log);
    int status = wait_for(initdb);
    if (interrupted()) throw Error("interrupted");
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      throw Error(fmt::format("initdb failed for the embedded database:\n{}", tail_of(log)));
    }
    postmaster_ = spawn({bin_dir_ + "/postgres", "-D", data, "-c", "listen_addresses=", "-c",
                         "unix_socket_directories=" + dir_, "-c", fmt::format("port={}", port_), "-c", "fsync=off",
                         "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=40",
                         "-c", "shared_buffers=64MB", "-c", "log_min_messages=warning"},
                        as, log);
    std::string ping = conninfo();
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (PQping(ping.c_str()) != PQPING_OK) {
      int st = 0;
      if (waitpid(postmaster_, &st, WNOHANG) == postmaster_) {
        untrack_child(postmaster_);
        postmaster_ = -1;
        throw Error(fmt::format("the embedded PostgreSQL server did not start:\n{}", tail_of(log)));
      }
      if (interrupted()) throw Error("interrupted");
      if (std::chrono::steady_clock::now() > deadline) throw Error("the embedded PostgreSQL server did not start in 60 s");
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  } catch (...) {
    stop();
    throw;
  }
}

EmbeddedPostgres::~EmbeddedPostgres() { stop(); }

void EmbeddedPostgres::stop() noexcept {
  if (postmaster_ > 0) {
    kill(postmaster_, SIGQUIT);
    wait_for(postmaster_);
    postmaster_ = -1;
  }
  if (!dir_.empty()) {
    std::error_code ec;
    fs::remove_all(dir_, ec);
    dir_.clear();
    remove_handlers();
  }
}

std::string EmbeddedPostgres::conninfo(const std::string& dbname) const {
  return fmt::format("host={} port={} user=schemac dbname={}", dir_, port_, dbname);
}

void EmbeddedPostgres::create_database(const std::string& name) {
  PGconn* conn = PQconnectdb(conninfo().c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = PQerrorMessage(conn);
    PQfinish(conn);
    throw Error("cannot connect to the embedded database: " + message);
  }
  char* quoted = PQescapeIdentifier(conn, name.c_str(), name.size());
  std::string sql = std::string("CREATE DATABASE ") + quoted + " TEMPLATE template0";
  PQfreemem(quoted);
  PGresult* res = PQexec(conn, sql.c_str());
  bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
  std::string message = ok ? "" : PQerrorMessage(conn);
  PQclear(res);
  PQfinish(conn);
  if (!ok) throw Error("cannot create database " + name + ": " + message);
}

}  // namespace schemac
