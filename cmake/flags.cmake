# Flags every target of the project shares.
# -ffp-contract=off: no fused multiply-add, so native and WebAssembly builds
# round identically and print byte-identical JSON.
function(wb_target_flags target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -ffp-contract=off)
  if(WB_STRICT)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(WB_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=all)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

# nlohmann_json (header-only) for either build, from its CMake package
# (Debian's nlohmann-json3-dev). Emscripten's toolchain looks only inside its
# sysroot, so there the package is looked up on the host
# (NO_CMAKE_FIND_ROOT_PATH) and its include directory, /usr/include, is
# searched after every system directory (-idirafter): as -I or -isystem it
# would come first, and the host's libc headers would shadow Emscripten's.
function(wb_find_nlohmann_json out_target)
  if(NOT EMSCRIPTEN)
    find_package(nlohmann_json 3.10 REQUIRED)
    set(${out_target} nlohmann_json::nlohmann_json PARENT_SCOPE)
    return()
  endif()
  find_package(nlohmann_json 3.10 REQUIRED NO_CMAKE_FIND_ROOT_PATH)
  get_target_property(dirs nlohmann_json::nlohmann_json INTERFACE_INCLUDE_DIRECTORIES)
  list(REMOVE_DUPLICATES dirs)
  add_library(wb_nlohmann_json INTERFACE)
  foreach(dir ${dirs})
    target_compile_options(wb_nlohmann_json INTERFACE "SHELL:-idirafter ${dir}")
  endforeach()
  set(${out_target} wb_nlohmann_json PARENT_SCOPE)
endfunction()
