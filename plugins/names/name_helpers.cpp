#include "name_helpers.h"

namespace rtkconf::plugin::names {

std::u16string unique_with_suffix(std::string_view tag, const std::u16string &suffix) {
    std::u16string name = unique_name(tag) + suffix;
    return name;
}

std::u16string name_of_length(std::string_view tag, std::size_t units, const std::u16string &tail) {
    std::u16string name = unique_name(tag);
    if (name.size() + tail.size() < units) name.append(units - name.size() - tail.size(), u'x');
    name += tail;
    return name;
}

std::optional<std::string> refusal_of_length(Peer &peer, std::size_t units) {
    const StepResult made = peer.run(
        steps::create_shm("length-probe", name_arg(name_of_length("length-probe", units))));
    if (Succeeded(made)) {
        EXPECT_TRUE(Succeeded(peer.run(steps::close("length-probe"))));
        return std::nullopt;
    }
    if (!made.called) return std::nullopt;
    return "a fresh " + std::to_string(units) + "-unit name was refused with " +
           status_text(made.status);
}

bool expect_same_memory(Peer &creator, Peer &opener, const NameArg &name, const std::string &row,
                        uint32_t seed) {
    const StepResult created = creator.run(steps::create_shm("c", name));
    EXPECT_TRUE(Succeeded(created)) << row << ": create";
    if (!Succeeded(created)) return false;
    bool ok = true;
    const StepResult opened = opener.run(steps::open_shm("o", name));
    EXPECT_TRUE(Succeeded(opened)) << row << ": open of the same name from another process";
    if (Succeeded(opened)) {
        ok &= StepOk(creator.run(steps::write("c", 0, kSize / 2, seed)));
        const StepResult seen = opener.run(steps::check("o", 0, kSize / 2, seed));
        EXPECT_TRUE(StepOk(seen)) << row << ": the opener reads the creator's pattern";
        ok &= StepOk(opener.run(steps::write("o", kSize / 2, kSize / 2, seed + 1)));
        const StepResult back = creator.run(steps::check("c", kSize / 2, kSize / 2, seed + 1));
        EXPECT_TRUE(StepOk(back)) << row << ": the creator reads the opener's pattern";
        ok &= StepOk(seen) && StepOk(back);
        EXPECT_TRUE(Succeeded(opener.run(steps::close("o")))) << row << ": opener's close";
    } else {
        ok = false;
    }
    EXPECT_TRUE(Succeeded(creator.run(steps::close("c")))) << row << ": creator's close";
    return ok;
}

bool expect_different_memory(Peer &first, Peer &second, const NameArg &a, const NameArg &b,
                             const std::string &row, uint32_t seed) {
    const StepResult made_a = first.run(steps::create_shm("a", a));
    EXPECT_TRUE(Succeeded(made_a)) << row << ": create of the first name";
    const StepResult made_b = second.run(steps::create_shm("b", b));
    EXPECT_TRUE(Succeeded(made_b)) << row << ": create of the second name";
    bool ok = Succeeded(made_a) && Succeeded(made_b);
    if (ok) {
        // Different patterns on each side: one shared object would show
        // the later write through both views, zero-filled or not.
        EXPECT_TRUE(StepOk(first.run(steps::write("a", 0, kSize, seed)))) << row;
        EXPECT_TRUE(StepOk(second.run(steps::write("b", 0, kSize, seed + 1)))) << row;
        const StepResult still = first.run(steps::check("a", 0, kSize, seed));
        EXPECT_TRUE(StepOk(still)) << row << ": the second object's write showed in the first";
        ok = StepOk(still);
    }
    if (Succeeded(made_b)) {
        EXPECT_TRUE(Succeeded(second.run(steps::close("b")))) << row;
    }
    if (Succeeded(made_a)) {
        EXPECT_TRUE(Succeeded(first.run(steps::close("a")))) << row;
    }
    return ok;
}

namespace {

// `peer` opens `name` into `var` and must read the `seed` pattern there;
// the handle is closed again.
bool expect_opens_to(Peer &peer, const NameArg &name, uint32_t seed, const std::string &what) {
    const StepResult opened = peer.run(steps::open_shm("r", name));
    EXPECT_TRUE(Succeeded(opened)) << what << ": open";
    if (!Succeeded(opened)) return false;
    const StepResult seen = peer.run(steps::check("r", 0, kSize, seed));
    EXPECT_TRUE(StepOk(seen)) << what << ": the open reached another object";
    EXPECT_TRUE(Succeeded(peer.run(steps::close("r")))) << what << ": close";
    return StepOk(seen);
}

}  // namespace

bool expect_distinct_objects(Peer &first, Peer &second, const NameArg &a, const NameArg &b,
                             const std::string &row, uint32_t seed) {
    const StepResult made_a = first.run(steps::create_shm("a", a));
    EXPECT_TRUE(Succeeded(made_a)) << row << ": create of the first name";
    if (!Succeeded(made_a)) return false;
    bool ok = StepOk(first.run(steps::write("a", 0, kSize, seed)));
    const StepResult early = second.run(steps::open_shm("b", b));
    EXPECT_TRUE(Failed(early)) << row << ": the second name opened the first object";
    if (Succeeded(early)) {
        EXPECT_TRUE(Succeeded(second.run(steps::close("b")))) << row;
        ok = false;
    }
    const StepResult made_b = second.run(steps::create_shm("b", b));
    EXPECT_TRUE(Succeeded(made_b)) << row << ": create of the second name";
    if (Succeeded(made_b)) {
        ok &= StepOk(second.run(steps::write("b", 0, kSize, seed + 1)));
        const StepResult still = first.run(steps::check("a", 0, kSize, seed));
        EXPECT_TRUE(StepOk(still)) << row << ": the second object's write showed in the first";
        ok &= StepOk(still);
        ok &= expect_opens_to(first, b, seed + 1, row + ", the second name from the first process");
        ok &= expect_opens_to(second, a, seed, row + ", the first name from the second process");
        EXPECT_TRUE(Succeeded(second.run(steps::close("b")))) << row;
    } else {
        ok = false;
    }
    EXPECT_TRUE(Succeeded(first.run(steps::close("a")))) << row;
    return ok;
}

}  // namespace rtkconf::plugin::names
