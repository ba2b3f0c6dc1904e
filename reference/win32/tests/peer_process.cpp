#include "peer_process.h"

// Boost.Asio needs winsock2.h before any windows.h.
#include <boost/process.hpp>
// After Boost.Process, on purpose (above).
#include <windows.h>

#include <filesystem>
#include <future>
#include <stdexcept>
#include <string>
#include <system_error>

namespace bp = boost::process;

namespace rtkref::win32_tests {
namespace {

std::filesystem::path own_executable() {
    std::wstring path(MAX_PATH, L'\0');
    for (;;) {
        const DWORD got = GetModuleFileNameW(nullptr, path.data(), static_cast<DWORD>(path.size()));
        if (got < path.size()) {
            path.resize(got);
            return path;
        }
        path.resize(path.size() * 2);
    }
}

}  // namespace

struct PeerProcess::Impl {
    bp::ipstream from_peer;
    bp::opstream to_peer;
    bp::child child;
};

PeerProcess::PeerProcess(const std::vector<std::string> &peer_args) {
    std::vector<std::string> args{"--rtk-peer"};
    args.insert(args.end(), peer_args.begin(), peer_args.end());
    // Under wine CreateProcess now and then fails with "Internal error"
    // (a CI run lost Lifetime.TerminatedLastHolderReleasesEveryKind to
    // it): four attempts, as the suite's peers get (PeerOptions).
    constexpr int kAttempts = 4;
    std::string errors;
    for (int attempt = 1;; ++attempt) {
        impl_ = std::make_unique<Impl>();
        std::error_code ec;
        impl_->child = bp::child(own_executable(), bp::args(args), bp::std_out > impl_->from_peer,
                                 bp::std_in < impl_->to_peer, ec);
        if (!ec && impl_->child.valid()) return;
        errors += (errors.empty() ? "" : "; ") + std::string("attempt ") + std::to_string(attempt) +
                  ": " + (ec ? ec.message() : "no process");
        if (attempt == kAttempts)
            throw std::runtime_error("cannot start the peer (" + errors + ")");
        ::Sleep(static_cast<DWORD>(50 * attempt * attempt));
    }
}

PeerProcess::~PeerProcess() {
    if (impl_->child.valid() && impl_->child.running()) terminate();
}

std::string PeerProcess::read_line(std::chrono::milliseconds deadline) {
    auto reading = std::async(std::launch::async, [this] {
        std::string line;
        if (!std::getline(impl_->from_peer, line)) return std::string();
        if (!line.empty() && line.back() == '\r') line.pop_back();  // text-mode stdout
        return line;
    });
    if (reading.wait_for(deadline) != std::future_status::ready) {
        terminate();  // closes the pipe, so the reader returns
    }
    return reading.get();
}

void PeerProcess::send_line(const std::string &line) {
    impl_->to_peer << line << std::endl;
}

int PeerProcess::wait(std::chrono::milliseconds deadline) {
    // The process handle is signalled when the peer ends: a real wait.
    if (::WaitForSingleObject(impl_->child.native_handle(), static_cast<DWORD>(deadline.count())) !=
        WAIT_OBJECT_0) {
        terminate();
        return -1;
    }
    std::error_code ec;
    impl_->child.wait(ec);
    return impl_->child.exit_code();
}

void PeerProcess::terminate() {
    std::error_code ignored;
    impl_->child.terminate(ignored);
    impl_->child.wait(ignored);
}

}  // namespace rtkref::win32_tests
