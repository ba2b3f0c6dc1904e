# A run split with --shard K/N and merged with `report --merge` gives the
# unsharded run's results: `rtkconf diff --content` finds no difference
# (it leaves out timings, paths and per-run text; see
# conformance/results/RESULTS_SCHEMA.md, "Shards"), and the merge exits
# with the unsharded run's verdict. The shards run with different --jobs
# and are merged in reverse order: neither may matter.
# -DWHOLE=results.json: the unsharded run is one another test made (CTest
# runs rtkconf_run_reference_strict first, a fixture), not run again.
#
#   cmake -DRTKCONF=... -DIMPL=... -DSHARDS=3 -DWORK_DIR=... [-DWHOLE=...] -P this
cmake_policy(VERSION 3.20)
foreach(var IN ITEMS RTKCONF IMPL SHARDS WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_sharded_run.cmake needs -D${var}=...")
  endif()
endforeach()

include(${CMAKE_CURRENT_LIST_DIR}/rtkconf_exec.cmake)

file(REMOVE_RECURSE ${WORK_DIR})
if(DEFINED WHOLE)
  rtkconf_exit_of(whole_rc ${WHOLE} ${IMPL})
else()
  set(WHOLE ${WORK_DIR}/whole/results.json)
  rtkconf_exec(whole_rc run --impl ${IMPL} --jobs 2 --report-dir ${WORK_DIR}/whole)
endif()

set(shard_files "")
foreach(k RANGE 1 ${SHARDS})
  math(EXPR jobs "1 + ${k} % 2")
  rtkconf_exec(rc run --impl ${IMPL} --jobs ${jobs} --shard ${k}/${SHARDS}
               --report-dir ${WORK_DIR}/shard-${k})
  if(NOT EXISTS ${WORK_DIR}/shard-${k}/results.json)
    message(FATAL_ERROR "shard ${k}/${SHARDS} wrote no results.json:\n${last_output}")
  endif()
  list(PREPEND shard_files ${WORK_DIR}/shard-${k}/results.json)
endforeach()

rtkconf_exec(merge_rc report --merge ${shard_files} --report-dir ${WORK_DIR}/merged)
if(NOT merge_rc EQUAL whole_rc)
  message(FATAL_ERROR "the merged shards exit ${merge_rc}, the unsharded run ${whole_rc}:\n"
                      "${last_output}")
endif()
rtkconf_exec(diff_rc diff --content ${WHOLE} ${WORK_DIR}/merged/results.json)
if(NOT diff_rc EQUAL 0)
  message(FATAL_ERROR "the merged shards differ from the unsharded run:\n${last_output}")
endif()
message(STATUS "${SHARDS} shards merged into the unsharded run's results")
