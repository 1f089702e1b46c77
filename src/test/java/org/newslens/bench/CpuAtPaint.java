package org.newslens.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a start-up's CPU went by the first paint: the FX thread's and the whole process's time, and with
 * {@code NEWSLENS_BENCH_THREADS} set, each thread's, the JVM's own (compiler, collector) from {@code /proc} too.
 * Called on the FX thread.
 */
final class CpuAtPaint {
    private CpuAtPaint() {
    }

    static String now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double fx = threads.getCurrentThreadCpuTime() / 1e6;
        double process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
        String line = String.format(Locale.ROOT, "paint-fx-cpu-ms=%.0f paint-process-cpu-ms=%.0f", fx, process);
        return System.getenv("NEWSLENS_BENCH_THREADS") == null ? line : line + perThread();
    }

    /** Each thread of the process with more than 10 ms of CPU, as {@code {name}=ms} (Linux). */
    private static String perThread() {
        StringBuilder out = new StringBuilder();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat = Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ms = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // utime + stime, 100 ticks a second
                if (ms > 10) {
                    out.append(" {").append(name).append("}=").append(ms);
                }
            }
        } catch (IOException | RuntimeException e) {
            out.append(" threads: ").append(e.getMessage());
        }
        return out.toString();
    }
}
