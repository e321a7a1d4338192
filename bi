#!/usr/bin/env bash
# The bi command-line tool: demo, serve, check, lint. Builds itself on first use (and after the
# sources change) with the Maven Wrapper, so a fresh clone needs only a JDK.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$root/bi-cli/target/bi-cli.jar"

stale() {
  [[ ! -f "$jar" ]] && return 0
  [[ "$root/pom.xml" -nt "$jar" ]] && return 0
  [[ -n "$(find "$root"/bi-*/src/main "$root"/bi-*/pom.xml -newer "$jar" -print -quit 2>/dev/null)" ]]
}

if stale; then
  echo "bi: building the tool (the first build downloads dependencies and takes a minute or two)..." >&2
  log="$(mktemp)"
  if ! "$root/mvnw" -B -q -f "$root/pom.xml" -pl bi-cli -am package -DskipTests >"$log" 2>&1; then
    echo "bi: the build failed; its output is in $log" >&2
    exit 2
  fi
  rm -f "$log"
fi

if ! command -v java >/dev/null 2>&1 && [[ -z "${JAVA_HOME:-}" ]]; then
  echo "bi: no java on PATH and JAVA_HOME is not set; install JDK 17 or newer" >&2
  exit 2
fi
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar "$jar" "$@"
