#!/usr/bin/env bash
# Benchmarks: releng/benchmarks/run.sh NAME [OPTIONS]
#   model [--standards N]   save and load a tenant of N standards (default 100000) as XMI and as
#                           EMF binary; prints RESULT lines and RATIO model.load.xmi-vs-binary.
#   publish [--pages N] [--against REV]
#                           publish N generated Markdown pages (default 10000) with Touchstone (a
#                           full publish, then one after a single page changed), with bare flexmark
#                           and with Hugo (Debian's package, installed when missing), each in a
#                           process of its own, three rounds, medians of wall time. The Java jobs
#                           run with the command line's JVM options (releng/jdk.sh) and start from
#                           class data trained on a 500-page publish (an AOT cache on JDK 25+).
#                           Also the floors of an incremental publish in a fresh JVM (start and
#                           stop; read and fingerprint every page) and how they compare with Hugo,
#                           and publishing again and again in one JVM, as a running workbench does.
#                           --against REV also times the publisher as it was at git revision REV
#                           (built in a worktree of its own) in the same rounds: RATIO
#                           publish.full.vs-before and publish.incremental.vs-before.
#   layout [--standards N]  one tenant of N standards (default 10000) read from one file per element
#                           and from one tenant.xmi (the layout before schema version 4), alternating
#                           in one process, medians of five rounds (RATIO
#                           layout.load.file-per-element-vs-single-file); saves of all files, of
#                           nothing changed and of one changed standard; the check for changed files.
#   team [--standards N]   a tenant of N standards (default 10000) in Git: the first push, clone and
#                           first open (read and search index) in a new workspace, a pull of one
#                           changed standard and the search index brought up to date after it
#                           (documents written; RATIO team.reindex.after-pull-vs-full); a bare
#                           repository on the same disk serves as the server. Three rounds, medians.
#   search [--docs N]       index N generated case-like documents (default 1000000) in 20 tenants
#                           with Touchstone's search and with bare Lucene (same analyzer), then time
#                           term, phrase and filtered+faceted+highlighted queries on both.
#   workbench [--standards N] [--rounds R]
#                           open the built workbench product on a tenant of N standards (default
#                           10000; read once after it is written, as a workspace in use has
#                           been, which leaves its copy in .cache/): time to the first painted window, to check its findings, to
#                           expand its standards, to open an editor, from a change to the updated
#                           findings, and the longest UI freeze (also over 3 s of doing nothing); against a bare RCP
#                           window in a product with the same platform and no Touchstone bundles
#                           (releng/benchmarks/org.touchstone.benchmarks.product; RATIO
#                           startup.workbench-vs-bare); R rounds (default 3).
#   results [--observations N] [--rounds R]
#                           a million observations (default) in one tenant of 40 sites and 250
#                           standards: import from CSV and a year's report by site and standard,
#                           against Debian's sqlite3 importing the same CSV and running the same
#                           aggregation, alternating, R rounds (default 5); RATIO report.vs-sqlite.
# Runs on the bundles of the built CLI product (built first when missing), outside OSGi.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/releng/jdk.sh"

name=${1:-}
[ -n "$name" ] || { echo "usage: $0 model [--standards N] | layout [--standards N] | publish [--pages N] | results [--observations N] | search [--docs N] | team [--standards N] | workbench [--standards N]" >&2; exit 2; }
shift

plugins=$root/releng/org.touchstone.repository/target/products/org.touchstone.product.cli/linux/gtk/x86_64/plugins
if ! ls "$plugins"/org.touchstone.model_*.jar >/dev/null 2>&1; then
  echo "benchmarks: building the products first (./mvnw verify -DskipTests)" >&2
  (cd "$root" && ./mvnw -B -q -DskipTests verify >&2)
fi

classes=$(mktemp -d)
"$JAVA_HOME/bin/javac" -nowarn -d "$classes" -cp "$plugins/*" $(find "$here/src" -name '*.java')

case $name in
  model)
    "$JAVA_HOME/bin/java" -Xmx8g -cp "$classes:$plugins/*" org.touchstone.benchmarks.ModelBenchmark "$@"
    status=$?; rm -rf "$classes"; exit $status ;;
  layout)
    "$JAVA_HOME/bin/java" -Xmx4g -cp "$classes:$plugins/*" org.touchstone.benchmarks.LayoutBenchmark "$@"
    status=$?; rm -rf "$classes"; exit $status ;;
  publish)
    exec bash "$here/publish.sh" "$classes" "$plugins" "$@" ;;
  workbench)
    exec bash "$here/workbench.sh" "$classes" "$plugins" "$@" ;;
  results)
    command -v sqlite3 >/dev/null 2>&1 || { echo "benchmarks: results needs Debian's sqlite3 (apt-get install sqlite3)" >&2; exit 1; }
    "$JAVA_HOME/bin/java" -Xmx4g -cp "$classes:$plugins/*" org.touchstone.benchmarks.ResultsBenchmark "$@"
    status=$?; rm -rf "$classes"; exit $status ;;
  team)
    "$JAVA_HOME/bin/java" -Xmx4g --enable-native-access=ALL-UNNAMED -Dslf4j.internal.verbosity=ERROR -cp "$classes:$plugins/*" org.touchstone.benchmarks.TeamBenchmark "$@"
    status=$?; rm -rf "$classes"; exit $status ;;
  search)
    "$JAVA_HOME/bin/java" -Xmx12g -cp "$classes:$plugins/*" org.touchstone.benchmarks.SearchBenchmark "$@"
    status=$?; rm -rf "$classes"; exit $status ;;
  *)
    echo "benchmarks: unknown benchmark '$name' (known: model, layout, publish, results, search, team, workbench)" >&2
    exit 2 ;;
esac
