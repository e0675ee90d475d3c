#!/usr/bin/env bash
# What quote cards cost in resident memory in the running bot, on the console platform (no tokens).
#
#   tests/QuoteBot.Benchmarks/card-memory.sh <command...>
#   tests/QuoteBot.Benchmarks/card-memory.sh dotnet /tmp/qb-rel/QuoteBot.dll
#
# For each language (en, zh) and theme (light, dark), one bot: 200 /quote, then VmRSS (and RssAnon, RssFile) from
# /proc/<pid>/status once the 200 answers are out; then /card of every quote, and the same figures once every card is
# written. Each reading follows a pause of 2 s for the GC to settle. Prints one line per bot: kB before, after, the
# difference. Extra environment passes through to the bot.
set -euo pipefail
[[ $# -gt 0 ]] || { echo "usage: $0 <command...>" >&2; exit 2; }
ids=$(python3 -c 'import json,sys; print(" ".join(q["id"] for q in json.load(open(sys.argv[1]))["quotes"]))' "$(dirname "$0")/../../quotes.json")
count=$(wc -w <<<"$ids")

status() { awk '/^(VmRSS|RssAnon|RssFile)/ { printf "%s=%s ", $1, $2 }' "/proc/$1/status"; }
rss() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status"; }
wait_for() { # pattern count file pid
  until [[ $(grep -c -- "$1" "$3" || true) -ge $2 ]]; do
    kill -0 "$4" 2>/dev/null || { echo "the bot exited" >&2; exit 1; }
    sleep 0.05
  done
}

for language in ${CARD_MEMORY_LANGUAGES:-en zh}; do
  for theme in ${CARD_MEMORY_THEMES:-light dark}; do
    work=$(mktemp -d)
    mkfifo "$work/in"
    Bot__Console__Language=$language Bot__Cards__Theme=$theme Bot__Cards__OutputDirectory="$work/cards" \
      Bot__Storage__DataDirectory="$work" "$@" <"$work/in" >"$work/out" 2>"$work/err" &
    pid=$!
    exec 3>"$work/in" # the console platform stops at the end of its input: keep it open
    for ((i = 0; i < 200; i++)); do echo /quote >&3; done
    wait_for '^— ' 200 "$work/out" "$pid"
    sleep 2
    before=$(rss "$pid") before_detail=$(status "$pid")
    for id in $ids; do echo "/card $id" >&3; done
    until [[ $(find "$work/cards" -name '*.png' 2>/dev/null | wc -l) -ge $count ]] && [[ $(grep -c "$work/cards" "$work/out" || true) -ge $count ]]; do
      kill -0 "$pid" 2>/dev/null || { echo "the bot exited" >&2; cat "$work/err" >&2; exit 1; }
      sleep 0.05
    done
    sleep 2
    after=$(rss "$pid") after_detail=$(status "$pid")
    exec 3>&-
    wait "$pid" || true
    echo "$language $theme: before ${before} kB ($before_detail) after ${after} kB ($after_detail) cards +$((after - before)) kB"
    rm -rf "$work"
  done
done
