# The executor core's libFuzzer target (preset fuzz; labels fuzz and
# agent), run for RTKREF_FUZZ_SECONDS from its seeds in
# fixtures/fuzz/agent_frames/, as the reference's fuzzers are (the time
# is set once, in reference/tests/fuzz/, configured before this folder as
# RTK_BUILD_FUZZERS is).
add_executable(rtkconf_agent_core_fuzzer agent_fuzzer.cpp)
target_link_libraries(rtkconf_agent_core_fuzzer PRIVATE rtkconf_agent_fake_rtk rtk_warnings)
target_link_options(rtkconf_agent_core_fuzzer PRIVATE -fsanitize=fuzzer)
set(_work ${CMAKE_CURRENT_BINARY_DIR}/corpus/agent_frames)
file(MAKE_DIRECTORY ${_work})
add_test(NAME fuzz.agent_frames
         COMMAND rtkconf_agent_core_fuzzer -max_total_time=${RTKREF_FUZZ_SECONDS} -timeout=10
                 -rss_limit_mb=1024 -print_final_stats=1
                 ${_work} ${PROJECT_SOURCE_DIR}/fixtures/fuzz/agent_frames)
set_tests_properties(fuzz.agent_frames PROPERTIES LABELS "fuzz;agent" TIMEOUT 120)
