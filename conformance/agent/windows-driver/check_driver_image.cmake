# The driver shell's image (CTest agent.driver_image): a PE32+ of the
# native subsystem, with an entry point, exporting nothing, whose imports
# are ntoskrnl.exe and the Rtk module only, and which imports every Rtk
# function of the executor's table. Run with -DOBJDUMP=... -DIMAGE=...sys.
execute_process(COMMAND ${OBJDUMP} -p ${IMAGE} OUTPUT_VARIABLE dump RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${OBJDUMP} -p ${IMAGE} failed: is the driver built?")
endif()
if(NOT dump MATCHES "Subsystem[ \t]+0+1[ \t]+\\((NT )?[Nn]ative\\)")
  message(FATAL_ERROR "${IMAGE} is not a native-subsystem image")
endif()
string(REGEX MATCH "AddressOfEntryPoint[ \t]+([0-9a-fA-F]+)" _ "${dump}")
if(CMAKE_MATCH_1 MATCHES "^0+$")
  message(FATAL_ERROR "${IMAGE} has no entry point")
endif()
string(REGEX MATCHALL "DLL Name: [^\n]+" modules "${dump}")
foreach(module IN LISTS modules)
  if(NOT module MATCHES "DLL Name: (ntoskrnl\\.exe|RtkApiStub\\.sys)$")
    message(FATAL_ERROR "${IMAGE} imports from an unexpected module: ${module}")
  endif()
endforeach()
if(dump MATCHES "\n[ \t]*\\[[ 0-9]+\\] [A-Za-z_]")
  message(FATAL_ERROR "${IMAGE} exports symbols; a driver exports nothing")
endif()
foreach(fn IN ITEMS RtkRtssAttach RtkRtssAttachEx RtkRtssDetach RtkCreateSharedMemory
                    RtkOpenSharedMemory RtkUnMapSharedMemory RtkCloseHandle RtkCreateMutex
                    RtkOpenMutex RtkCreateEvent RtkOpenEvent RtkCreateSemaphore RtkOpenSemaphore)
  if(NOT dump MATCHES "[ \t]${fn}\n")
    message(FATAL_ERROR "${IMAGE} does not import ${fn}")
  endif()
endforeach()
message(STATUS "${IMAGE}: native driver image, imports ntoskrnl.exe and the Rtk functions")
