#include "CBuildStamp.h"

#if __has_include("build_commit.h")
#include "build_commit.h"
#endif

const char *ordercon_build_commit(void) {
#ifdef ORDERCON_BUILD_COMMIT
    return ORDERCON_BUILD_COMMIT;
#else
    return 0;
#endif
}
