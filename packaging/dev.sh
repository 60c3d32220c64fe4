#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Sourceline contributors
#
# Builds, tests and runs Sourceline. Builds natively where the host has Qt >= 6.5 and
# KF6SyntaxHighlighting; otherwise (Debian 12 and older) inside a Debian 13 root made with
# debootstrap, entered through a private mount namespace so that no mount outlives a command.
#
#   packaging/dev.sh run [ARGS...]     build, then run sourceline ARGS...
#   packaging/dev.sh test [ARGS...]    build, then ctest --output-on-failure ARGS...
#   packaging/dev.sh build             configure and build build/ (Debug)
#   packaging/dev.sh release           configure and build build-release/ (Release)
#   packaging/dev.sh bench             build-release/, then run the benchmarks
#   packaging/dev.sh shell             interactive shell in the build environment
#   packaging/dev.sh exec CMD...       run CMD in the build environment
#
# Messages from set-up and build go to stderr: `run`'s stdout belongs to the program.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
devroot=${SOURCELINE_DEVROOT:-/var/cache/sourceline/debian13}

# Everything the project needs from Debian 13; a change here re-provisions the root.
packages=(
    g++ cmake ninja-build pkg-config git ca-certificates
    qt6-base-dev qt6-svg-dev libqt6sql6-sqlite qt6-qpa-plugins
    libkf6syntaxhighlighting-dev
    libgumbo-dev libmd4c-dev libmd4c-html0-dev libicu-dev libuchardet-dev libkmime-dev libpoppler-cpp-dev libkf6archive-dev
    fonts-dejavu-core fonts-noto-core xvfb xauth xdotool x11-apps imagemagick
    clang-format appstream desktop-file-utils valgrind
)

say() { printf 'dev.sh: %s\n' "$*" >&2; }
die() {
    say "$*"
    exit 2
}

# --- native build -------------------------------------------------------------------------

native_probe() {
    command -v cmake >/dev/null 2>&1 && command -v ninja >/dev/null 2>&1 || return 1
    local probe
    probe=$(mktemp -d)
    cat >"$probe/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.22)
project(probe LANGUAGES CXX)
find_package(Qt6 6.5 REQUIRED COMPONENTS Core Gui Widgets Svg Sql Concurrent Test)
find_package(KF6SyntaxHighlighting REQUIRED)
find_package(KPim6Mime REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(deps REQUIRED IMPORTED_TARGET gumbo md4c icu-uc icu-i18n uchardet poppler-cpp)
CMAKE
    local ok=1
    # Qt's CMake package needs a C++ compiler, so the probe enables CXX like the real build.
    cmake -G Ninja -S "$probe" -B "$probe/build" >/dev/null 2>&1 && ok=0
    rm -rf "$probe"
    return $ok
}

host_can_install_natively() {
    [ -r /etc/os-release ] || return 1
    # shellcheck disable=SC1091
    . /etc/os-release
    case "${ID:-}" in
    debian) [ "${VERSION_ID%%.*}" -ge 13 ] 2>/dev/null ;;
    ubuntu) [ "$(printf '%s\n' "${VERSION_ID:-0}" 24.10 | sort -V | head -n1)" = 24.10 ] ;;
    *) return 1 ;;
    esac
}

native_install() {
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    say "installing build dependencies with apt-get"
    "${sudo[@]}" apt-get update >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${packages[@]}" >&2
}

# --- Debian 13 root -----------------------------------------------------------------------

# One stamp per package list, so that checkouts with different lists never undo each other.
stamp="$devroot/.sourceline-packages-$(printf '%s\n' "${packages[@]}" | sha256sum | cut -c1-16)"

root_is_current() {
    [ -f "$stamp" ]
}

provision_root() {
    root_is_current && return 0
    [ "$(id -u)" -eq 0 ] || die "the Debian 13 build root needs root; or install natively: apt install qt6-base-dev qt6-svg-dev libkf6syntaxhighlighting-dev libgumbo-dev libmd4c-dev libicu-dev libuchardet-dev libkmime-dev libpoppler-cpp-dev libkf6archive-dev cmake ninja-build g++ (Debian 13, Ubuntu 24.10+); dnf install qt6-qtbase-devel qt6-qtsvg-devel kf6-syntax-highlighting-devel gumbo-parser-devel md4c-devel libicu-devel uchardet-devel kmime-devel poppler-cpp-devel kf6-karchive-devel (Fedora); pacman -S qt6-base qt6-svg syntax-highlighting gumbo-parser md4c icu uchardet kmime poppler (Arch)"
    # Several builds may start at once (parallel shells, CI): one provisions, the others wait.
    mkdir -p "$(dirname "$devroot")"
    exec 9>"$devroot.lock"
    flock 9
    if root_is_current; then
        flock -u 9
        return 0
    fi
    local started=$SECONDS
    if [ ! -f "$devroot/.sourceline-bootstrapped" ]; then
        # A root without the marker is what an interrupted debootstrap leaves: start over.
        local partial="$devroot.partial"
        rm -rf "$partial"
        if [ -d "$devroot" ]; then rm -rf "$devroot"; fi
        command -v debootstrap >/dev/null 2>&1 || {
            say "installing debootstrap"
            apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y debootstrap >&2
        }
        say "creating a Debian 13 root in $devroot (once; about a minute)"
        debootstrap --variant=minbase trixie "$partial" ${SOURCELINE_DEBIAN_MIRROR:-} >&2 || {
            rm -rf "$partial"
            die "debootstrap of Debian 13 failed"
        }
        touch "$partial/.sourceline-bootstrapped"
        mv "$partial" "$devroot"
    fi
    say "installing packages in the Debian 13 root"
    in_root_raw "export DEBIAN_FRONTEND=noninteractive; apt-get update && apt-get install -y --no-install-recommends $(printf '%s ' "${packages[@]}")" >&2 ||
        die "installing packages in $devroot failed"
    printf '%s\n' "${packages[@]}" >"$stamp"
    flock -u 9
    say "build root ready in $((SECONDS - started)) s"
}

# Runs a shell command line inside the root, in a private mount namespace: the bind mounts
# disappear with the namespace when the command ends, also on Ctrl+C or failure.
in_root_raw() {
    local command_line=$1
    local here
    here=$(pwd -P)
    local shared="$repo/../shared"
    local binds=("$repo" "$here" /tmp)
    [ -n "${HOME:-}" ] && [ -d "$HOME" ] && binds+=("$HOME")
    # Tests find ../shared/corpus beside the checkout; mount it under that path even where
    # ../shared is a symbolic link (as in a git worktree) that means nothing inside the root.
    [ -d "$shared" ] && binds+=("$(realpath -s "$shared")")
    local script='set -e
mount --make-rprivate /
root=$1; shift
here=$1; shift
cmd=$1; shift
mount --rbind /dev "$root/dev"
mount --bind /proc "$root/proc"
mount --rbind /sys "$root/sys" 2>/dev/null || true
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
for dir in "$@"; do
    mkdir -p "$root$dir"
    mount --rbind "$dir" "$root$dir"
done
exec chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME="${HOME:-/root}" LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM="${TERM:-dumb}" CI="${CI:-}" \
    DISPLAY="${DISPLAY:-}" XAUTHORITY="${XAUTHORITY:-}" QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-}" \
    QT_SCALE_FACTOR="${QT_SCALE_FACTOR:-}" SOURCELINE_CORPUS_DIR="${SOURCELINE_CORPUS_DIR:-}" \
    XDG_RUNTIME_DIR=/tmp/runtime-$(id -u) CTEST_OUTPUT_ON_FAILURE=1 \
    /bin/bash -c "mkdir -p -m 700 \$XDG_RUNTIME_DIR; cd \"\$0\" && $cmd" "$here"
'
    unshare --mount --fork --kill-child /bin/bash -c "$script" dev-root "$devroot" "$here" "$command_line" "${binds[@]}"
}

# --- choosing the environment ---------------------------------------------------------------

mode=""
choose_mode() {
    if native_probe; then
        mode=native
    elif host_can_install_natively; then
        native_install
        native_probe || die "Qt >= 6.5 or KF6SyntaxHighlighting still not found after apt-get install"
        mode=native
    else
        provision_root
        mode=root
    fi
}

# Runs "$@" (one argv) in the chosen environment, preserving the exit status.
in_env() {
    if [ "$mode" = native ]; then
        "$@"
    else
        in_root_raw "$(printf '%q ' "$@")"
    fi
}

build() {
    local dir=$1 type=$2
    if [ ! -f "$repo/$dir/build.ninja" ]; then
        in_env cmake -S "$repo" -B "$repo/$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >&2
    fi
    in_env cmake --build "$repo/$dir" >&2
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
run)
    choose_mode
    build build Debug
    in_env "$repo/build/bin/sourceline" "$@"
    ;;
test)
    choose_mode
    build build Debug
    in_env env QT_QPA_PLATFORM=offscreen ctest --test-dir "$repo/build" --output-on-failure "$@"
    ;;
build)
    choose_mode
    build build Debug
    ;;
release)
    choose_mode
    build build-release Release
    ;;
bench)
    choose_mode
    build build-release Release
    in_env env QT_QPA_PLATFORM=offscreen ctest --test-dir "$repo/build-release" -L benchmark --output-on-failure "$@"
    ;;
shell)
    choose_mode
    if [ "$mode" = native ]; then "${SHELL:-/bin/bash}"; else in_root_raw "exec /bin/bash -i"; fi
    ;;
exec)
    [ $# -gt 0 ] || die "usage: dev.sh exec CMD [ARGS...]"
    choose_mode
    in_env "$@"
    ;;
*)
    sed -n '5,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    [ -z "$cmd" ] || [ "$cmd" = help ] || [ "$cmd" = --help ] || exit 2
    ;;
esac
