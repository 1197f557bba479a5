#!/usr/bin/env bash
# The workbench benchmark (run.sh workbench): a tenant of N standards (default 10000) opened in the
# built workbench product, against a bare RCP window (the product org.touchstone.product.bare: the
# same platform and no Touchstone bundle but the one that opens it) started the same way,
# alternately, ROUNDS times each (default 3); prints every round's RESULT lines, then the medians
# and RATIO startup.workbench-vs-bare. Needs a display: an Xvfb of its own is started when none is set.
set -euo pipefail
classes=$1; plugins=$2; shift 2
standards=10000; rounds=3
while [ $# -gt 0 ]; do
  case $1 in
    --standards) standards=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    *) echo "workbench benchmark: unknown option $1" >&2; exit 2 ;;
  esac
done
root=$(cd "$(dirname "$0")/../.." && pwd)
product=$root/releng/org.touchstone.repository/target/products/org.touchstone.product.workbench/linux/gtk/x86_64
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
bare=$root/releng/benchmarks/org.touchstone.benchmarks.product/target/products/org.touchstone.product.bare/linux/gtk/x86_64
bare_launcher=$(ls "$bare"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1) \
  || { echo "workbench benchmark: no bare product in $bare (./mvnw verify -DskipTests builds it)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true' EXIT

if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "workbench benchmark: no DISPLAY and no Xvfb (apt-get install xvfb)" >&2; exit 1; }
  # Xvfb picks a free display itself and prints its number once it accepts connections.
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 & xvfb=$!
  for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
  export DISPLAY=:$(cat "$work/display")
fi

"$JAVA_HOME/bin/java" -Xmx4g -cp "$classes:$plugins/*" org.touchstone.benchmarks.WorkbenchTenant "$work/workspace" "$standards"

run() { # launcher, application, state folder, arguments...
  local jar=$1 app=$2 state=$3; shift 3
  "$JAVA_HOME/bin/java" -Dfile.encoding=UTF-8 -Xmx4g -jar "$jar" -nosplash -data "$state" -application "$app" "$@" 2>"$work/stderr" \
    | grep '^RESULT' || { cat "$work/stderr" >&2; return 1; }
}

for i in $(seq 1 "$rounds"); do
  run "$bare_launcher" org.touchstone.benchmarks.bare.window "$work/bare-$i" | tee -a "$work/results"
  run "$launcher" org.touchstone.app.measure "$work/state-$i" --workspace "$work/workspace" --user bench --tenant bench --key S-5000 | tee -a "$work/results"
  # Each round starts from the workspace as written: the edits of the last one are not saved, but a
  # new revision may have been; write it again.
  rm -rf "$work/workspace"
  "$JAVA_HOME/bin/java" -Xmx4g -cp "$classes:$plugins/*" org.touchstone.benchmarks.WorkbenchTenant "$work/workspace" "$standards" >/dev/null
done

echo "medians of $rounds rounds, $standards standards:"
for name in $(awk '$1 == "RESULT" { print $2 }' "$work/results" | sort -u); do
  values=$(awk -v n="$name" '$1 == "RESULT" && $2 == n { print $3 }' "$work/results" | sort -n)
  count=$(echo "$values" | wc -l)
  median=$(echo "$values" | sed -n "$(( (count + 1) / 2 ))p")
  echo "RESULT $name.median $median"
  eval "median_${name//[.-]/_}=$median"
done
awk -v w="${median_workbench_startup_ms:-0}" -v b="${median_bare_startup_ms:-0}" 'BEGIN { if (b > 0) printf "RATIO startup.workbench-vs-bare %.2f\n", w / b }'
