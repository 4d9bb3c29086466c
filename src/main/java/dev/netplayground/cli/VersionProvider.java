package dev.netplayground.cli;

import dev.netplayground.about.AppInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version Maven built (the same the About dialog shows). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"net-playground " + AppInfo.version()};
    }
}
