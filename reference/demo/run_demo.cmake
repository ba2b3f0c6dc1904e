# Runs rtkref-demo in a namespace of its own (a fresh RTK_RUNTIME_DIR, as
# every test of the reference does) and fails when the demo does.
#   cmake -DDEMO=<rtkref-demo> -DMODE=<argument or empty> -DWORK_DIR=<dir> -P run_demo.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(CHMOD ${WORK_DIR} DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
set(ENV{RTK_RUNTIME_DIR} ${WORK_DIR})
execute_process(COMMAND ${DEMO} ${MODE} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT status EQUAL 0)
  message(FATAL_ERROR "rtkref-demo ${MODE} exited with ${status}")
endif()
