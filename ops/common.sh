# Shared by the ops/ scripts: the Java (>= 21) and the portal's runnable jar to use.
# VMESTE_JAR and JAVA_HOME override what is found.
OPS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$OPS_DIR/.." && pwd)"

java_bin() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME/bin/java"; return; fi
  for candidate in java /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*/bin/java; do
    if command -v "$candidate" >/dev/null 2>&1; then
      major=$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
      if [ "${major:-0}" -ge 21 ]; then echo "$candidate"; return; fi
    fi
  done
  echo "ops: no Java 21 or newer found; set JAVA_HOME" >&2
  return 1
}

portal_jar() {
  if [ -n "${VMESTE_JAR:-}" ]; then echo "$VMESTE_JAR"; return; fi
  local jar
  jar=$(ls "$REPO_DIR"/portal/target/vmeste-portal-*-exec.jar 2>/dev/null | head -1 || true)
  if [ -z "$jar" ]; then
    echo "ops: no portal jar; build it (./mvnw -pl portal -am package -DskipTests) or set VMESTE_JAR" >&2
    return 1
  fi
  echo "$jar"
}
