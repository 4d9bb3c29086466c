package dev.netplayground.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

class ThemeTest {
    @Test
    void theWarmUpReadsTheLightThemesCompiledStylesheet() throws Exception {
        Stylesheet sheet = Stylesheet.loadBinary(Theme.lightCompiledStylesheet());

        assertThat(sheet).as("found where AtlantaFX keeps it, else the warm-up reads nothing").isNotNull();
        assertThat(sheet.getRules()).hasSizeGreaterThan(1000);
    }
}
