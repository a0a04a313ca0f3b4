#!/usr/bin/env bash
# Makes a Debian package of the ScaleLab app image where the tools for it are present (jpackage
# needs dpkg-deb and fakeroot); elsewhere it says so and succeeds, so `mvn -Pdist package` works
# on any Linux machine. Installs to /opt/scalelab with a desktop menu entry.
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
# The package gets a copy of the image without the AppCDS archive, which would not apply under
# /opt (the JVM checks the jar's path) and, mismatched, still costs 28 MB; the launcher then uses
# the runtime's base archive.
copy="$dest/deb-image"
rm -rf "$copy"
mkdir -p "$copy"
cp -a "$image" "$copy/"
app="$copy/$(basename "$image")"
rm -f "$app/lib/app/scalelab.jsa"
sed -i '/SharedArchiveFile/d' "$app/lib/app/"*.cfg
# JavaFX's native libraries ride in the jar, so jpackage cannot see that they need GTK 3.
"$jpackage" --type deb --app-image "$app" --dest "$dest" --name ScaleLab --app-version "$version" \
    --linux-package-name scalelab --linux-package-deps libgtk-3-0 --linux-shortcut --linux-app-category Office \
    --description "A desktop lab for position scaling policies" --vendor ScaleLab
rm -rf "$copy"
ls "$dest"/scalelab_*.deb
