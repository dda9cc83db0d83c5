# Warnings for our own targets only (third-party code is built without them).
add_library(sse_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(sse_warnings INTERFACE -Wall -Wextra -Wshadow -Wno-unused-parameter)
endif()
