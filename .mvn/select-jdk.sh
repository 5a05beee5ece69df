# Sourced by ./mvnw and the scripts under tests/ and releng/: sets JAVA_HOME to a JDK >= 21 or fails clearly.
MIN_JAVA=21

_assay_java_major() { # prints the feature version of the JDK at $1, or nothing
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  printf '%s' "${v%%.*}"
}

assay_select_jdk() {
  local c m
  for c in "${ASSAY_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
           /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/*; do
    [ -n "$c" ] && [ -x "$c/bin/javac" ] || continue
    m=$(_assay_java_major "$c")
    if [ -n "$m" ] && [ "$m" -ge "$MIN_JAVA" ] 2>/dev/null; then
      export JAVA_HOME="$c"
      return 0
    fi
  done
  printf 'assay: no JDK >= %s found. Install one (e.g. apt-get install openjdk-21-jdk, or Temurin 25) or set ASSAY_JAVA_HOME.\n' "$MIN_JAVA" >&2
  return 1
}
