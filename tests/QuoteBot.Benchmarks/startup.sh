#!/usr/bin/env bash
# Start-up to ready and idle memory of a built bot, on the console platform (no tokens).
#
#   tests/QuoteBot.Benchmarks/startup.sh [runs] <command...>
#   tests/QuoteBot.Benchmarks/startup.sh 10 /tmp/qb-aot/QuoteBot
#   tests/QuoteBot.Benchmarks/startup.sh 10 dotnet /tmp/qb-jit/QuoteBot.dll
#
# Each run starts the bot with health endpoints on a loopback port and its standard input held open, polls
# GET /readyz until it answers 200 (through bash's /dev/tcp, so the poll starts no process), and prints the
# milliseconds from start to that answer and the VmRSS in kB one second later; then ends its input, which stops it.
# The last line gives the medians. Extra environment (DOTNET_TieredPGO=0, …) passes through to the bot.
set -euo pipefail

runs=10
if [[ ${1:-} =~ ^[0-9]+$ ]]; then runs=$1; shift; fi
[[ $# -gt 0 ]] || { echo "usage: $0 [runs] <command...>" >&2; exit 2; }
port=${QUOTEBOT_STARTUP_PORT:-18580}

ready() {
  local status
  { exec 5<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  printf 'GET /readyz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&5
  read -r _ status _ <&5 || status=0
  exec 5>&-
  [[ $status == 200 ]]
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

times=() rss=()
for ((i = 1; i <= runs; i++)); do
  data=$(mktemp -d)
  fifo=$(mktemp -u)
  mkfifo "$fifo"
  started=$(date +%s%N)
  Bot__Health__Enabled=true Bot__Http__Urls="http://127.0.0.1:$port" Bot__Storage__DataDirectory="$data" \
    "$@" <"$fifo" >/dev/null 2>&1 &
  pid=$!
  exec 3>"$fifo" # the console platform stops at the end of its input: keep it open
  until ready; do
    kill -0 "$pid" 2>/dev/null || { echo "the bot exited before it was ready" >&2; exit 1; }
    sleep 0.001
  done
  ended=$(date +%s%N)
  sleep 1
  kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")
  exec 3>&- # end of input: the console platform stops the bot
  wait "$pid" || true
  rm -rf "$fifo" "$data"
  ms=$(((ended - started) / 1000000))
  times+=("$ms") rss+=("$kb")
  echo "run $i: ready in $ms ms, VmRSS $kb kB"
done
echo "median of $runs: ready in $(printf '%s\n' "${times[@]}" | median) ms, VmRSS $(printf '%s\n' "${rss[@]}" | median) kB"
