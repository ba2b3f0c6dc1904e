# rtk_add_subdirectories(<what> <folder>...): adds each folder and stops the
# configure when one is missing. A deleted rule family (or component) must
# never drop out of the build, and so out of the suite, without a word.
function(rtk_add_subdirectories what)
  foreach(folder IN LISTS ARGN)
    if(NOT EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${folder}/CMakeLists.txt)
      message(FATAL_ERROR
              "${what} '${folder}' is listed in ${CMAKE_CURRENT_LIST_FILE}, but "
              "${CMAKE_CURRENT_SOURCE_DIR}/${folder}/CMakeLists.txt does not exist: restore "
              "the folder, or take '${folder}' off that list")
    endif()
    add_subdirectory(${folder})
  endforeach()
endfunction()
