// The allocator settings of liner's executables (liner, liner_bench): linked
// through the liner_allocator target only when mimalloc is (LINER_MIMALLOC,
// see CMakeLists.txt). The libraries never set an allocator.

#include <mimalloc.h>

namespace {

// Large (2 MiB) OS pages where the kernel gives them (transparent huge pages
// in "madvise" mode, Debian's default; otherwise mimalloc falls back to
// normal pages). A long article's views and claims span tens of megabytes,
// and with 4 KiB pages extraction time grew faster than the article, from
// TLB misses and page faults: `BM_extract_claims_4mb` took 4.5 times the time
// of the 1 MB article with them, 3.96 times with large pages.
// Set before main(), as mimalloc reads its options when it maps memory.
[[maybe_unused]] const bool large_os_pages = [] {
  mi_option_enable(mi_option_large_os_pages);
  return true;
}();

}  // namespace
