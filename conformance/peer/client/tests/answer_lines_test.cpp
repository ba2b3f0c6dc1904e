// How the orchestrator cuts a peer's stdout into answers, whatever the
// reads it arrives in.
#include "answer_lines.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>

namespace {

using rtkconf::detail::AnswerLines;

void feed(AnswerLines &lines, const std::string &bytes, std::deque<std::string> &out) {
    lines.append(bytes.data(), bytes.size(), out);
}

TEST(AnswerLines, SeveralAnswersInOneReadComeOutInOrder) {
    AnswerLines lines;
    std::deque<std::string> out;
    feed(lines, "{\"a\":1}\n{\"b\":2}\n{\"c\":3}\n", out);
    EXPECT_EQ(out, (std::deque<std::string>{"{\"a\":1}", "{\"b\":2}", "{\"c\":3}"}));
}

TEST(AnswerLines, AnAnswerSplitAcrossReadsComesOutOnceWhole) {
    AnswerLines lines;
    std::deque<std::string> out;
    feed(lines, "{\"a\":", out);
    EXPECT_TRUE(out.empty());
    feed(lines, "1}", out);
    EXPECT_TRUE(out.empty());
    feed(lines, "\n{\"b\"", out);
    EXPECT_EQ(out, (std::deque<std::string>{"{\"a\":1}"}));
    feed(lines, ":2}\n", out);
    EXPECT_EQ(out, (std::deque<std::string>{"{\"a\":1}", "{\"b\":2}"}));
}

TEST(AnswerLines, AnswerLongerThanAReadIsKeptWhole) {
    AnswerLines lines;
    std::deque<std::string> out;
    const std::string answer(200000, 'x');
    for (std::size_t at = 0; at < answer.size(); at += 65536)
        feed(lines, answer.substr(at, 65536), out);
    EXPECT_TRUE(out.empty());
    feed(lines, "\n", out);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out.front(), answer);
}

TEST(AnswerLines, EmptyLinesAreAnswersToo) {
    AnswerLines lines;
    std::deque<std::string> out;
    feed(lines, "\n\nx\n", out);
    EXPECT_EQ(out, (std::deque<std::string>{"", "", "x"}));
}

}  // namespace
