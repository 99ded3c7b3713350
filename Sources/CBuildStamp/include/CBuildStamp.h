#ifndef CBUILDSTAMP_H
#define CBUILDSTAMP_H

/// The git commit an installed binary was built from, or NULL for a plain `swift build`.
/// `scripts/install` writes the git-ignored `build_commit.h` beside stamp.c before it builds.
const char *ordercon_build_commit(void);

#endif
