package dev.netplayground.snippet;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles a generated Java program with javax.tools and starts it in a JVM of its own. */
final class JavaPrograms {
    private JavaPrograms() {}

    /** jackson-core, which the generated HTTP server needs, as this JVM has it. */
    static final String CLASS_PATH = jacksonCore();

    static ChildProgram compileAndStart(String source, String className, Path dir) throws IOException {
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        boolean compiled = compiler.getTask(messages, null, null,
                List.of("--release", "21", "-Xlint:all", "-Werror", "-cp", CLASS_PATH, "-d", dir.toString()), null,
                compiler.getStandardFileManager(null, null, null).getJavaFileObjects(file)).call();
        if (!compiled) {
            throw new AssertionError("the generated " + className + " does not compile:\n" + messages + "\n" + source);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return ChildProgram.start(dir, List.of(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", dir + File.pathSeparator + CLASS_PATH, className));
    }

    private static String jacksonCore() {
        try {
            return Path.of(JsonFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
