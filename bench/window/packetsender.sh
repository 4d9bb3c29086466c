#!/usr/bin/env bash
# Packet Sender 8.x (Debian package `packetsender`) as the peer of the window-under-load bench:
# start it on an X display with a throwaway HOME whose settings are ours (UDP server on one
# port, TCP and SSL servers off, no first-run or update prompts), its window at 0,0 and
# 1200x800 (the size of Net Playground's window), and tell where to click and what to watch.
#
# As commands:
#   DISPLAY=:97 bench/window/packetsender.sh start PORT   # prints one line, see below
#   bench/window/packetsender.sh stats PID [PORT]          # rss_kb=... threads=... [udp_drops=...]
#   bench/window/packetsender.sh stop PID [HOME]           # ends it, checks it is gone, removes HOME
# Or sourced (`. bench/window/packetsender.sh`): ps_start PORT sets PS_PID PS_HOME PS_CLICK
# PS_WATCH PS_LIVE and prints the same line; ps_stats PID [PORT]; ps_stop PID [HOME].
#
# The line `start` prints is shell assignments, so `eval "$(... start 5555)"` works:
#   ps_pid=1234 ps_home=/tmp/ps-home.XXXX ps_window=0x200006 ps_click=1078,201 \
#   ps_watch=1070,193,16,16 ps_live=16,530,180,50
# ps_click/ps_watch are clickprobe's --click/--watch: the "Persistent TCP" check box (above the
# saved-packets table, right) and a 16x16 box around it. That option only changes how Packet
# Sender *sends* TCP (it keeps the connection open in a new window); it does nothing to UDP
# it receives, so toggling it during the run leaves the receiving side alone. Each click saves
# the option to ps_settings.ini, as it does for a user. ps_live is clickprobe's --live: the
# Time column of the top rows of the traffic log, where every received datagram is prepended
# with a millisecond time stamp, so it changes on each repaint while traffic arrives.
#
# The coordinates are offsets inside the window for 1200x800 with Debian 12's Qt 5 and fonts
# (DejaVu), added to where the window really is. `start` checks them: it clicks the box twice
# (the watch box must change, then come back) and sends the UDP port one datagram (the live
# box must change, so that datagram is the log's first row), and fails if not.
# Needs: packetsender, xdotool, x11-utils (xwininfo), imagemagick (import), xrandr
# (x11-xserver-utils; Packet Sender does not start without it).

PS_WIDTH=1200 PS_HEIGHT=800
# Offsets inside a 1200x800 window (from screenshots under Xvfb, no window manager).
PS_CLICK_DX=1078 PS_CLICK_DY=201        # centre of the "Persistent TCP" check box
PS_WATCH_REL=(1070 193 16 16)           # x y w h around it
PS_LIVE_REL=(16 530 180 50)             # Time column of the traffic log's top rows

ps_die() { echo "packetsender.sh: $*" >&2; return 1; }

# Whether a process has ended (no such process, or a zombie not yet reaped).
ps_gone_pid() { local s; s=$(ps -o stat= -p "$1" 2>/dev/null) || return 0; [[ $s == Z* ]]; }

# Pixels of a rectangle of the root window, as a checksum.
ps_grab() { import -window root -crop "$3x$4+$1+$2" +repage rgb:- 2>/dev/null | md5sum; }

# Sets win to PID's main window ("Packet Sender - IPs: ..."), dialog to the title of any
# other window it shows (a port bind error, an update prompt...); fails if there is one.
ps_windows() {
    local w name
    win="" dialog=""
    for w in $(xdotool search --onlyvisible --pid "$1" 2>/dev/null); do
        name=$(xdotool getwindowname "$w" 2>/dev/null)
        if [[ $name == "Packet Sender"* ]]; then win=$w; else dialog=${dialog:+$dialog, }$name; fi
    done
    [ -z "$dialog" ]
}

ps_start() {
    local port=${1:-} home pid win="" dialog="" geo x y i try cmd
    [[ $port =~ ^[0-9]+$ ]] && ((port > 0 && port < 65536)) || { ps_die "usage: ps_start PORT"; return 1; }
    [ -n "${DISPLAY:-}" ] || { ps_die "set DISPLAY (e.g. Xvfb :97 -screen 0 1280x800x24 & DISPLAY=:97)"; return 1; }
    for cmd in packetsender xdotool xwininfo import xrandr md5sum; do
        command -v "$cmd" >/dev/null || { ps_die "needs $cmd (apt-get install packetsender xdotool x11-utils imagemagick x11-xserver-utils)"; return 1; }
    done
    xrandr > /dev/null 2>&1 || { ps_die "cannot use display $DISPLAY (xrandr fails)"; return 1; }
    ss -Hlun "sport = :$port" 2>/dev/null | grep -q . && { ps_die "UDP port $port is already in use"; return 1; }

    # Settings live in $XDG_DATA_HOME/PacketSender/ps_settings.ini, unless the working
    # directory has ps_settings.ini or portablemode.txt: we run it from the fresh HOME.
    home=$(mktemp -d /tmp/ps-home.XXXXXX)
    mkdir -p "$home/.local/share/PacketSender" "$home/.config" "$home/.cache"
    # checkforUpdatesAsked: no "check for updates weekly?" prompt on first run;
    # SW_VERSION above the real one (8.0.6): no "Updated to ...!" prompt; tcpPort/sslPort
    # empty and disabled: no TCP or SSL listener at all; ipMode=4: UDP on 0.0.0.0.
    cat > "$home/.local/share/PacketSender/ps_settings.ini" <<EOF
[General]
checkforUpdatesAsked=true
checkforUpdates=false
SW_VERSION=99.0.0
udpServerEnable=true
udpPort=$port
tcpServerEnable=false
tcpPort=
sslServerEnable=false
sslPort=
ipMode=4
persistentTCPCheck=false
EOF
    # It runs `xrandr` first and quits ("Cannot open display") if that fails or is slow:
    # seen once right after stopping a big instance, so it gets three tries.
    for try in 1 2 3; do
        (cd "$home" && exec env HOME="$home" XDG_DATA_HOME="$home/.local/share" \
            XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" NO_AT_BRIDGE=1 \
            QT_QPA_PLATFORM=xcb packetsender > "$home/packetsender.log" 2>&1 < /dev/null) &
        pid=$!
        for ((i = 0; i < 300; i++)); do # up to 30 s
            ps_gone_pid "$pid" && break
            ps_windows "$pid" && [ -n "$win" ] && break
            [ -z "$dialog" ] || break
            sleep 0.1
        done
        ps_gone_pid "$pid" || break # it shows its window, or has none after 30 s
        wait "$pid" 2>/dev/null
        echo "packetsender.sh: Packet Sender quit at start (try $try): $(tr '\n' ' ' < "$home/packetsender.log")" >&2
        sleep 1
    done
    if ps_gone_pid "$pid"; then rm -rf "$home"; ps_die "Packet Sender does not start"; return 1; fi
    [ -z "$dialog" ] || { ps_stop "$pid" "$home"; ps_die "Packet Sender shows a dialog: $dialog"; return 1; }
    [ -n "$win" ] || { ps_stop "$pid" "$home"; ps_die "no Packet Sender window within 30 s"; return 1; }
    xdotool windowmove "$win" 0 0 windowsize "$win" "$PS_WIDTH" "$PS_HEIGHT"
    sleep 1.5 # relayout and first paint
    if ! ps_windows "$pid"; then ps_stop "$pid" "$home"; ps_die "Packet Sender shows a dialog: $dialog"; return 1; fi
    geo=$(xwininfo -id "$win")
    x=$(awk '/Absolute upper-left X/ { print $NF }' <<< "$geo")
    y=$(awk '/Absolute upper-left Y/ { print $NF }' <<< "$geo")
    if ! grep -q "Width: $PS_WIDTH\$" <<< "$geo" || ! grep -q "Height: $PS_HEIGHT\$" <<< "$geo"; then
        ps_stop "$pid" "$home"; ps_die "window is not ${PS_WIDTH}x$PS_HEIGHT"; return 1
    fi
    PS_PID=$pid PS_HOME=$home
    PS_CLICK="$((x + PS_CLICK_DX)),$((y + PS_CLICK_DY))"
    PS_WATCH="$((x + PS_WATCH_REL[0])),$((y + PS_WATCH_REL[1])),${PS_WATCH_REL[2]},${PS_WATCH_REL[3]}"
    PS_LIVE="$((x + PS_LIVE_REL[0])),$((y + PS_LIVE_REL[1])),${PS_LIVE_REL[2]},${PS_LIVE_REL[3]}"
    ps_check "$port" || { ps_stop "$pid" "$home"; return 1; }
    echo "ps_pid=$pid ps_home=$home ps_window=$(printf '0x%x' "$win") ps_click=$PS_CLICK ps_watch=$PS_WATCH ps_live=$PS_LIVE"
}

# Checks PS_CLICK/PS_WATCH (a click changes the box, a second one restores it) and PS_LIVE
# (one datagram to PORT changes it).
ps_check() {
    local port=$1 w l a b c
    IFS=, read -r -a w <<< "$PS_WATCH"
    IFS=, read -r -a l <<< "$PS_LIVE"
    xdotool mousemove "${PS_CLICK%,*}" "${PS_CLICK#*,}"
    sleep 0.5 # hover repaint
    a=$(ps_grab "${w[@]}")
    xdotool click 1; sleep 0.5
    b=$(ps_grab "${w[@]}")
    xdotool click 1; sleep 0.5
    c=$(ps_grab "${w[@]}")
    if [ "$a" = "$b" ] || [ "$a" != "$c" ]; then
        ps_die "clicking $PS_CLICK does not toggle the check box in $PS_WATCH (layout or fonts differ?)"; return 1
    fi
    a=$(ps_grab "${l[@]}")
    printf 'clickprobe check\n' > "/dev/udp/127.0.0.1/$port"
    sleep 0.5
    b=$(ps_grab "${l[@]}")
    [ "$a" != "$b" ] || { ps_die "a datagram to UDP $port did not change the traffic log in $PS_LIVE"; return 1; }
}

# rss_kb=... threads=... of PID; with PORT also udp_drops=... (datagrams the kernel dropped
# for the UDP socket bound to 0.0.0.0:PORT since it was opened: the receiver did not keep up).
ps_stats() {
    local pid=${1:?usage: ps_stats PID [PORT]} port=${2:-} out
    out=$(ps -o rss=,nlwp= -p "$pid" | awk '{ print "rss_kb=" $1 " threads=" $2 }')
    [ -n "$out" ] || { ps_die "no process $pid"; return 1; }
    if [ -n "$port" ]; then
        out+=" udp_drops=$(awk -v p="$(printf ':%04X' "$port")" \
            'substr($2, length($2) - 4) == p { d = $NF } END { print d + 0 }' /proc/net/udp)"
    fi
    echo "$out"
}

# Ends Packet Sender: TERM, KILL after 10 s; fails if it is still there. Removes HOME if given.
ps_stop() {
    local pid=${1:?usage: ps_stop PID [HOME]} home=${2:-} i
    ps_gone() { ps_gone_pid "$pid"; }
    if ! ps_gone; then
        kill "$pid" 2>/dev/null
        for ((i = 0; i < 100; i++)); do ps_gone && break; sleep 0.1; done
        ps_gone || kill -9 "$pid" 2>/dev/null
        for ((i = 0; i < 20; i++)); do ps_gone && break; sleep 0.1; done
    fi
    wait "$pid" 2>/dev/null # reap it when it is our child
    ps_gone || { ps_die "Packet Sender (pid $pid) is still running"; return 1; }
    [[ -n $home && $home == /tmp/ps-home.* ]] && rm -rf "$home"
    return 0
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    case "${1:-}" in
        start) shift; ps_start "$@" ;;
        stats) shift; ps_stats "$@" ;;
        stop) shift; ps_stop "$@" ;;
        *) echo "usage: $0 start PORT | stats PID [PORT] | stop PID [HOME]" >&2; exit 2 ;;
    esac
fi
