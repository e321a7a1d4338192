#!/usr/bin/env bash
# The bi command-line tool: demo, serve, check, lint (module bi-cli). Builds itself on first use (and
# after the sources change) with the Maven Wrapper, so a fresh clone needs only a JDK. Works through a
# symbolic link and from any directory. JAVA_OPTS is passed to java (e.g. JAVA_OPTS=-Xmx256m).
set -euo pipefail

# The repository root: the real directory of this script, following symbolic links.
resolve() {
  local path="$1" target real
  if real="$(readlink -f -- "$path" 2>/dev/null)" && [[ -n "$real" ]]; then
    printf '%s\n' "$real"
    return
  fi
  # Without GNU readlink -f (older macOS): follow the links one by one.
  while [[ -L "$path" ]]; do
    target="$(readlink -- "$path")"
    [[ "$target" == /* ]] && path="$target" || path="$(dirname -- "$path")/$target"
  done
  printf '%s/%s\n' "$(cd -P -- "$(dirname -- "$path")" && pwd)" "$(basename -- "$path")"
}
root="$(dirname -- "$(resolve "${BASH_SOURCE[0]}")")"
jar="$root/bi-cli/target/bi-cli.jar"

# Stale when the jar is missing or older than a POM or a main source of a module it is built from
# (every bi-* module but the benchmarks).
stale() {
  [[ ! -f "$jar" ]] && return 0
  [[ "$root/pom.xml" -nt "$jar" ]] && return 0
  local dirs=() d
  for d in "$root"/bi-*/; do
    [[ "$d" == */bi-bench/ ]] && continue
    [[ -d "$d/src/main" ]] && dirs+=("$d/src/main")
    [[ -f "$d/pom.xml" ]] && dirs+=("$d/pom.xml")
  done
  [[ -n "$(find "${dirs[@]}" -newer "$jar" -print -quit 2>/dev/null)" ]]
}

# Java first: the build needs it too. A JAVA_HOME that names no JDK is said so, not left to bash.
if [[ -n "${JAVA_HOME:-}" ]]; then
  java="$JAVA_HOME/bin/java"
  if [[ ! -x "$java" ]]; then
    echo "bi: JAVA_HOME ($JAVA_HOME) does not point to a JDK: there is no bin/java in it; set it to a JDK 17 or newer, or unset it to use the java on PATH" >&2
    exit 2
  fi
elif command -v java >/dev/null 2>&1; then
  java=java
else
  echo "bi: no java on PATH and JAVA_HOME is not set; install JDK 17 or newer" >&2
  exit 2
fi

if stale; then
  if [[ -f "$jar" ]]; then
    echo "bi: rebuilding the tool (its sources changed)..." >&2
  else
    echo "bi: building the tool (the first build downloads dependencies and takes a minute or two)..." >&2
  fi
  log="$(mktemp "${TMPDIR:-/tmp}/bi-build.XXXXXX")"
  if ! "$root/mvnw" -B -q -f "$root/pom.xml" -pl bi-cli -am package -DskipTests >"$log" 2>&1; then
    echo "bi: the build failed; the last lines of its output:" >&2
    tail -n 30 "$log" | sed 's/^/  /' >&2
    echo "bi: the whole output is in $log" >&2
    exit 2
  fi
  rm -f "$log"
  if [[ ! -f "$jar" ]]; then
    echo "bi: the build succeeded but left no $jar" >&2
    exit 2
  fi
  touch "$jar" # the jar may be left as it was when nothing changed; it is up to date now
fi

# JAVA_OPTS is split on spaces, as other launchers do.
read -r -a java_opts <<<"${JAVA_OPTS:-}"
exec "$java" ${java_opts[@]+"${java_opts[@]}"} -jar "$jar" "$@"
