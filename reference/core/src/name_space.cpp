#include "rtkref/core/name_space.h"

namespace rtkref {

Acquired NameSpace::create(ObjectKind kind, const std::optional<std::u16string> &name,
                           uint64_t size, std::shared_ptr<Backing> premade) {
    if (name) {
        if (auto it = by_name_.find(*name); it != by_name_.end()) {
            ObjectRecord &existing = objects_.at(it->second);
            // The seed page: a name held by another kind fails this way.
            if (existing.kind != kind) return {STATUS_INVALID_HANDLE, nullptr};
            ++existing.references;
            // Each API says "it existed" its own way (D3, D13).
            return {STATUS_OBJECT_NAME_EXISTS, &existing};
        }
    }
    ObjectRecord record;
    if (kind == ObjectKind::shared_memory) {
        BackingResult made =
            premade ? BackingResult{STATUS_SUCCESS, std::move(premade)} : factory_(size);
        if (made.status != STATUS_SUCCESS) return {made.status, nullptr};
        record.backing = std::move(made.backing);
        record.size = size;
    }
    record.id = next_id_++;
    record.kind = kind;
    record.name = name;
    record.references = 1;
    auto [it, inserted] = objects_.emplace(record.id, std::move(record));
    if (name) by_name_.emplace(*name, it->first);
    return {STATUS_SUCCESS, &it->second};
}

Acquired NameSpace::open(ObjectKind kind, const std::u16string &name) {
    auto it = by_name_.find(name);
    if (it == by_name_.end()) return {STATUS_OBJECT_NAME_NOT_FOUND, nullptr};
    ObjectRecord &existing = objects_.at(it->second);
    if (existing.kind != kind) return {STATUS_INVALID_HANDLE, nullptr};
    ++existing.references;
    return {STATUS_SUCCESS, &existing};
}

void NameSpace::release(uint64_t object_id) {
    auto it = objects_.find(object_id);
    if (it == objects_.end()) return;
    if (--it->second.references > 0) return;
    if (it->second.name) by_name_.erase(*it->second.name);
    objects_.erase(it);  // drops the backing: the memory goes back to the system
}

const ObjectRecord *NameSpace::find(uint64_t object_id) const {
    auto it = objects_.find(object_id);
    return it == objects_.end() ? nullptr : &it->second;
}

}  // namespace rtkref
