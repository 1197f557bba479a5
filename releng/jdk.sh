# Sourced by ./touchstone and ./mvnw: makes JAVA_HOME point at a JDK 21 or newer.
# Takes JAVA_HOME when it is new enough, else the newest JDK >= 21 under
# ${TOUCHSTONE_JVM_ROOT:-/usr/lib/jvm}; when there is none, says what is needed and exits.

touchstone_jdk_feature() { # prints the feature release (17, 21, 25...) of the JDK at $1, or nothing
  local home=$1 v=
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$home/release" | head -n 1)
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
  fi
  v=${v#1.}
  v=${v%%[!0-9]*}
  [ -n "$v" ] && echo "$v"
}

touchstone_select_jdk() {
  local want=21 have best= bestv=0 dir v
  if [ -n "${JAVA_HOME:-}" ]; then
    have=$(touchstone_jdk_feature "$JAVA_HOME")
    if [ -n "$have" ] && [ "$have" -ge "$want" ]; then
      return 0
    fi
  fi
  for dir in "${TOUCHSTONE_JVM_ROOT:-/usr/lib/jvm}"/*; do
    [ -d "$dir" ] || continue
    v=$(touchstone_jdk_feature "$dir")
    if [ -n "$v" ] && [ "$v" -ge "$want" ] && [ "$v" -gt "$bestv" ]; then
      best=$dir
      bestv=$v
    fi
  done
  if [ -z "$best" ]; then
    echo "touchstone: a JDK $want or newer is needed (JAVA_HOME ${JAVA_HOME:+is $JAVA_HOME, Java ${have:-unknown}}${JAVA_HOME:-is not set}; none found under ${TOUCHSTONE_JVM_ROOT:-/usr/lib/jvm}). Install one, e.g. 'apt-get install openjdk-21-jdk-headless', or set JAVA_HOME." >&2
    exit 1
  fi
  export JAVA_HOME=$best
}

touchstone_select_jdk

# How the command line runs on it. Its commands are short batch jobs: the JIT compiles with C1
# only (on two cores, C2's compiling cost more than its faster code saved in a 10,000-page
# publish: 5.2 s against 6.9 s) and the parallel collector replaces G1. A young generation of
# 64 MB is reused instead of grown: the default sizing touched about a gigabyte of fresh pages
# in a 10,000-page publish (248,000 minor page faults against 65,000, and about half a second of
# kernel time). Used by ./touchstone and by the publish benchmark (releng/benchmarks), so that
# the benchmark measures what users run.
TOUCHSTONE_CLI_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn64m"
# 'index' rebuilds the whole search index and can run for minutes; there C2's code wins
# (50,000 cases: 3,799 documents/s with tiered compilation, 2,257 with C1 only).
TOUCHSTONE_CLI_LONG_JAVA_OPTS="-XX:+UseParallelGC"
