package dev.luminara.cli.mcp;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.luminara.core.testing.Samples;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The TypeScript client project in {@code luminara-cli/src/test/node}: finds node and the installed SDK, and runs
 * {@code session.mjs}. Without them a test is skipped with the install command, except under CI ({@code CI=true}),
 * where it fails: CI installs them in {@code .ci/run}.
 */
final class NodeClient {
    static final String INSTALL = "npm ci --prefix luminara-cli/src/test/node";
    /** A guard against a hung child, not a speed assertion. */
    private static final long GIVE_UP_MINUTES = 5;

    private final Path project;
    private final Path node;

    private NodeClient(Path project, Path node) {
        this.project = project;
        this.node = node;
    }

    /** The client, or a skipped (failed under CI) test that says how to install it. */
    static NodeClient require() {
        Path project = Samples.find(Path.of("luminara-cli", "src", "test", "node"));
        Optional<Path> node = onPath("node");
        String missing = null;
        if (node.isEmpty()) {
            missing = "node is not on the PATH (install Node.js 18 or newer), then run " + INSTALL;
        } else if (!Files.isRegularFile(project.resolve("node_modules/@modelcontextprotocol/sdk/package.json"))) {
            missing = "the TypeScript MCP SDK is not installed in " + project + "; run " + INSTALL;
        }
        if (missing != null) {
            if ("true".equals(System.getenv("CI"))) fail("CI=true but " + missing);
            assumeTrue(false, missing);
        }
        return new NodeClient(project, node.orElseThrow());
    }

    /** Runs {@code node session.mjs args...}; stdout and stderr (the server's too, over stdio) land in one log. */
    Result session(Path scratch, Map<String, String> env, List<String> args) {
        List<String> command = new ArrayList<>(List.of(node.toString(), "session.mjs"));
        command.addAll(args);
        Path log = scratch.resolve("session.log");
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            if (!p.waitFor(GIVE_UP_MINUTES, TimeUnit.MINUTES)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
                return new Result(-1, read(log) + "\n(gave up after " + GIVE_UP_MINUTES + " minutes)");
            }
            return new Result(p.exitValue(), read(log));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }

    /** A copy of samples/arena (without build output or history) for one session to change. */
    static Path arenaCopy(Path scratch) {
        Path from = Samples.find(Path.of("samples", "arena"));
        Path to = scratch.resolve("arena");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path rel = from.relativize(f);
                if (skipped(rel)) continue;
                Path dest = to.resolve(rel.toString());
                if (Files.isDirectory(f)) Files.createDirectories(dest);
                else Files.copy(f, dest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
        return to;
    }

    /** This JVM's java launcher and class path, which has every module: the stdio server's command line. */
    static List<String> javaCommand(String mainClass, String... args) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command =
                new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals(".luminara") || part.toString().equals("node_modules")) return true;
        }
        return false;
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** What node exited with and everything it (and the server it spawned) printed. */
    record Result(int exitCode, String output) {
        /** The session's own lines (not the server's log), for the test report. */
        void printSteps() {
            output.lines()
                    .filter(l -> l.startsWith("ok ") || l.startsWith("FAIL ") || l.startsWith("session "))
                    .forEach(System.out::println);
        }
    }
}
