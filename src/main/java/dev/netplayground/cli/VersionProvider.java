package dev.netplayground.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version from the jar manifest, else the one the packaged launcher passes (its runtime
 * image has no manifest), else "development" when run from classes.
 */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        if (version == null) {
            version = System.getProperty("jpackage.app-version");
        }
        return new String[] {"net-playground " + (version == null ? "development" : version)};
    }
}
