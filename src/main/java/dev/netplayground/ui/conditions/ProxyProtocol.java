package dev.netplayground.ui.conditions;

/** Which proxy the Conditions tab runs. */
public enum ProxyProtocol {
    TCP,
    UDP
}
