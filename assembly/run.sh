#!/usr/bin/env bash
# Builds Custodian if needed and starts it in the foreground on its embedded defaults.
#   assembly/run.sh            build (when sources changed) and start
#   CUSTODIAN_HOME=/opt/x ...  run from another directory (default: assembly/target/run)
# The unpacked distribution is kept between runs, so data survives a stop and a start.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
archive="$root/assembly/target/custodian-assembly-$version.tar.gz"
home="${CUSTODIAN_HOME:-$root/assembly/target/run}"

needs_build() {
  [ ! -f "$archive" ] && return 0
  [ -n "$(find pom.xml plugin-api platform plugins features assembly/src assembly/pom.xml -newer "$archive" -type f \
          -not -path '*/target/*' -print -quit)" ]
}

if needs_build; then
  echo "Building Custodian (first time: a few minutes; tests skipped here, run them with: mvn verify)"
  mvn -q -B install -DskipTests -pl assembly -am
fi

if [ ! -x "$home/bin/karaf" ] || [ "$archive" -nt "$home/.unpacked" ]; then
  echo "Installing the distribution into $home (data/ and an existing etc/ are kept)"
  excludes=(--exclude='*/data/*')
  [ -d "$home/etc" ] && excludes+=(--exclude='*/etc/*')
  mkdir -p "$home"
  tar -xzf "$archive" -C "$home" --strip-components=1 "${excludes[@]}"
  touch "$home/.unpacked"
fi

echo "Starting Custodian from $home (logs: $home/data/log/karaf.log; stop with Ctrl-D or 'shutdown -f')"
exec "$home/bin/karaf" "$@"
