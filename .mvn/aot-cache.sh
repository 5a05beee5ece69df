# Sourced by ./assay (issue #9, speed): an ahead-of-time cache for the command line's JVM on JDK 25 and newer (JEP 483
# class loading and linking, JEP 514 one-step creation, JEP 515 method profiles). A training run on data shipped with
# Assay records which classes the CLI loads and how its hot methods behave; later runs map those classes instead of
# loading them and compile the hot methods with the recorded profiles. Docs: docs/benchmarks.md ("AOT cache").
#
# assay_aot_flags DIR CLASSPATH -- JVM_FLAG… -- TRAINING_ARG…
#   sets the array AOT_FLAGS to the flags that use the cache for this JDK, these JVM flags and these jars (empty when
#   there is none, or none can be made). The cache is DIR/assay-KEY.aot, KEY a hash of the JDK's release file and path,
#   the flags, and each classpath entry's name, size and time: a new JDK, a rebuilt jar or other flags make a new one
#   (older caches in DIR and their logs are removed). A missing cache is made once by a training run: java JVM_FLAG…
#   -cp CLASSPATH TRAINING_ARG… (its output in DIR/assay-KEY.log); if that fails, DIR/assay-KEY.failed keeps it from
#   being retried.
#   Nothing is done (and AOT_FLAGS stays empty) when ASSAY_AOT=off, below JDK 25, or when CLASSPATH holds a folder
#   (a cache covers jars only). A cache the JVM cannot use after all is ignored silently (its AOT logging is off).
#   When the caller defines them, assay_aot_before_training and assay_aot_after_training run around the training run
#   (to lay out its data). A training run that was interrupted leaves a lock that is ignored after 30 minutes.
#   Needs JAVA_HOME and _assay_java_major (select-jdk.sh).

assay_aot_flags() {
  local dir=$1 cp=$2 key entry cache log lock java_flags=() training=()
  AOT_FLAGS=()
  shift 2
  [ "${1:-}" = -- ] && shift
  while [ $# -gt 0 ] && [ "$1" != -- ]; do java_flags+=("$1"); shift; done
  [ "${1:-}" = -- ] && shift
  training=("$@")
  [ "${ASSAY_AOT:-on}" != off ] || return 0
  [ "$(_assay_java_major "$JAVA_HOME")" -ge 25 ] 2>/dev/null || return 0
  local IFS=:
  for entry in $cp; do
    [ -f "$entry" ] || return 0
  done
  # GNU stat and sha256sum: elsewhere (no key) nothing is done
  command -v sha256sum >/dev/null 2>&1 || return 0
  key=$({ cat "$JAVA_HOME/release" 2>/dev/null; printf '%s\n' "$JAVA_HOME" "${java_flags[@]}"
          for entry in $cp; do stat -c '%n %s %Y' "$entry" || exit 1; done; } 2>/dev/null | sha256sum | cut -c1-20) \
    && [ ${#key} -eq 20 ] || return 0
  unset IFS
  cache="$dir/assay-$key.aot"
  log="$dir/assay-$key.log"
  [ -d "$dir" ] && find "$dir" -maxdepth 1 -name 'assay-*.lock' -mmin +30 -exec rm -rf {} + 2>/dev/null || true
  if [ ! -f "$cache" ] && [ ! -f "$dir/assay-$key.failed" ] && [ ${#training[@]} -gt 0 ] && mkdir -p "$dir" \
     && mkdir "$dir/assay-$key.lock" 2>/dev/null; then
    lock="$dir/assay-$key.lock"
    echo "assay: preparing the start-up cache for this JDK and build (once; JEP 483/515, see docs/benchmarks.md) …" >&2
    if { ! declare -F assay_aot_before_training >/dev/null || assay_aot_before_training; } \
       && "$JAVA_HOME/bin/java" "${java_flags[@]}" -XX:AOTCacheOutput="$lock/cache.aot" -cp "$cp" "${training[@]}" \
         >"$log" 2>&1 && [ -s "$lock/cache.aot" ]; then
      find "$dir" -maxdepth 1 -name 'assay-*' ! -name "assay-$key.*" -type f -delete
      mv "$lock/cache.aot" "$cache"
    else
      echo "assay: no start-up cache (the training run failed, see $log); carrying on without it" >&2
      : >"$dir/assay-$key.failed"
    fi
    declare -F assay_aot_after_training >/dev/null && assay_aot_after_training || true
    rm -rf "$lock"
  fi
  if [ -f "$cache" ]; then
    AOT_FLAGS=(-XX:AOTCache="$cache" '-Xlog:aot*=off,cds*=off')
  fi
  return 0
}
