# SPDX-License-Identifier: GPL-3.0-or-later
# bulkhead-cli is a batch tool that builds and frees many small strings (a lint run of 1,084 Dockerfiles made
# ~630,000 allocations); glibc's malloc/free were ~24 % of its instructions. mimalloc (Debian: libmimalloc-dev)
# replaces malloc/free process-wide when it is linked first: 20-25 % less CPU for `lint` (bench/lint/README.md).
# BULKHEAD_MIMALLOC: AUTO (use it when found), ON (required), OFF. Never with the sanitizers or fuzzing: those
# bring their own allocator, and tests must see glibc's/ASan's checks.
set(BULKHEAD_MIMALLOC AUTO CACHE STRING "Link bulkhead-cli against mimalloc: AUTO, ON or OFF")
set_property(CACHE BULKHEAD_MIMALLOC PROPERTY STRINGS AUTO ON OFF)

set(BULKHEAD_HAVE_MIMALLOC OFF)
if(BULKHEAD_SANITIZE OR BULKHEAD_FUZZ)
    if(BULKHEAD_MIMALLOC STREQUAL "ON")
        message(FATAL_ERROR "BULKHEAD_MIMALLOC=ON cannot be combined with BULKHEAD_SANITIZE or BULKHEAD_FUZZ")
    endif()
elseif(NOT BULKHEAD_MIMALLOC STREQUAL "OFF")
    if(BULKHEAD_MIMALLOC STREQUAL "ON")
        find_package(mimalloc 2.0 REQUIRED)
    else()
        find_package(mimalloc 2.0 QUIET)
    endif()
    if(TARGET mimalloc)
        set(BULKHEAD_HAVE_MIMALLOC ON)
        message(STATUS "bulkhead-cli allocator: mimalloc ${mimalloc_VERSION}")
    else()
        message(STATUS "bulkhead-cli allocator: glibc malloc (mimalloc not found; apt install libmimalloc-dev)")
    endif()
endif()

# Links `target` against mimalloc (first, and kept even under --as-needed, so its malloc wins symbol lookup for
# every library of the process) and defines BULKHEAD_HAVE_MIMALLOC for `--version`.
function(bulkhead_use_fast_allocator target)
    if(BULKHEAD_HAVE_MIMALLOC)
        target_link_libraries(${target} PRIVATE "-Wl,--push-state,--no-as-needed" mimalloc "-Wl,--pop-state")
        target_compile_definitions(${target} PRIVATE BULKHEAD_HAVE_MIMALLOC)
    endif()
endfunction()
