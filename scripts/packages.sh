# Sourced by scripts that need tools from Debian's packages (the benchmarks' peers, Xvfb, ...).
#
#   need_packages PACKAGE:COMMAND ...   e.g. need_packages iperf3:iperf3 x11-utils:xwininfo
#
# For each COMMAND not on the PATH (or a path that does not exist), its PACKAGE is missing. The
# missing ones are installed with apt-get only when the script is allowed to: INSTALL=1, or
# under CI (CI set) unless INSTALL=0; and only as root (no sudo behind the user's back). Says what
# it installs; otherwise stops the script with the apt-get line to run.

need_packages() {
    local entry package command missing=()
    for entry in "$@"; do
        package=${entry%%:*}
        command=${entry#*:}
        if [[ "$command" == /* ]]; then [ -e "$command" ] && continue
        else command -v "$command" >/dev/null && continue; fi
        [[ " ${missing[*]} " == *" $package "* ]] || missing+=("$package")
    done
    [ ${#missing[@]} -gt 0 ] || return 0
    local allowed=${INSTALL:-}
    [ -n "$allowed" ] || { [ -n "${CI:-}" ] && allowed=1; }
    if [ "$allowed" != 1 ]; then
        echo "error: missing ${missing[*]}: install them (apt-get install ${missing[*]}) or rerun with INSTALL=1" >&2
        exit 2
    fi
    if [ "$(id -u)" -ne 0 ]; then
        echo "error: missing ${missing[*]}, and installing needs root: run 'sudo apt-get install ${missing[*]}' yourself" >&2
        exit 2
    fi
    echo "== Installing ${missing[*]} from Debian's packages" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}
