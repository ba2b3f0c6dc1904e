// libFuzzer target: the executor core fed a stream of session opens,
// session closes and request frames, under either attach policy, over the
// fake implementation. Whatever arrives, every frame gets a well-formed
// reply that echoes its sequence, no Rtk call is made under the agent's
// lock, and once every session has ended and the agent is gone nothing is
// left: no instance, handle, view, object or allocation.
//
// Input: byte 0 picks the policy (bit 0: shared). Then records of one
// action byte: bits 7-6 = 0 open a session (at most 4), 1 close one, 2-3 a
// request to session (action % sessions). A request takes up to 128 header
// bytes; action bit 5 stamps a valid magic and version and folds op, kind
// and flags into range, so most frames reach the steps; then 2 bytes per
// name unit it declares; bit 4 truncates the frame by the next byte.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "fake_rtk.h"
#include "rtkconf/agent/executor.h"

namespace {

using rtkconf::agent_test::fake_counts;

void put16(unsigned char *at, uint16_t v) {
    at[0] = static_cast<unsigned char>(v);
    at[1] = static_cast<unsigned char>(v >> 8);
}

uint16_t get16(const unsigned char *at) {
    return static_cast<uint16_t>(at[0] | (at[1] << 8));
}

// Makes the header plausible: right magic and version, op/kind/flags in
// range, reserved bytes zero, and few enough units that the input holds them.
void stamp(unsigned char *frame, std::size_t units_available) {
    static const unsigned char kMagic[4] = {'R', 'K', 'A', 'Q'};
    std::memcpy(frame, kMagic, 4);
    put16(frame + 4, RTKCONF_AGENT_PROTOCOL_VERSION);
    const uint16_t op = get16(frame + 6);
    if (op < RTKCONF_AGENT_OP_HELLO || op > RTKCONF_AGENT_OP_LAST)
        put16(frame + 6, static_cast<uint16_t>(op % RTKCONF_AGENT_OP_LAST + 1));
    frame[9] = frame[10] = frame[11] = 0;
    if (frame[20] > RTKCONF_AGENT_KIND_LAST) frame[20] %= RTKCONF_AGENT_KIND_LAST + 1;
    frame[21] = frame[22] = frame[23] = 0;
    std::memset(frame + 44, 0, 4);
    std::memset(frame + 102, 0, RTKCONF_AGENT_HEADER_SIZE - 102);
    const unsigned flags = frame[8];
    if (!(flags & RTKCONF_AGENT_FLAG_RAW_HANDLE)) std::memset(frame + 80, 0, 8);
    if (!(flags & RTKCONF_AGENT_FLAG_RAW_INSTANCE)) std::memset(frame + 88, 0, 8);
    if (!(flags & RTKCONF_AGENT_FLAG_NAME_LENGTH)) std::memset(frame + 96, 0, 2);
    if (!(flags & RTKCONF_AGENT_FLAG_NAME_MAXIMUM)) std::memset(frame + 98, 0, 2);
    put16(frame + 100, static_cast<uint16_t>(get16(frame + 100) % (units_available + 1)));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size) {
    static std::vector<unsigned char> frame(RTKCONF_AGENT_REQUEST_SIZE);
    unsigned char reply[RTKCONF_AGENT_REPLY_SIZE];
    if (size == 0) return 0;
    const rtkconf_agent_rtk_table table = rtkconf::agent_test::fake_reset();
    const rtkconf_agent_host host = rtkconf::agent_test::fake_host();
    rtkconf_agent *agent = rtkconf_agent_create(
        &table, &host,
        (data[0] & 1) ? RTKCONF_AGENT_ATTACH_SHARED : RTKCONF_AGENT_ATTACH_PER_SESSION);
    if (agent == nullptr) std::abort();
    std::vector<rtkconf_agent_session *> sessions{rtkconf_agent_session_open(agent)};
    std::size_t at = 1;
    while (at < size) {
        const uint8_t action = data[at++];
        if (action >> 6 == 0) {
            if (sessions.size() < 4) sessions.push_back(rtkconf_agent_session_open(agent));
            continue;
        }
        if (action >> 6 == 1) {
            if (sessions.size() > 1) {
                const std::size_t which = action % sessions.size();
                rtkconf_agent_session_close(sessions[which]);
                sessions.erase(sessions.begin() + static_cast<std::ptrdiff_t>(which));
            }
            continue;
        }
        // Only what the last request wrote needs clearing.
        static std::size_t dirty = RTKCONF_AGENT_REQUEST_SIZE;
        std::memset(frame.data(), 0, dirty);
        const std::size_t header = std::min<std::size_t>(size - at, RTKCONF_AGENT_HEADER_SIZE);
        std::memcpy(frame.data(), data + at, header);
        at += header;
        if (action & 0x20) stamp(frame.data(), (size - at) / 2);
        const std::size_t unit_bytes = std::min<std::size_t>(
            size - at,
            2u * std::min<uint16_t>(get16(frame.data() + 100), RTKCONF_AGENT_MAX_NAME_UNITS));
        std::memcpy(frame.data() + RTKCONF_AGENT_HEADER_SIZE, data + at, unit_bytes);
        at += unit_bytes;
        dirty = RTKCONF_AGENT_HEADER_SIZE + unit_bytes;
        std::size_t frame_size = frame.size();
        if ((action & 0x10) && at < size) frame_size -= data[at++];
        rtkconf_agent_session *session = sessions[action % sessions.size()];
        if (rtkconf_agent_step(session, frame.data(), frame_size, reply, sizeof reply) !=
            sizeof reply)
            std::abort();
        rtkconf_agent_reply decoded;
        if (rtkconf_agent_decode_reply(reply, sizeof reply, &decoded) != 0 ||
            decoded.version != RTKCONF_AGENT_PROTOCOL_VERSION)
            std::abort();
        uint32_t sequence = 0;
        for (int i = 0; i < 4; ++i) sequence |= static_cast<uint32_t>(frame[12 + i]) << (8 * i);
        if (frame_size >= 16 && decoded.sequence != sequence) std::abort();
    }
    for (rtkconf_agent_session *s : sessions) rtkconf_agent_session_close(s);
    rtkconf_agent_destroy(agent);
    const rtkconf::agent_test::FakeCounts left = fake_counts();
    if (left.instances || left.handles || left.views || left.objects || left.allocations)
        std::abort();
    if (rtkconf::agent_test::fake_calls_under_lock() != 0) std::abort();
    return 0;
}
