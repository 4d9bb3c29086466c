package dev.netplayground.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps what outlives a run: settings and workspaces under {@link #config()},
 * spill files and crash reports under {@link #data()}.
 *
 * <p>The system property {@value #PROPERTY} wins, then the environment variable {@value #VARIABLE};
 * either puts everything under one folder (tests always set one). Otherwise the platform's
 * convention: XDG on Linux ({@code ~/.config/net-playground}, {@code ~/.local/share/net-playground}),
 * {@code %APPDATA%\Net Playground} on Windows, {@code ~/Library/Application Support/Net Playground}
 * on macOS.
 */
public record AppHome(Path config, Path data) {
    public static final String PROPERTY = "netplayground.home";
    public static final String VARIABLE = "NET_PLAYGROUND_HOME";
    private static final String LINUX_NAME = "net-playground";
    private static final String DESKTOP_NAME = "Net Playground";

    /** The home of this process, from its system properties and environment. */
    public static AppHome current() {
        return resolve(System.getProperty(PROPERTY), System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    static AppHome resolve(String property, Map<String, String> env, String osName, Path userHome) {
        String chosen = present(property) ? property : env.get(VARIABLE);
        if (present(chosen)) {
            Path home = Path.of(chosen).toAbsolutePath();
            return new AppHome(home, home);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path appData = present(env.get("APPDATA")) ? Path.of(env.get("APPDATA"))
                    : userHome.resolve("AppData").resolve("Roaming");
            return both(appData.resolve(DESKTOP_NAME));
        }
        if (os.startsWith("mac")) {
            return both(userHome.resolve("Library").resolve("Application Support").resolve(DESKTOP_NAME));
        }
        return new AppHome(xdg(env, "XDG_CONFIG_HOME", userHome.resolve(".config")).resolve(LINUX_NAME),
                xdg(env, "XDG_DATA_HOME", userHome.resolve(".local").resolve("share")).resolve(LINUX_NAME));
    }

    /** The folder for crash reports (not created here). */
    public Path crashReports() {
        return data.resolve("crash-reports");
    }

    private static AppHome both(Path folder) {
        return new AppHome(folder, folder);
    }

    // XDG: a relative path in the variable is invalid and must be ignored.
    private static Path xdg(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        return present(value) && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
