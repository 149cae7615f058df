#!/usr/bin/env bash
# One command for the benchmarks: builds the portal and the bench, then runs every scenario
# beside its raw-PostgreSQL baseline. `--quick` (under 4 minutes) for development; without it
# the full run (under 20 minutes on 2 cores, with the JMH micro-benchmarks; `--quick --micro` adds them
# to a quick run). Results: bench/results/<date>.json and .html. `--check` (with either) also
# compares the cost of an appeal and a ballot with bench/committed-costs.properties and exits
# non-zero when one costs more than 2x its committed figure (the regression guard). `--statistics` runs only
# the public control scenario over 1,000,000 appeals (part of every full run).
set -euo pipefail
cd "$(dirname "$0")/.."
ARGS="${*:---full}"
exec ./mvnw -B -q -DskipTests -pl bench -am package exec:exec -Dbench.args="$ARGS"
