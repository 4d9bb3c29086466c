package dev.netplayground.ui.lab;

/** What the Lab sends: lines to echo servers, or HTTP requests. */
public enum LabWorkload {
    TCP_ECHO("TCP echo"),
    HTTP("HTTP POST /data");

    private final String shown;

    LabWorkload(String shown) {
        this.shown = shown;
    }

    @Override
    public String toString() {
        return shown;
    }
}
