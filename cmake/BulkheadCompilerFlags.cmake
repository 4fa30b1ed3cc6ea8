# SPDX-License-Identifier: GPL-3.0-or-later
# Warning and hardening flags, applied per target through the bulkhead_warnings interface library.
add_library(bulkhead_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(bulkhead_warnings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
        -Wcast-align -Wformat=2)
    if(BULKHEAD_WERROR)
        target_compile_options(bulkhead_warnings INTERFACE -Werror)
    endif()
    # Hardening for every build type except pure Debug (FORTIFY needs optimisation).
    target_compile_options(bulkhead_warnings INTERFACE -fstack-protector-strong
        $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
    target_link_options(bulkhead_warnings INTERFACE -Wl,-z,relro,-z,now)
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
endif()
if(BULKHEAD_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
if(BULKHEAD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "BULKHEAD_FUZZ needs clang (libFuzzer): CXX=clang++")
    endif()
    # Coverage instrumentation for the libraries under test; the fuzz binaries add -fsanitize=fuzzer themselves.
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
