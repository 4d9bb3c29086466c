package dev.netplayground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.tcp.ConcurrencyModel;
import org.junit.jupiter.api.Test;

class ModelNamesTest {
    @Test
    void theChoiceReadsTheSameNameAsTheStatusAndTheLab() {
        for (ConcurrencyModel model : ConcurrencyModel.values()) {
            assertThat(ModelNames.described(model)).as(model.name()).startsWith(ModelNames.name(model) + ": ");
        }
    }

    @Test
    void aRunIsShownByItsModelsNameAndAnOutsideTargetAsTyped() {
        assertThat(ModelNames.of("VIRTUAL")).isEqualTo("Virtual threads");
        assertThat(ModelNames.of("127.0.0.1:5000")).isEqualTo("127.0.0.1:5000");
    }
}
