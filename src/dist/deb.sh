#!/usr/bin/env bash
# Makes a Debian package of the ScaleLab app image where the tools for it are present (jpackage
# needs dpkg-deb and fakeroot); elsewhere it says so and succeeds, so `mvn -Pdist package` works
# on any Linux machine. Installs to /opt/scalelab with a desktop menu entry.
#
# The package carries the image's AppCDS archive, but the JVM uses an archive only with the jar at
# the path it was recorded with, so installed under /opt it starts without it (silently: the
# launcher turns CDS messages off) on the runtime's base archive.
#
# Usage: deb.sh JPACKAGE IMAGE_DIR DEST_DIR VERSION
set -euo pipefail
jpackage=$1
image=$2
dest=$3
version=$4
for tool in dpkg-deb fakeroot; do
    if ! command -v "$tool" >/dev/null; then
        echo "No $tool here: the app image is made, the .deb is not."
        exit 0
    fi
done
rm -f "$dest"/scalelab_*.deb
"$jpackage" --type deb --app-image "$image" --dest "$dest" --name ScaleLab --app-version "$version" \
    --linux-package-name scalelab --linux-shortcut --linux-app-category Office \
    --description "A desktop lab for position scaling policies" --vendor ScaleLab
ls "$dest"/scalelab_*.deb
