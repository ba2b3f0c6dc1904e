// The peer's stdout cut into answer lines as it arrives: one read may end
// inside a line (a long answer, or a pipe that fills mid-line) or hold
// several answers, when the peer ran a plan's steps ahead of the reader.
#pragma once

#include <cstddef>
#include <deque>
#include <string>

namespace rtkconf::detail {

class AnswerLines {
  public:
    // Takes `size` more bytes; each line they complete goes to `out`,
    // without its '\n'. What follows the last '\n' waits for the next call.
    void append(const char *data, std::size_t size, std::deque<std::string> &out);

  private:
    std::string partial_;
};

}  // namespace rtkconf::detail
