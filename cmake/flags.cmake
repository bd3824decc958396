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

# nlohmann_json for either build. Emscripten must not see /usr/include (the
# host's libc headers would shadow its own), so it gets a directory holding
# only a link to nlohmann/.
function(wb_find_nlohmann_json out_target)
  if(EMSCRIPTEN)
    set(dir ${CMAKE_BINARY_DIR}/third_party/include)
    file(MAKE_DIRECTORY ${dir})
    if(NOT EXISTS ${dir}/nlohmann)
      file(CREATE_LINK /usr/include/nlohmann ${dir}/nlohmann SYMBOLIC)
    endif()
    add_library(wb_nlohmann_json INTERFACE)
    target_include_directories(wb_nlohmann_json SYSTEM INTERFACE ${dir})
    set(${out_target} wb_nlohmann_json PARENT_SCOPE)
  else()
    find_package(nlohmann_json 3.10 REQUIRED)
    set(${out_target} nlohmann_json::nlohmann_json PARENT_SCOPE)
  endif()
endfunction()
