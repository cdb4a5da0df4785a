# Finds a Java 17+ for the scripts in deploy/local: JAVA_HOME first, then java on the PATH. Sets $java.
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
elif command -v java >/dev/null 2>&1; then
  java="$(command -v java)"
else
  echo "Needlepoint needs a JDK 17 or newer: install one, or set JAVA_HOME." >&2
  exit 1
fi
java_major="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [ "${java_major%%.*}" -lt 17 ] 2>/dev/null; then
  echo "Needlepoint needs Java 17 or newer; $java is $java_major. Set JAVA_HOME to a newer JDK." >&2
  exit 1
fi
