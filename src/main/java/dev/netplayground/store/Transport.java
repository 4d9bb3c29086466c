package dev.netplayground.store;

/** What a saved message is sent over. */
public enum Transport {
    TCP,
    UDP
}
