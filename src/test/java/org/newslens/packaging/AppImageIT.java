package org.newslens.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the app image that {@code mvn package} builds (target/app/NewsLens) the way a user would: its own
 * launcher and bundled runtime, no Maven, no JDK on the path. Headless commands always; the window under
 * a private Xvfb where the machine has Xvfb and xdotool.
 */
class AppImageIT {
    private static final Path IMAGE = Path.of("target", "app", "NewsLens");
    private static final Path LAUNCHER = IMAGE.resolve("bin").resolve("NewsLens");

    @TempDir
    Path home;

    private static Path seed;

    @BeforeAll
    static void findSeed() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow().toAbsolutePath();
        }
    }

    @Test
    void imageBundlesItsOwnRuntimeLauncherAndIcon() {
        assumeTrue(Files.isDirectory(IMAGE), "no app image: this JDK has no jpackage, or -DskipAppImage");
        assertTrue(Files.isExecutable(LAUNCHER), "launcher");
        assertTrue(Files.isRegularFile(IMAGE.resolve("lib/runtime/lib/server/libjvm.so")), "bundled runtime");
        assertTrue(Files.isRegularFile(IMAGE.resolve("lib/NewsLens.png")), "icon");
        assertTrue(Files.isRegularFile(IMAGE.resolve("lib/app/newslens.desktop.in")), "desktop entry");
        assertTrue(Files.isRegularFile(IMAGE.resolve("lib/app/newslens.jsa")), "class-data archive made with the image's runtime");
    }

    @Test
    void launcherRunsTheCommandLineWithoutAJdk() throws Exception {
        assumeTrue(Files.isExecutable(LAUNCHER), "no app image");
        Result version = run(List.of(LAUNCHER.toAbsolutePath().toString(), "--version"), 120);
        assertEquals(0, version.exit, version.err);
        assertTrue(version.out.startsWith("NewsLens "), version.out);

        Result info = run(List.of(LAUNCHER.toAbsolutePath().toString(), "info", seed.toString()), 120);
        assertEquals(0, info.exit, info.err);
        assertTrue(info.out.contains("\"title\" : \"In 2001, as the United States reeled"), info.out);
        assertEquals("", info.err.strip(), "a clean run prints nothing on stderr");
    }

    @Test
    void windowOpensTheSeedArticleUnderXvfb() throws Exception {
        assumeTrue(Files.isExecutable(LAUNCHER), "no app image");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/Xvfb")) && Files.isExecutable(Path.of("/usr/bin/xdotool")),
                "no Xvfb/xdotool: the headless launcher check above stands in");
        String display = ":" + (150 + (int) (ProcessHandle.current().pid() % 100));
        Process xvfb = new ProcessBuilder("/usr/bin/Xvfb", display, "-screen", "0", "1280x900x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(home.resolve("xvfb.log").toFile()).start();
        Process app = null;
        try {
            Thread.sleep(1500);
            ProcessBuilder pb = new ProcessBuilder(LAUNCHER.toAbsolutePath().toString(), seed.toString())
                    .redirectOutput(home.resolve("app.out").toFile()).redirectError(home.resolve("app.err").toFile());
            pb.environment().put("DISPLAY", display);
            pb.environment().put("NEWSLENS_HOME", home.resolve("data").toString());
            app = pb.start();
            String title = "";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline && app.isAlive() && !title.contains("In 2001")) {
                Thread.sleep(1000);
                ProcessBuilder xdo = new ProcessBuilder("/usr/bin/xdotool", "search", "--name", "NewsLens", "getwindowname", "%@");
                xdo.environment().put("DISPLAY", display);
                title = run(xdo.command(), 20, xdo).out;
            }
            assertTrue(title.contains("NewsLens — In 2001, as the United States reeled"),
                    "window title: " + title + "\nstderr: " + Files.readString(home.resolve("app.err")));
            assertEquals("", Files.readString(home.resolve("app.err")) + Files.readString(home.resolve("app.out")),
                    "a clean launch prints nothing");
        } finally {
            if (app != null) {
                app.descendants().forEach(ProcessHandle::destroy);
                app.destroy();
                app.waitFor(20, TimeUnit.SECONDS);
            }
            xvfb.destroy();
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(List<String> command, int seconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("NEWSLENS_HOME", home.resolve("data").toString());
        pb.environment().remove("DISPLAY");
        return run(command, seconds, pb);
    }

    private static Result run(List<String> command, int seconds, ProcessBuilder pb) throws Exception {
        Path out = Files.createTempFile("appimage", ".out");
        Path err = Files.createTempFile("appimage", ".err");
        try {
            Process p = pb.command(new ArrayList<>(command)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
