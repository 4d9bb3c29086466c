package dev.netplayground.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles a Java program given as text with javax.tools, and starts it in a JVM of its own. */
public final class JavaPrograms {
    /** Jackson (core, databind, annotations), which some of the programs need, as this JVM has it. */
    public static final String CLASS_PATH = Stream.of(JsonFactory.class, ObjectMapper.class, JsonProperty.class)
            .map(JavaPrograms::jarOf).collect(Collectors.joining(File.pathSeparator));

    private JavaPrograms() {}

    /** Compiles {@code source} as {@code className} into {@code dir}; fails with javac's messages. */
    public static void compile(String source, String className, Path dir) throws IOException {
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        boolean compiled = compiler.getTask(messages, null, null,
                List.of("--release", "21", "-Xlint:all", "-Werror", "-cp", CLASS_PATH, "-d", dir.toString()), null,
                compiler.getStandardFileManager(null, null, null).getJavaFileObjects(file)).call();
        if (!compiled) {
            throw new AssertionError(className + " does not compile:\n" + messages + "\n" + source);
        }
    }

    /** Runs a class compiled into {@code dir} in a JVM of its own. */
    public static ChildProgram start(String className, Path dir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return ChildProgram.start(dir, List.of(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", dir + File.pathSeparator + CLASS_PATH, className));
    }

    public static ChildProgram compileAndStart(String source, String className, Path dir) throws IOException {
        compile(source, className, dir);
        return start(className, dir);
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
