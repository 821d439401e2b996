#!/usr/bin/env bash
# macOS: build dist/Corroborate.app (PyInstaller BUNDLE) and dist/Corroborate-<version>-macos-<arch>.dmg.
#
#   bash packaging/macos/build_dmg.sh              # unsigned: for testing on this Mac
#
# Signed and notarised (what users should get; Gatekeeper blocks an unsigned download):
#   export CODESIGN_IDENTITY="Developer ID Application: Your Name (TEAMID)"
#   export NOTARY_PROFILE=corroborate   # once: xcrun notarytool store-credentials corroborate \
#                                       #   --apple-id you@example.com --team-id TEAMID
#                                       #   --password <app-specific password>
#   bash packaging/macos/build_dmg.sh
#
# Steps when signing: every Mach-O file inside the .app is signed with the hardened runtime and
# a secure timestamp (inner files first, then the bundle: `codesign --deep` is not used, Apple
# advises against it), then the .dmg is signed, submitted to Apple's notary service
# (`notarytool submit --wait`), and the ticket is stapled to it so it opens offline.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PYTHON:-.venv/bin/python}
version=$("$PY" packaging/project_version.py)
arch=$(uname -m)
app=dist/Corroborate.app
dmg="dist/Corroborate-${version}-macos-${arch}.dmg"

"$PY" packaging/freeze.py

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    sign=(codesign --force --timestamp --options runtime
          --entitlements packaging/macos/entitlements.plist --sign "$CODESIGN_IDENTITY")
    # libraries and extension modules first, the main executable and the bundle last
    find "$app/Contents" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) \
        ! -path "$app/Contents/MacOS/corroborate" -print0 | xargs -0 -n 50 "${sign[@]}"
    "${sign[@]}" "$app/Contents/MacOS/corroborate"
    "${sign[@]}" "$app"
    codesign --verify --strict --deep --verbose=2 "$app"
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"   # drag-to-install
rm -f "$dmg"
hdiutil create -volname "Corroborate $version" -srcfolder "$staging" -ov -format UDZO "$dmg"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$dmg"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
        xcrun stapler staple "$dmg"
        spctl --assess --type open --context context:primary-signature --verbose "$dmg"
    fi
fi
echo "Built $dmg"
