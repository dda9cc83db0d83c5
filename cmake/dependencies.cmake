# nlohmann/json, GoogleTest, Dear ImGui and SDL2, for the native and the Emscripten build.
if(EMSCRIPTEN)
  # The Emscripten toolchain restricts find_package to its sysroot, and -I/usr/include would let
  # glibc headers shadow Emscripten's libc: deps.sh links /usr/include/nlohmann into .deps/include.
  add_library(nlohmann_json INTERFACE)
  target_include_directories(nlohmann_json SYSTEM INTERFACE "${SSE_DEPS_DIR}/include")
  add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
  # WebAssembly exceptions (not Emscripten's JavaScript-based ones): catch works as natively (the loader catches
  # std::bad_alloc), without the JavaScript invoke_* trampolines around every call that may throw, which made the
  # wasm larger and slower. Every browser with WebGL2 and wasm SIMD has them (Chrome 95, Firefox 100, Safari 15.2).
  add_compile_options(-fwasm-exceptions)
  add_link_options(-fwasm-exceptions)
else()
  find_package(nlohmann_json 3 REQUIRED)
endif()

if(SSE_BUILD_APP)
  set(IMGUI_DIR "${SSE_DEPS_DIR}/imgui")
  if(NOT EXISTS "${IMGUI_DIR}/imgui.h")
    message(FATAL_ERROR "Dear ImGui 1.92 sources not found in ${IMGUI_DIR}: run scripts/deps.sh first")
  endif()
  # ImGui core only (no backends): the ui library links this and stays free of SDL and GL.
  add_library(imgui STATIC
    ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp
    ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/imgui_widgets.cpp)
  if(CMAKE_BUILD_TYPE STREQUAL "Debug")
    target_sources(imgui PRIVATE ${IMGUI_DIR}/imgui_demo.cpp)
  endif()
  target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${CMAKE_SOURCE_DIR}/src/ui/config)
  target_compile_definitions(imgui PUBLIC IMGUI_USER_CONFIG="imconfig_app.h")

  # Platform backends: only the executable links these.
  add_library(imgui_backends STATIC
    ${IMGUI_DIR}/backends/imgui_impl_sdl2.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
  target_include_directories(imgui_backends SYSTEM PUBLIC ${IMGUI_DIR}/backends)
  target_link_libraries(imgui_backends PUBLIC imgui)
  if(EMSCRIPTEN)
    set(SDL2_EM_DIR "${SSE_DEPS_DIR}/sdl2-em")
    target_include_directories(imgui_backends SYSTEM PUBLIC ${SDL2_EM_DIR}/include/SDL2)
    target_compile_definitions(imgui_backends PUBLIC IMGUI_IMPL_OPENGL_ES3)
    target_link_libraries(imgui_backends PUBLIC ${SDL2_EM_DIR}/lib/libSDL2.a)
  else()
    find_package(SDL2 REQUIRED)
    find_package(OpenGL REQUIRED)
    target_link_libraries(imgui_backends PUBLIC SDL2::SDL2 OpenGL::GL ${CMAKE_DL_LIBS})
  endif()
endif()

if(SSE_BUILD_APP)
  # libqrencode (the Share panel's QR code): Debian's libqrencode-dev on the desktop; on the web its sources from
  # Debian's source package (scripts/deps.sh puts them in .deps/qrencode), compiled here: no configure step needed.
  if(EMSCRIPTEN)
    set(QRENCODE_DIR "${SSE_DEPS_DIR}/qrencode")
    if(NOT EXISTS "${QRENCODE_DIR}/qrencode.h")
      message(FATAL_ERROR "libqrencode sources not found in ${QRENCODE_DIR}: run scripts/deps.sh --web first")
    endif()
    add_library(qrencode STATIC ${QRENCODE_DIR}/qrencode.c ${QRENCODE_DIR}/qrinput.c ${QRENCODE_DIR}/bitstream.c
      ${QRENCODE_DIR}/qrspec.c ${QRENCODE_DIR}/rsecc.c ${QRENCODE_DIR}/split.c ${QRENCODE_DIR}/mask.c
      ${QRENCODE_DIR}/mqrspec.c ${QRENCODE_DIR}/mmask.c)
    target_include_directories(qrencode SYSTEM PUBLIC ${QRENCODE_DIR})
    target_compile_definitions(qrencode PRIVATE MAJOR_VERSION=4 MINOR_VERSION=1 MICRO_VERSION=1 VERSION="4.1.1"
      STATIC_IN_RELEASE=static)
    target_compile_options(qrencode PRIVATE -w)
  else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
    add_library(qrencode INTERFACE)
    target_link_libraries(qrencode INTERFACE PkgConfig::QRENCODE)
  endif()
endif()

if(SSE_BUILD_TESTS AND NOT EMSCRIPTEN)
  find_package(GTest REQUIRED)
  include(GoogleTest)
endif()

# zlib + minizip (workbooks are ZIP archives) and expat (XLSX, ODS, GEXF and GraphML are XML), for the import and
# export of spreadsheets and graphs. Natively Debian's packages; for wasm deps.sh builds them from Debian's source
# packages into .deps/<lib>-em (Emscripten's ports would download their sources).
add_library(sse_zip_xml INTERFACE)
if(EMSCRIPTEN)
  foreach(lib zlib minizip expat)
    if(NOT EXISTS "${SSE_DEPS_DIR}/${lib}-em/BUILD")
      message(FATAL_ERROR "${lib} for wasm not found in ${SSE_DEPS_DIR}/${lib}-em: run scripts/deps.sh --web first")
    endif()
    target_include_directories(sse_zip_xml SYSTEM INTERFACE "${SSE_DEPS_DIR}/${lib}-em/include")
  endforeach()
  # minizip first: it calls zlib.
  target_link_libraries(sse_zip_xml INTERFACE "${SSE_DEPS_DIR}/minizip-em/lib/libminizip.a"
    "${SSE_DEPS_DIR}/zlib-em/lib/libz.a" "${SSE_DEPS_DIR}/expat-em/lib/libexpat.a")
else()
  find_package(ZLIB REQUIRED)
  find_package(EXPAT REQUIRED)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(MINIZIP REQUIRED IMPORTED_TARGET minizip)
  target_link_libraries(sse_zip_xml INTERFACE PkgConfig::MINIZIP ZLIB::ZLIB EXPAT::EXPAT)
endif()
