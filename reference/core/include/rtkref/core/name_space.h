// The one namespace shared by every kind of object, with reference counts.
// Pure logic: no I/O, so every rule is unit-testable without processes.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "rtkref/core/backing.h"
#include "rtkref/core/object_kind.h"

namespace rtkref {

struct ObjectRecord {
    uint64_t id = 0;
    ObjectKind kind = ObjectKind::shared_memory;
    std::optional<std::u16string> name;
    uint64_t size = 0;
    uint32_t references = 0;
    std::shared_ptr<Backing> backing;  // shared memory only
};

struct Acquired {
    NTSTATUS status = STATUS_SUCCESS;
    ObjectRecord *object = nullptr;  // referenced once more on success
};

class NameSpace {
  public:
    explicit NameSpace(BackingFactory factory) : factory_(factory) {}

    // Creates, or opens an existing object of the same kind (D3). A new
    // shared memory object takes `premade` when given (allocated off the
    // broker's serving thread), else one from the factory.
    Acquired create(ObjectKind kind, const std::optional<std::u16string> &name, uint64_t size,
                    std::shared_ptr<Backing> premade = nullptr);
    bool contains(const std::u16string &name) const { return by_name_.count(name) != 0; }
    Acquired open(ObjectKind kind, const std::u16string &name);
    // Drops one reference; the object is destroyed at the last one.
    void release(uint64_t object_id);

    const ObjectRecord *find(uint64_t object_id) const;
    std::size_t object_count() const { return objects_.size(); }

  private:
    BackingFactory factory_;
    uint64_t next_id_ = 1;
    std::map<uint64_t, ObjectRecord> objects_;
    std::map<std::u16string, uint64_t> by_name_;
};

}  // namespace rtkref
