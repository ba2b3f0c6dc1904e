#include "chaos_worker.h"

#include <dlfcn.h>
#include <unistd.h>

#include <cstring>
#include <initializer_list>
#include <random>
#include <vector>

#include "rtk/RtkApi.h"

namespace rtkref_chaos {
namespace {

constexpr ULONG kSize = 4096;  // the first 8 bytes: the name's tag; then one slot per worker

struct Api {
    decltype(&RtkRtssAttach) attach;
    decltype(&RtkRtssDetach) detach;
    decltype(&RtkCreateSharedMemory) create_shm;
    decltype(&RtkOpenSharedMemory) open_shm;
    decltype(&RtkCloseHandle) close;
    decltype(&RtkCreateMutex) create_mutex;
    decltype(&RtkOpenMutex) open_mutex;
    decltype(&RtkCreateEvent) create_event;
    decltype(&RtkOpenEvent) open_event;
    decltype(&RtkCreateSemaphore) create_semaphore;
    decltype(&RtkOpenSemaphore) open_semaphore;
};

template <class F>
void resolve(void *library, const char *name, F &out) {
    out = reinterpret_cast<F>(dlsym(library, name));
    if (out == nullptr) _exit(121);
}

Api load(const std::string &path) {
    void *library = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) _exit(120);
    Api api{};
    resolve(library, "RtkRtssAttach", api.attach);
    resolve(library, "RtkRtssDetach", api.detach);
    resolve(library, "RtkCreateSharedMemory", api.create_shm);
    resolve(library, "RtkOpenSharedMemory", api.open_shm);
    resolve(library, "RtkCloseHandle", api.close);
    resolve(library, "RtkCreateMutex", api.create_mutex);
    resolve(library, "RtkOpenMutex", api.open_mutex);
    resolve(library, "RtkCreateEvent", api.create_event);
    resolve(library, "RtkOpenEvent", api.open_event);
    resolve(library, "RtkCreateSemaphore", api.create_semaphore);
    resolve(library, "RtkOpenSemaphore", api.open_semaphore);
    return api;
}

uint64_t tag_of(int index) {
    return 0x6368616F73000000ull | static_cast<uint64_t>(index + 1);  // "chaos" + index
}

struct Held {
    HANDLE handle;
    int kind;
    int index;
    unsigned char *view;  // shared memory only
};

class Worker {
  public:
    Worker(const Api &api, int slot, unsigned seed, WorkerStats &stats)
        : api_(api), slot_(slot), random_(seed), stats_(stats) {}

    [[noreturn]] void run() {
        for (;;) {
            if (!attached_ && !attach()) {
                usleep(20000);
                continue;
            }
            step();
        }
    }

  private:
    bool attach() {
        const NTSTATUS status = api_.attach(1, &instance_);
        ++stats_.calls;
        attached_ = status == STATUS_SUCCESS;
        if (!attached_) expect(status, {STATUS_NO_SUCH_DEVICE, STATUS_UNSUCCESSFUL});
        return attached_;
    }

    void step() {
        const unsigned choice = random_() % 10;
        if (choice < 4 || held_.empty()) {
            acquire(static_cast<int>(random_() % 4) + 1, static_cast<int>(random_() % kNames),
                    random_() % 2 == 0);
        } else if (choice < 7) {
            write_verify(held_[random_() % held_.size()]);
        } else {
            release(random_() % held_.size());
        }
        if (random_() % 500 == 0) detach();
    }

    void acquire(int kind, int index, bool create) {
        std::u16string units = object_name(kind, index);
        UNICODE_STRING name{};
        name.Length = name.MaximumLength = static_cast<USHORT>(units.size() * 2);
        name.Buffer = reinterpret_cast<decltype(name.Buffer)>(units.data());
        HANDLE handle{};
        void *view = nullptr;
        NTSTATUS status;
        switch (kind) {
            case 1:
                status = create ? api_.create_shm(instance_, &handle, 0, 0, kSize, &name, &view)
                                : api_.open_shm(instance_, &handle, 0, 0, &name, &view);
                break;
            case 2:
                status = create ? api_.create_mutex(instance_, &handle, nullptr, 0, &name)
                                : api_.open_mutex(instance_, &handle, 0, 0, &name);
                break;
            case 3:
                status = create ? api_.create_event(instance_, &handle, nullptr, 0, 0, &name)
                                : api_.open_event(instance_, &handle, 0, 0, &name);
                break;
            default:
                status = create ? api_.create_semaphore(instance_, &handle, nullptr, 0, 1, &name)
                                : api_.open_semaphore(instance_, &handle, 0, 0, &name);
                break;
        }
        ++stats_.calls;
        if (status != STATUS_SUCCESS) {
            // Not found (open), or the one namespace holds that name as
            // another kind (see object_name: it never does); or the
            // broker is gone. Too many handles is a shortage, not a fault.
            expect(status, {STATUS_OBJECT_NAME_NOT_FOUND, STATUS_INSUFFICIENT_RESOURCES});
            return;
        }
        Held held{handle, kind, index, static_cast<unsigned char *>(view)};
        if (kind == 1) check_tag(held);
        held_.push_back(held);
    }

    // A shared memory object is zero when new (D8) and its creator tags
    // it with its name: any other tag is another object's data.
    void check_tag(const Held &held) {
        uint64_t tag = 0;
        std::memcpy(&tag, held.view, sizeof tag);
        if (tag == 0) {
            const uint64_t mine = tag_of(held.index);
            std::memcpy(held.view, &mine, sizeof mine);
        } else if (tag != tag_of(held.index)) {
            violation(static_cast<int32_t>(tag));
        }
    }

    void write_verify(const Held &held) {
        if (held.kind != 1) return;
        check_tag(held);
        unsigned char *mine = held.view + 8 + 8 * slot_;
        const uint64_t value = (static_cast<uint64_t>(getpid()) << 32) | ++sequence_;
        std::memcpy(mine, &value, sizeof value);
        uint64_t back = 0;
        std::memcpy(&back, mine, sizeof back);
        if (back != value) violation(-1);  // nobody else writes this slot
    }

    void release(std::size_t at) {
        const NTSTATUS status = api_.close(instance_, held_[at].handle);
        ++stats_.calls;
        held_.erase(held_.begin() + static_cast<long>(at));
        if (status != STATUS_SUCCESS) expect(status, {});
    }

    void detach() {
        api_.detach(instance_);
        held_.clear();
        attached_ = false;
    }

    // Anything but `allowed` is a violation, except STATUS_NO_SUCH_DEVICE:
    // the broker was killed, which must say exactly that. Then start over.
    void expect(NTSTATUS status, std::initializer_list<NTSTATUS> allowed) {
        if (status == STATUS_NO_SUCH_DEVICE) {
            ++stats_.broker_lost;
            if (attached_) detach();
            return;
        }
        for (NTSTATUS ok : allowed) {
            if (status == ok) return;
        }
        violation(status);
    }

    void violation(int32_t what) {
        ++stats_.violations;
        stats_.last_violation = what;
    }

    const Api &api_;
    int slot_;
    std::minstd_rand random_;
    WorkerStats &stats_;
    RTSSINST instance_{};
    bool attached_ = false;
    uint64_t sequence_ = 0;
    std::vector<Held> held_;
};

}  // namespace

std::u16string object_name(int kind, int index) {
    // One name space for every kind, so each kind gets its own names:
    // a kind clash is a separate rule and not what this run looks for.
    return u"chaos-" + std::u16string(1, static_cast<char16_t>(u'0' + kind)) + u"-" +
           std::u16string(1, static_cast<char16_t>(u'a' + index));
}

void run_worker(const std::string &library, int slot, unsigned seed, WorkerStats &stats) {
    const Api api = load(library);
    Worker(api, slot, seed, stats).run();
}

}  // namespace rtkref_chaos
