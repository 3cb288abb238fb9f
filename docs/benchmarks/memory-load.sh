#!/bin/bash
# Memory of Samspil under load: the jar with the embedded database and demonstration data, 8 clients
# fetching eight public pages in a loop for 2 minutes; RSS sampled with ps. Run from the repository
# after ./mvnw -DskipTests package. Results in $WORKDIR/result.txt (see docs/benchmarks/memory.md).
JAR=$(realpath "${JAR:-target/samspil-0.1.0-SNAPSHOT.jar}")
WORKDIR=${WORKDIR:-/tmp/samspil-memory}
mkdir -p "$WORKDIR" && cd "$WORKDIR" || exit 1
rm -rf data
java -jar "$JAR" --server.port=18080 --samspil.metrics.port=-1 \
  --samspil.embedded-database.directory=$PWD/data > app.log 2>&1 &
APP=$!
echo $APP > app.pid
for i in $(seq 1 120); do curl -fs http://127.0.0.1:18080/actuator/health >/dev/null && break; sleep 1; done
echo "started after ${i}s" > result.txt
PM=$(head -1 data/postmaster.pid)
pgrss() { (ps -o rss= -p $PM; ps -o rss= --ppid $PM) | awk '{s+=$1; n++} END {print s " procs=" n}'; }
sample() { echo "$1 java_rss_kb=$(ps -o rss= -p $APP) postgres_rss_kb=$(pgrss)" >> result.txt; }
sample idle
END=$((SECONDS+120))
load() { while [ $SECONDS -lt $END ]; do for p in / /lokalraad /lokalomraader /inddragelser /orienteringer /find-dit-lokalomraade /login /kontakt; do curl -s -o /dev/null -w "%{http_code} %{time_total}\n" http://127.0.0.1:18080$p; done; done; }
for w in 1 2 3 4 5 6 7 8; do load > load$w.txt & done
for t in 30 60 90; do sleep 30; sample "load_${t}s"; done
wait $(jobs -p | grep -v $APP) 2>/dev/null
sleep 1
sample after_load
cat load*.txt | awk '{n++; s+=$2; if ($1!=200) e++} END {print "requests=" n " non200=" e+0 " mean_s=" s/n}' >> result.txt
kill $APP; wait $APP
echo done >> result.txt
