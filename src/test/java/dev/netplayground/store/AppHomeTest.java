package dev.netplayground.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppHomeTest {
    private static final Path USER = Path.of("/home/ada");

    @Test
    void propertyWinsOverVariableAndHoldsEverything() {
        AppHome home = AppHome.resolve("/tmp/p", Map.of(AppHome.VARIABLE, "/tmp/v"), "Linux", USER);

        assertThat(home).isEqualTo(new AppHome(Path.of("/tmp/p"), Path.of("/tmp/p")));
    }

    @Test
    void variableHoldsEverythingWhenNoProperty() {
        AppHome home =
                AppHome.resolve(null, Map.of(AppHome.VARIABLE, "/tmp/v", "XDG_CONFIG_HOME", "/x"), "Linux", USER);

        assertThat(home).isEqualTo(new AppHome(Path.of("/tmp/v"), Path.of("/tmp/v")));
    }

    @Test
    void linuxFollowsXdgWithItsDefaults() {
        assertThat(AppHome.resolve(null, Map.of(), "Linux", USER)).isEqualTo(new AppHome(
                Path.of("/home/ada/.config/net-playground"), Path.of("/home/ada/.local/share/net-playground")));
        assertThat(AppHome.resolve("", Map.of("XDG_CONFIG_HOME", "/c", "XDG_DATA_HOME", "/d"), "Linux", USER))
                .isEqualTo(new AppHome(Path.of("/c/net-playground"), Path.of("/d/net-playground")));
    }

    @Test
    void relativeXdgPathsAreIgnoredAsTheSpecSays() {
        assertThat(AppHome.resolve(null, Map.of("XDG_CONFIG_HOME", "rel"), "Linux", USER).config())
                .isEqualTo(Path.of("/home/ada/.config/net-playground"));
    }

    @Test
    void windowsAndMacUseTheirApplicationFolders() {
        assertThat(AppHome.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", USER).config())
                .isEqualTo(Path.of("/appdata/Net Playground"));
        assertThat(AppHome.resolve(null, Map.of(), "Mac OS X", USER).data())
                .isEqualTo(Path.of("/home/ada/Library/Application Support/Net Playground"));
    }
}
