#!/bin/bash
# NewsLens `entities` against stock CoreNLP (org.newslens.nlp.StockCoreNlpBench), one fresh JVM per run, the
# two measured alternately in the same loop so both see the same machine load. Prints one line per run
# (wall s, CPU s = user+sys, peak RSS MB) with the load average before it, then medians.
#   mvn -B -q -o package -DskipTests -DskipAppImage
#   mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
#   src/test/sh/bench-entities.sh ROUNDS seed|batch
# seed: the seed article, empty data folder; batch: the seed + the 216 CoNLL dev articles in one call.
set -u
rounds=${1:-5}
what=${2:-seed}
cd "$(dirname "$0")/../../.."
if [ "$what" = seed ]; then
  files=(seeds/000_2eaa2faa629b3bd4.txt)
else
  files=(seeds/000_2eaa2faa629b3bd4.txt $(ls ../shared/eval/conll-dev/doc-*.txt 2>/dev/null || ls /work/shared/eval/conll-dev/doc-*.txt))
fi
cp="target/classes:target/test-classes:$(cat target/cp.txt)"
out=$(mktemp -d)
measure() { # name command...
  local name=$1; shift
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -q -f "%e %U %S %M" -o "$out/time" "$@" > "$out/stdout" 2> "$out/stderr" || echo "$name failed: $(tail -1 "$out/stderr")"
  read -r wall user sys rss < "$out/time"
  local cpu; cpu=$(echo "$user + $sys" | bc)
  echo "$name wall $wall cpu $cpu rss $((rss / 1024)) load $load"
  echo "$wall $cpu $((rss / 1024))" >> "$out/$name"
}
for i in $(seq "$rounds"); do
  home=$(mktemp -d)
  measure newslens env NEWSLENS_HOME="$home" target/newslens entities "${files[@]}"
  rm -rf "$home"
  measure stock java -cp "$cp" org.newslens.nlp.StockCoreNlpBench "${files[@]}"
done
for name in newslens stock; do
  for col in 1 2 3; do
    sort -n -k"$col" "$out/$name" | awk -v c="$col" '{v[NR]=$c} END {printf "%s ", v[int((NR+1)/2)]}'
  done | awk -v n="$name" '{printf "median %s: wall %s s, cpu %s s, rss %s MB\n", n, $1, $2, $3}'
done
grep -h "tokens" "$out/stdout" | tail -1
rm -rf "$out"
