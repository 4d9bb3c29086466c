package dev.netplayground.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RenderPipelineTest {
    @Test
    void softwareOnLinuxWithoutAGpuDevice() {
        assertThat(RenderPipeline.order("Linux", null, false)).isEqualTo("sw");
    }

    @Test
    void javaFxChoosesWhereAGpuMayServeIt() {
        assertThat(RenderPipeline.order("Linux", null, true)).isNull();
        assertThat(RenderPipeline.order("Windows 11", null, false)).isNull();
        assertThat(RenderPipeline.order("Mac OS X", null, false)).isNull();
    }

    @Test
    void theUsersOrderWins() {
        assertThat(RenderPipeline.order("Linux", "es2", false)).isNull();
    }
}
