# The shared folder (../shared: the development corpus, the eval scripts) sits beside the main clone; from a git worktree
# elsewhere it is found beside the clone the worktree belongs to. Source with ROOT set to the repository root; sets SHARED.
SHARED="$ROOT/../shared"
if [ ! -d "$SHARED" ] && COMMON=$(git -C "$ROOT" rev-parse --path-format=absolute --git-common-dir 2>/dev/null); then
  SHARED="$(dirname "$COMMON")/../shared"
fi
