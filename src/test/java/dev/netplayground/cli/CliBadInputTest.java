package dev.netplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command, given bad values, says what is wrong in one line and ends, never with a stack
 * trace: exit code 2 for bad usage, 1 for a failure found by trying (an unknown host, a port in
 * use, a refusal). The cases are read off picocli's model of the commands, so a new command or
 * option is tested as soon as it exists, and one whose values this test cannot judge fails it.
 */
class CliBadInputTest {
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String UNKNOWN_HOST = "no-such-host.invalid";
    /** An address of TEST-NET-1 (RFC 5737): never one of this machine's. */
    private static final String NOT_THIS_MACHINE = "192.0.2.1";
    /** Options whose value may be any text: there is no bad value to give them. */
    private static final Set<String> FREE_TEXT = Set.of("--json", "--body");
    /** Positional parameters have no converter here; a bad value per command that has them. */
    /** A bad positional parameter of each command that has one, and what the line must then say. */
    private static final Map<String, List<String>> BAD_POSITIONAL = Map.of(
            "net-playground help", List.of("no-such-command", "Unknown subcommand"),
            "net-playground send", List.of("../secret", "use an item's name"),
            "net-playground saved import", List.of(" ", "use a file path"),
            "net-playground saved export", List.of(" ", "use a file path"));
    /** Bad values for converters that are not whole numbers (those get theirs from their range). */
    private static final Map<Class<?>, List<String>> BAD = Map.ofEntries(
            Map.entry(Converters.Seconds.class,
                    List.of("0", "-1", "NaN", "Infinity", "1e3", "0.0001", "1000001", "x", "")),
            Map.entry(Converters.LineRate.class, List.of("-1", "NaN", "Infinity", "1000001", "x", "")),
            Map.entry(Converters.RequestRate.class, List.of("-1", "NaN", "Infinity", "10000001", "x", "")),
            Map.entry(Converters.HttpMethod.class, List.of("get", "", "G T", "X".repeat(21))),
            Map.entry(Converters.HeaderLine.class, List.of("", "NoColon", "Bad Name: x", ": x", "A: line\nbreak")),
            Map.entry(Converters.Host.class, List.of("", "two words", "a/b", "x".repeat(254), "line\nbreak")),
            Map.entry(Converters.BindAddress.class, List.of("", "two words", "a/b")),
            Map.entry(Converters.U32.class, List.of("-1", "4294967296", "1.5", "x", "")),
            Map.entry(Converters.Bool.class, List.of("maybe", "1", "")),
            Map.entry(Converters.WebUrl.class, List.of("ftp://127.0.0.1/data", "127.0.0.1:9/data", "http://",
                    "not a url", "http://127.0.0.1:99999/data")),
            Map.entry(Converters.MulticastGroup.class, List.of("1.2.3.4", "239.1.2", "300.1.1.1", "group", "")),
            Map.entry(Converters.InterfaceName.class, List.of("", "eth 0")),
            Map.entry(Converters.FilePath.class, List.of("", " ", "a\0b")),
            Map.entry(Converters.CertificateName.class, List.of("", "two words", "a/b", "x".repeat(254))),
            Map.entry(Converters.Fingerprint.class, List.of("", "abc", "g".repeat(64))),
            Map.entry(Converters.ProgramHost.class, List.of("", "two words", "a/b")),
            Map.entry(Converters.SnippetLanguage.class, List.of("cobol", "Rust", "")),
            Map.entry(Converters.SnippetProgram.class, List.of("tcp", "http-client", "")),
            Map.entry(Converters.LineEndingName.class, List.of("cr", "")),
            Map.entry(Converters.FramingSpec.class, List.of("udp", "", "line:1", "delimiter:", "delimiter:0G",
                    "fixed:0", "fixed:x", "length:3", "length:2:lee", "length:2:le:be")),
            Map.entry(ProxyConverters.Target.class, List.of("", "127.0.0.1", "127.0.0.1:0", "127.0.0.1:65536",
                    ":5000", "::1:5000", "a b:5000")),
            Map.entry(ProxyConverters.Percent.class, List.of("-1", "100.5", "101", "0100", "NaN", "5%", "x", "")),
            Map.entry(Converters.ReplySpec.class, List.of("PING", "", "re:(=>x", "x=>{{when}}", "hex:0G=>x",
                    "x=>hex:1", "x=>\\q")));
    /** Good values for required options, to get past them to the option under test. */
    private static final Map<Class<?>, String> GOOD = Map.of(
            ProxyConverters.Target.class, "127.0.0.1:9",
            Converters.WebUrl.class, "http://127.0.0.1:9/data",
            Converters.SnippetLanguage.class, "java",
            Converters.SnippetProgram.class, "tcp-client",
            Converters.FilePath.class, "target/cli-bad-input-certs");

    /** A command and one bad invocation of it. */
    record Case(String command, List<String> args, String option, String expected) {
        /** The arguments after the program's name: the subcommand path, then {@link #args}. */
        String[] fullArgs() {
            List<String> all = new ArrayList<>(Arrays.asList(command.split(" ")).subList(1, command.split(" ").length));
            all.addAll(args);
            return all.toArray(String[]::new);
        }

        @Override
        public String toString() {
            return command + " " + String.join(" ", args).replace("\n", "\\n").replace("\0", "\\0");
        }
    }

    static CliRun run(Case one) {
        return assertTimeoutPreemptively(BOUND, () -> CliRun.of(one.fullArgs()),
                () -> one + " did not end within " + BOUND);
    }

    /** Every command, parents included, as picocli knows them. */
    static List<CommandSpec> commands() {
        List<CommandSpec> all = new ArrayList<>();
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        collect(Cli.commandLine(new CliIo(InputStream.nullInputStream(), nowhere, nowhere)).getCommandSpec(), all);
        return all;
    }

    private static void collect(CommandSpec spec, List<CommandSpec> all) {
        all.add(spec);
        spec.subcommands().values().stream().map(CommandLine::getCommandSpec).distinct()
                .forEach(sub -> collect(sub, all));
    }

    private static List<CommandSpec> leaves() {
        return commands().stream().filter(spec -> spec.subcommands().isEmpty()).toList();
    }

    // ---- usage errors: exit code 2 ----

    static Stream<String> commandNames() {
        return commands().stream().map(CommandSpec::qualifiedName);
    }

    /** Every bad invocation of one command: an unknown option, then each option with each of its bad values. */
    static List<Case> usageErrors(String command) {
        CommandSpec spec = commands().stream().filter(one -> one.qualifiedName().equals(command)).findFirst()
                .orElseThrow();
        List<Case> cases = new ArrayList<>();
        // picocli lets a help request win over an unknown option ("help --x" shows the usage): not a bad value.
        if (!spec.helpCommand()) {
            List<String> unknown = new ArrayList<>(List.of("--no-such-option"));
            unknown.addAll(required(spec, null));
            cases.add(new Case(command, unknown, "--no-such-option", "Unknown option"));
        }
        for (OptionSpec option : spec.options()) {
            boolean flag = option.typeInfo().isBoolean() && option.arity().max() == 0;
            if (option.usageHelp() || option.versionHelp() || flag) {
                continue;
            }
            for (String bad : badValues(command, option)) {
                List<String> args = new ArrayList<>(List.of(option.longestName(), bad));
                args.addAll(required(spec, option));
                cases.add(new Case(command, args, option.longestName(), allowed(option)));
            }
        }
        if (!spec.positionalParameters().isEmpty()) {
            List<String> bad = BAD_POSITIONAL.get(command);
            assertThat(bad).as("a bad value for the positional parameters of '%s'", command).isNotNull();
            cases.add(new Case(command, List.of(bad.get(0)), bad.get(0), bad.get(1)));
        }
        return cases;
    }

    private static List<String> badValues(String command, OptionSpec option) {
        ITypeConverter<?> converter = converter(option);
        if (converter instanceof Converters.WholeNumber number) {
            return List.of(String.valueOf(number.min() - 1L), String.valueOf(number.max() + 1L), "x", "1.5", "",
                    "99999999999");
        }
        if (converter != null) {
            List<String> bad = BAD.get(converter.getClass());
            assertThat(bad).as("bad values for %s of '%s' (converter %s)", option.longestName(), command,
                    converter.getClass().getSimpleName()).isNotNull();
            return bad;
        }
        if (option.type().isEnum()) {
            return List.of("no-such-value", "");
        }
        assertThat(FREE_TEXT).as("option %s of '%s' has no converter from Converters: give it one, or list it as free"
                + " text", option.longestName(), command).contains(option.longestName());
        return List.of();
    }

    private static ITypeConverter<?> converter(OptionSpec option) {
        ITypeConverter<?>[] converters = option.converters();
        return converters.length == 0 ? null : converters[0];
    }

    /** What the line must say is allowed. */
    private static String allowed(OptionSpec option) {
        if (converter(option) instanceof Converters.Checked<?> checked) {
            return "use " + checked.allowed() + ".";
        }
        return "expected one of";
    }

    /** The other required options of the command, with good values. */
    private static List<String> required(CommandSpec spec, OptionSpec tested) {
        List<String> args = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (option.required() && option.group() == null && option != tested) {
                args.add(option.longestName());
                args.add(good(option));
            }
        }
        for (ArgGroupSpec group : spec.argGroups()) {
            boolean testedInGroup = group.allOptionsNested().contains(tested);
            if (group.multiplicity().min() > 0 && !testedInGroup) {
                OptionSpec first = group.options().iterator().next();
                args.add(first.longestName());
                args.add(good(first));
            }
        }
        if (!spec.helpCommand() && spec.positionalParameters().stream().anyMatch(p -> p.required())) {
            args.add("hello"); // a saved item's name: send's one positional parameter
        }
        return args;
    }

    private static String good(OptionSpec option) {
        ITypeConverter<?> converter = converter(option);
        if (converter instanceof Converters.WholeNumber number) {
            return String.valueOf(number.min());
        }
        if (converter == null) {
            return "{}";
        }
        String good = GOOD.get(converter.getClass());
        assertThat(good).as("a good value for the required option %s", option.longestName()).isNotNull();
        return good;
    }

    /** One command line for all of a command's cases (parsing is what is tested; building it is the slow part). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("commandNames")
    void aBadValueIsOneLineNamingTheOptionAndWhatIsAllowedWithExitCodeTwo(String command) {
        List<Case> cases = usageErrors(command);
        assertThat(cases).isNotEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine commandLine = Cli.commandLine(new CliIo(InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        SoftAssertions softly = new SoftAssertions();
        assertTimeoutPreemptively(BOUND, () -> {
            for (Case bad : cases) {
                out.reset();
                err.reset();
                int exit = commandLine.execute(bad.fullArgs());
                CliRun outcome = new CliRun(exit, out.toString(StandardCharsets.UTF_8),
                        err.toString(StandardCharsets.UTF_8));
                softly.assertThat(outcome.exit()).as("exit code of %s; stderr: %s", bad, outcome.err()).isEqualTo(2);
                softly.assertThat(outcome.errLines()).as("stderr of %s", bad).hasSize(1);
                softly.assertThat(outcome.err()).as("stderr of %s", bad).contains("'" + bad.option() + "'")
                        .contains(bad.expected()).doesNotContain("Exception").doesNotContain("\tat ");
                softly.assertThat(outcome.out()).as("stdout of %s", bad).doesNotContain("Exception")
                        .doesNotContain("\tat ");
            }
        });
        softly.assertAll();
    }

    @Test
    void everyCommandIsInTheMatrix() {
        assertThat(commandNames()).contains("net-playground", "net-playground load", "net-playground load tcp",
                "net-playground future-demo", "net-playground http-post", "net-playground help");
    }

    // ---- failures found by trying: exit code 1 ----

    /** Runs each leaf command that has an option with one of these converters, that option set to a value. */
    private static Stream<Case> withOption(Set<Class<?>> converters, Function<OptionSpec, String> value,
            String expected) {
        List<Case> cases = new ArrayList<>();
        for (CommandSpec spec : leaves()) {
            for (OptionSpec option : spec.options()) {
                ITypeConverter<?> converter = converter(option);
                if (converter != null && converters.contains(converter.getClass())) {
                    List<String> args = new ArrayList<>(List.of(option.longestName(), value.apply(option)));
                    args.addAll(required(spec, option));
                    if (spec.findOption("--duration") != null) {
                        args.addAll(List.of("--duration", "0.2"));
                    }
                    cases.add(new Case(spec.qualifiedName(), args, option.longestName(), expected));
                }
            }
        }
        return cases.stream();
    }

    static Stream<Case> unknownHosts() {
        return withOption(Set.of(Converters.Host.class, Converters.WebUrl.class),
                option -> option.longestName().equals("--url") ? "http://" + UNKNOWN_HOST + "/data" : UNKNOWN_HOST,
                "unknown host " + UNKNOWN_HOST);
    }

    static Stream<Case> addressesNotOfThisMachine() {
        return withOption(Set.of(Converters.BindAddress.class), option -> NOT_THIS_MACHINE,
                "not one of this machine's");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"unknownHosts", "addressesNotOfThisMachine"})
    void aFailureFoundByTryingIsOneLineWithExitCodeOne(Case failing) {
        CliRun outcome = run(failing);

        assertThat(outcome.exit()).as("exit code; stderr: %s", outcome.err()).isEqualTo(1);
        assertThat(outcome.errLines()).hasSize(1);
        assertThat(outcome.errLines().get(0)).startsWith("error: ").contains(failing.expected());
        assertNoTrace(outcome);
    }

    @Test
    void everyUnknownHostAndForeignAddressIsTried() {
        assertThat(unknownHosts().map(Case::command)).containsExactlyInAnyOrder("net-playground tcp-client",
                "net-playground udp-sender", "net-playground http-post", "net-playground load tcp",
                "net-playground load tcp-bulk", "net-playground load udp", "net-playground load http");
        assertThat(addressesNotOfThisMachine().map(Case::command)).containsExactlyInAnyOrder(
                "net-playground tcp-server", "net-playground udp-receiver", "net-playground http-server",
                "net-playground udp-sender", "net-playground proxy tcp", "net-playground proxy udp");
    }

    /** A port taken over TCP and UDP alike, so every serving command finds it in use. */
    private static List<AutoCloseable> takePort() throws Exception {
        for (int attempt = 0; ; attempt++) {
            ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            try {
                DatagramSocket udp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        tcp.getLocalPort()));
                return List.of(tcp, udp);
            } catch (java.net.BindException e) {
                tcp.close();
                if (attempt == 20) {
                    throw e;
                }
            }
        }
    }

    @Test
    void everyServingCommandOnAPortInUseSaysSoOnceWithExitCodeOne() throws Exception {
        List<AutoCloseable> taken = takePort();
        try {
            int port = ((ServerSocket) taken.get(0)).getLocalPort();
            List<Case> cases = withOption(Set.of(Converters.ListenPort.class), option -> String.valueOf(port), "in use")
                    .toList();
            assertThat(cases).extracting(Case::command).containsExactlyInAnyOrder("net-playground tcp-server",
                    "net-playground udp-receiver", "net-playground http-server", "net-playground proxy tcp",
                    "net-playground proxy udp");
            for (Case inUse : cases) {
                aFailureFoundByTryingIsOneLineWithExitCodeOne(inUse);
            }
        } finally {
            for (AutoCloseable socket : taken) {
                socket.close();
            }
        }
    }

    @Test
    void everyConnectingCommandRefusedSaysSoOnceWithExitCodeOne() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/data";
        // UDP sends are not answered, so a sender is never refused; the flood is (ICMP port unreachable).
        List<Case> cases = withOption(Set.of(Converters.Port.class, Converters.WebUrl.class),
                option -> option.longestName().equals("--url") ? url : String.valueOf(port), "refused")
                .filter(refused -> !refused.command().endsWith("udp-sender")).toList();
        assertThat(cases).extracting(Case::command).containsExactlyInAnyOrder("net-playground tcp-client",
                "net-playground http-post", "net-playground load tcp", "net-playground load tcp-bulk",
                "net-playground load udp", "net-playground load http");
        for (Case refused : cases) {
            aFailureFoundByTryingIsOneLineWithExitCodeOne(refused);
        }
    }

    private static void assertNoTrace(CliRun outcome) {
        for (String text : List.of(outcome.out(), outcome.err())) {
            assertThat(text).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }
}
