package dev.netplayground.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts JavaFX on its software renderer where no GPU can serve it. JavaFX tries OpenGL first;
 * on a Linux machine without a GPU device that finds only Mesa's software rasterizer, which
 * JavaFX refuses, so it falls back to software anyway, having loaded Mesa and LLVM for nothing
 * (about 45 MB of the window's memory, once GTK is kept from loading them too: packaging/environment).
 * A {@code prism.order} given by the user wins.
 */
final class RenderPipeline {
    static final String ORDER_PROPERTY = "prism.order";
    /** DRM (Mesa, most drivers), NVIDIA's own driver, WSL's GPU. */
    static final List<Path> GPU_DEVICES = List.of(Path.of("/dev/dri"), Path.of("/dev/nvidia0"), Path.of("/dev/dxg"));

    private RenderPipeline() {}

    /** Before the toolkit starts: sets {@value #ORDER_PROPERTY} when {@link #order} says so. */
    static void choose() {
        boolean gpu = GPU_DEVICES.stream().anyMatch(Files::exists);
        String order = order(System.getProperty("os.name", ""), System.getProperty(ORDER_PROPERTY), gpu);
        if (order != null) {
            System.setProperty(ORDER_PROPERTY, order);
        }
    }

    /** The pipeline order to set, or null to leave JavaFX's (OpenGL, then software). */
    static String order(String osName, String givenOrder, boolean gpuDevice) {
        return osName.startsWith("Linux") && givenOrder == null && !gpuDevice ? "sw" : null;
    }
}
