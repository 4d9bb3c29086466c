package dev.netplayground.ui.lab;

/** What the Lab sends: lines to echo servers, HTTP requests, or TCP lines and UDP datagrams through a lossy link. */
public enum LabWorkload {
    TCP_ECHO("TCP echo"),
    HTTP("HTTP POST /data"),
    LOSSY_LINK("TCP and UDP through a slow, lossy link");

    private final String shown;

    LabWorkload(String shown) {
        this.shown = shown;
    }

    @Override
    public String toString() {
        return shown;
    }
}
