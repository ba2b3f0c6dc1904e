// The broker outlives whoever started it and serves every process of the
// user, so nothing of its starter's execution state may carry over.
#pragma once

namespace rtkref::linux_backend {

// Unblocks every signal and restores default dispositions; ignores SIGPIPE
// (a client gone mid-reply) and SIGXFSZ (a file-size limit it could not
// raise makes a create fail with EFBIG instead of killing the broker);
// raises the soft limits it depends on to the hard ones; leaves a
// real-time scheduling policy or a raised priority for the normal one.
void reset_inherited_state();

}  // namespace rtkref::linux_backend
