#!/usr/bin/env bash
# Build the one-folder installer (dist/InnoCite) and check it:
#     bash scripts/build_installer.sh
# 1. the project .venv (made if missing) gets `pip install -e .[build]` (PyInstaller);
# 2. resources/i18n/*.qm must exist (they are committed; `python scripts/translations.py build`);
# 3. pyinstaller --noconfirm build_installer.spec;
# 4. ldd of every .so: no "not found" except the system GL libraries left out on purpose;
# 5. folder size (du -sb) must be under 250 MB;
# 6. dist/InnoCite/InnoCite --self-test offscreen must exit 0;
# 7. start-to-window time, median of 5 (offscreen, and under xvfb-run when installed).
# Exits non-zero at the first failed check. Not part of the test suite (.ci/run).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
VENV="${INNOCITE_BUILD_VENV:-.venv}"
LIMIT_MB=250
# Left to the user's system on purpose: graphics drivers, and the Wayland client libraries
# that every Wayland desktop has (the wayland platform plugin only loads in such a session).
SYSTEM_LIBS='^(libGL|libEGL|libGLX|libOpenGL|libGLdispatch|libwayland-(cursor|egl|client))\.so'

step() { printf '\n== %s\n' "$*"; }

step "build environment ($VENV)"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet -e ".[build]"
"$VENV/bin/pyinstaller" --version

step "translations"
for lang in sl de it fr; do
    qm="resources/i18n/innocite_$lang.qm"
    [ -s "$qm" ] || { echo "missing $qm: run $VENV/bin/python scripts/translations.py build"; exit 1; }
done
echo "resources/i18n/innocite_{sl,de,it,fr}.qm present"

step "pyinstaller"
start=$(date +%s)
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN build_installer.spec
echo "built in $(( $(date +%s) - start )) s"
DIST=dist/InnoCite
[ -x "$DIST/InnoCite" ] || { echo "no $DIST/InnoCite"; exit 1; }

step "ldd (missing libraries)"
# Resolved as at run time: the launcher puts _internal on LD_LIBRARY_PATH, and a wheel's
# bundled libraries (numpy.libs ...) find their siblings in their own folder.
missing=$(find "$DIST" -name '*.so*' -type f | while read -r lib; do
    LD_LIBRARY_PATH="$DIST/_internal:$(dirname "$lib")" ldd "$lib" 2>/dev/null \
        | awk -v lib="$lib" '/not found/ {print $1 "  (" lib ")"}'
done | grep -Ev "$SYSTEM_LIBS" | sort -u || true)
if [ -n "$missing" ]; then
    echo "libraries not found:"; echo "$missing"; exit 1
fi
echo "every library resolves (GL and Wayland client left to the system; $(find "$DIST" -name '*.so*' -type f | wc -l) files checked)"

step "size"
bytes=$(du -sb "$DIST" | cut -f1)
mb=$(( bytes / 1000000 ))
echo "$DIST: $bytes bytes = $mb MB (limit $LIMIT_MB MB)"
SIZE_OK=1
[ "$mb" -lt "$LIMIT_MB" ] || SIZE_OK=0

step "self-test (offscreen)"
QT_QPA_PLATFORM=offscreen "$DIST/InnoCite" --self-test --out build/selftest

step "start to window (median of 5)"
"$VENV/bin/python" -m benchmarks.bench_installer --only-frozen

if [ "$SIZE_OK" != 1 ]; then
    echo; echo "FAILED: $DIST is $mb MB, not under $LIMIT_MB MB"; exit 1
fi
echo; echo "installer build OK: $DIST ($mb MB)"
