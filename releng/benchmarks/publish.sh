#!/usr/bin/env bash
# The publish benchmark; run it through run.sh. Each job runs in a JVM (or process) of its own and
# is timed from here as wall time, three rounds, median.
set -euo pipefail
classes=$1 plugins=$2
shift 2
pages=10000
against=
while [ $# -gt 0 ]; do
  case $1 in
    --pages) pages=$2; shift 2 ;;
    --against) against=$2; shift 2 ;;
    *) echo "usage: run.sh publish [--pages N] [--against REV]" >&2; exit 2 ;;
  esac
done
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work" "$classes"; [ -n "$against" ] && git -C "$root" worktree prune' EXIT

if ! command -v hugo >/dev/null 2>&1; then
  echo "benchmarks: installing Debian's hugo" >&2
  sudo_cmd=; [ "$(id -u)" -eq 0 ] || sudo_cmd=sudo
  $sudo_cmd apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq hugo >&2
fi

# Pagefind gives a Hugo site an offline search index, as Touchstone builds one for its site: Hugo
# plus Pagefind is the pipeline a Hugo user runs for the same result. The npm package ships its binary.
command -v npm >/dev/null 2>&1 || { echo "benchmarks: npm is needed for Pagefind (apt-get install npm)" >&2; exit 1; }
npm install --silent --no-audit --no-fund --prefix "$work/pagefind" pagefind@1.5.2 >&2
pagefind=$work/pagefind/node_modules/.bin/pagefind

# The same JVM options as ./touchstone uses for the command line.
. "$(cd "$(dirname "$0")/../.." && pwd)/releng/jdk.sh"
# Class-data sharing needs jars, not folders, on the class path. On JDK 25 and newer the warm-up
# run below trains an AOT cache (JEP 483/515: classes loaded and linked, method profiles); on
# older JDKs it writes a dynamic CDS archive. Either way the timed runs start from it.
"$JAVA_HOME/bin/jar" cf "$work/benchmarks.jar" -C "$classes" .
classpath="$work/benchmarks.jar:$(ls "$plugins"/*.jar | tr '\n' ':')"
if [ "$(touchstone_jdk_feature "$JAVA_HOME")" -ge 25 ]; then
  class_data=(-XX:AOTCache="$work/touchstone.aot")
  train=(-XX:AOTCacheOutput="$work/touchstone.aot")
else
  class_data=(-XX:SharedArchiveFile="$work/touchstone.jsa" -Xshare:auto)
  train=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$work/touchstone.jsa")
fi
java_run() { "$JAVA_HOME/bin/java" $TOUCHSTONE_CLI_JAVA_OPTS -Xmx4g "${class_data[@]}" -cp "$classpath" org.touchstone.benchmarks.PublishPages "$@"; }
java_train() { "$JAVA_HOME/bin/java" $TOUCHSTONE_CLI_JAVA_OPTS -Xmx4g "${train[@]}" -cp "$classpath" org.touchstone.benchmarks.PublishPages "$@"; }

java_plain() { "$JAVA_HOME/bin/java" -cp "$classpath" org.touchstone.benchmarks.PublishPages "$@"; }

# --against REV: the publisher as it was at REV, built from a worktree of its own (its products
# only; nothing is installed into the local Maven repository), timed in the same rounds as today's
# on the same pages, with class data trained the same way on its own jars.
if [ -n "$against" ]; then
  echo "benchmarks: building the products of $against for the side-by-side run" >&2
  git -C "$root" worktree add -q --detach "$work/before-src" "$against" >&2
  (cd "$work/before-src" && ./mvnw -B -q -o -DskipTests verify >&2)
  before_plugins=$work/before-src/releng/org.touchstone.repository/target/products/org.touchstone.product.cli/linux/gtk/x86_64/plugins
  before_classpath="$work/benchmarks.jar:$(ls "$before_plugins"/*.jar | tr '\n' ':')"
  if [ "$(touchstone_jdk_feature "$JAVA_HOME")" -ge 25 ]; then
    before_data=(-XX:AOTCache="$work/before.aot") before_train=(-XX:AOTCacheOutput="$work/before.aot")
  else
    before_data=(-XX:SharedArchiveFile="$work/before.jsa" -Xshare:auto) before_train=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$work/before.jsa")
  fi
fi
java_before() { "$JAVA_HOME/bin/java" $TOUCHSTONE_CLI_JAVA_OPTS -Xmx4g "${before_data[@]}" -cp "$before_classpath" org.touchstone.benchmarks.PublishPages "$@"; }

java_plain generate "$work/pages" "$pages"
# Hugo reads the same files as content, with a minimal layout of equivalent content: page, TOC, previous/next.
mkdir -p "$work/hugo/layouts/_default" "$work/hugo/content"
cp "$work/pages"/*.md "$work/hugo/content/"
cat > "$work/hugo/config.toml" <<'TOML'
baseURL = "file:///"
relativeURLs = true
uglyURLs = true
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = false
[markup.tableOfContents]
startLevel = 2
endLevel = 3
TOML
cat > "$work/hugo/layouts/_default/single.html" <<'HTML'
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><nav>{{ .TableOfContents }}</nav><main>{{ .Content }}</main>
<nav>{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav></body></html>
HTML
cat > "$work/hugo/layouts/_default/list.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>
HTML

# Warm-up (not timed): a full and an incremental publish of 500 pages train the class data the
# timed Touchstone runs start from.
java_plain generate "$work/warm" 500
java_train train "$work/warm" "$work/warm-out" >/dev/null 2>&1
if [ -n "$against" ]; then
  "$JAVA_HOME/bin/java" $TOUCHSTONE_CLI_JAVA_OPTS -Xmx4g "${before_train[@]}" -cp "$before_classpath" org.touchstone.benchmarks.PublishPages train "$work/warm" "$work/warm-before" >/dev/null 2>&1
fi

# Each timed run starts after the file system has written out what the run before left dirty.
# A job that fails stops the benchmark, with what it printed: a failed run must not pass for a fast one.
ms() {
  sync
  local s=$(date +%s%N)
  "$@" >/dev/null 2>"$work/job.log" || { echo "benchmarks: '$*' failed:" >&2; cat "$work/job.log" >&2; exit 1; }
  echo $(( ($(date +%s%N) - s) / 1000000 ))
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

# Every round writes into folders of its own, and nothing is deleted before the benchmark ends.
# This machine's ext4 has no journal, and then the kernel checks every recently deleted inode
# before it hands out a new one: publishing 10,000 pages right after deleting the last round's
# 10,000 cost up to two seconds of kernel time, varying from run to run, for every job alike.
full=() incremental=() bare=() hugo_ms=() hugo_pagefind=() start=() inputs=() before_full=() before_incremental=()
for round in 1 2 3; do
  out=$work/out-$round
  # With --against, the earlier publisher runs beside today's, the two in turn first, so that
  # neither always follows the same job.
  if [ -n "$against" ] && [ $(( round % 2 )) -eq 0 ]; then
    before_full+=("$(ms java_before touchstone "$work/pages" "$work/before-$round")")
  fi
  full+=("$(ms java_run touchstone "$work/pages" "$out")")
  if [ -n "$against" ] && [ $(( round % 2 )) -eq 1 ]; then
    before_full+=("$(ms java_before touchstone "$work/pages" "$work/before-$round")")
  fi
  java_plain touch "$work/pages/page-$(printf '%05d' $(( pages / 2 )))".md
  if [ -n "$against" ] && [ $(( round % 2 )) -eq 0 ]; then
    before_incremental+=("$(ms java_before touchstone "$work/pages" "$work/before-$round")")
  fi
  incremental+=("$(ms java_run touchstone "$work/pages" "$out")")
  if [ -n "$against" ] && [ $(( round % 2 )) -eq 1 ]; then
    before_incremental+=("$(ms java_before touchstone "$work/pages" "$work/before-$round")")
  fi
  bare+=("$(ms java_run flexmark "$work/pages" "$work/flexmark-out-$round")")
  hugo_ms+=("$(ms hugo --quiet -s "$work/hugo" -d "$work/hugo/public-$round")")
  hugo_pagefind+=("$(ms bash -c 'hugo --quiet -s "$1" -d "$2" && "$3" --site "$2" --quiet' _ "$work/hugo" "$work/hugo/pagefind-$round" "$pagefind")")
  # The floors of an incremental publish in a fresh JVM: starting and stopping it, and reading and
  # fingerprinting every page (it must, to know what changed), with the same options and class data.
  start+=("$(ms java_run start)")
  inputs+=("$(ms java_run inputs "$work/pages")")
done
written=$(java_plain touch "$work/pages/page-00000.md"; java_run touchstone "$work/pages" "$out" 2>&1 | sed -n 's/.* \([0-9]*\) written/\1/p')
[ -f "$work/hugo/public-3/page-00001.html" ] || { echo "benchmarks: hugo produced no pages" >&2; exit 1; }
[ -d "$work/hugo/pagefind-3/pagefind" ] || { echo "benchmarks: pagefind produced no index" >&2; exit 1; }

# Publishing from a running workbench: one JVM with the workbench's (default) JVM options publishes
# again and again, and times itself; not compared with Hugo, which would have to run as a server too.
resident=$("$JAVA_HOME/bin/java" -Xmx4g -cp "$classpath" org.touchstone.benchmarks.PublishPages resident "$work/pages" "$work/resident")

f=$(median "${full[@]}") i=$(median "${incremental[@]}") b=$(median "${bare[@]}") h=$(median "${hugo_ms[@]}") hp=$(median "${hugo_pagefind[@]}")
s=$(median "${start[@]}") r=$(median "${inputs[@]}")
echo "RESULT publish.pages $pages"
echo "RESULT publish.full.ms $f"
echo "RESULT publish.incremental.ms $i"
echo "RESULT publish.incremental.pages-written $written"
echo "RESULT publish.flexmark.ms $b"
echo "RESULT publish.hugo.ms $h"
echo "RESULT publish.hugo-pagefind.ms $hp"
echo "RESULT publish.pagefind.version $("$pagefind" --version | cut -d' ' -f2)"
echo "RESULT publish.floor.start.ms $s"
echo "RESULT publish.floor.inputs.ms $r"
echo "RESULT publish.hugo.version $(hugo version | cut -d' ' -f2)"
echo "RESULT publish.java $(touchstone_jdk_feature "$JAVA_HOME") ${TOUCHSTONE_CLI_JAVA_OPTS// /,},${class_data[0]%%=*}"
echo "RESULT publish.site.bytes $(du -sb "$out" | cut -f1)"
echo "$resident"
if [ -n "$against" ]; then
  bf=$(median "${before_full[@]}") bi=$(median "${before_incremental[@]}")
  echo "RESULT publish.before.revision $(git -C "$root" rev-parse --short "$against")"
  echo "RESULT publish.before.full.ms $bf"
  echo "RESULT publish.before.incremental.ms $bi"
  awk -v f="$f" -v i="$i" -v bf="$bf" -v bi="$bi" 'BEGIN {
    printf "RATIO publish.full.vs-before %.2f\n", f / bf;
    printf "RATIO publish.incremental.vs-before %.2f\n", i / bi }'
fi
awk -v f="$f" -v h="$h" -v hp="$hp" -v b="$b" -v i="$i" -v r="$r" 'BEGIN {
  printf "RATIO publish.full.vs-hugo-pagefind %.2f\n", f / hp;
  printf "RATIO publish.full.vs-hugo %.2f\n", f / h;
  printf "RATIO publish.full.vs-flexmark %.2f\n", f / b;
  printf "RATIO publish.incremental.vs-full %.3f\n", i / f;
  # The least incremental/full ratio a publisher that starts a JVM and reads and hashes every
  # chapter (content hashes) could reach if its full publish took exactly Hugo'"'"'s time: when it is
  # above 0.05, the goals vs-hugo <= 1.0 and incremental <= 0.05 cannot both be met that way.
  printf "RATIO publish.incremental-floor.vs-hugo %.3f\n", r / h }'
