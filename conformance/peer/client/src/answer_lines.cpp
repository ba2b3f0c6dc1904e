#include "answer_lines.h"

namespace rtkconf::detail {

void AnswerLines::append(const char *data, std::size_t size, std::deque<std::string> &out) {
    partial_.append(data, size);
    std::size_t start = 0;
    for (std::size_t nl; (nl = partial_.find('\n', start)) != std::string::npos; start = nl + 1)
        out.push_back(partial_.substr(start, nl - start));
    partial_.erase(0, start);
}

}  // namespace rtkconf::detail
