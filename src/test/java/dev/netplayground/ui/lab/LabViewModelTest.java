package dev.netplayground.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabViewModelTest {
    @Test
    void warnsWhenConnectionsWouldExceedTheFileDescriptorLimit() {
        assertThat(LabViewModel.fileDescriptorWarning(10_000, 1024))
                .contains("10,000 clients need about 20,100 file descriptors")
                .contains("may open 1,024")
                .contains("ulimit -n 65536");
        assertThat(LabViewModel.fileDescriptorWarning(200, 1024)).isEmpty();
        assertThat(LabViewModel.fileDescriptorWarning(10_000, -1)).isEmpty();
    }
}
