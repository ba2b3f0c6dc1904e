# rtk_warnings: the warning set every target of ours links (third-party
# code such as GoogleTest is built without it).
add_library(rtk_warnings INTERFACE)
if(MSVC)
  target_compile_options(rtk_warnings INTERFACE /W4 /permissive-)
  if(RTK_WERROR)
    target_compile_options(rtk_warnings INTERFACE /WX)
  endif()
else()
  target_compile_options(rtk_warnings INTERFACE -Wall -Wextra -Wpedantic)
  if(RTK_WERROR)
    target_compile_options(rtk_warnings INTERFACE -Werror)
  endif()
endif()
