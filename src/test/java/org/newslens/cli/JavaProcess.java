package org.newslens.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a real JVM on the test classpath, for what can only go wrong between processes or at the OS's edge. */
final class JavaProcess {
    private JavaProcess() {
    }

    static ProcessBuilder builder(Path home, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("NEWSLENS_HOME", home.toString());
        return pb;
    }

    record Result(int exitCode, String out, String err) {
    }

    /** Runs to the end (at most two minutes) with stdout going to {@code stdout} if given, else captured. */
    static Result run(ProcessBuilder pb, File stdout) throws IOException, InterruptedException {
        Path out = Files.createTempFile("newslens-out", ".txt");
        Path err = Files.createTempFile("newslens-err", ".txt");
        try {
            pb.redirectOutput(stdout != null ? stdout : out.toFile());
            pb.redirectError(err.toFile());
            Process p = pb.start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("process did not finish in two minutes: " + pb.command());
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
