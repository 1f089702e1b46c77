package org.newslens.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.newslens.app.AppHome;
import org.newslens.ui.WindowServices;
import org.newslens.ui.Workbench;
import org.newslens.ui.task.FxTaskExecutor;

/**
 * Reader start-up benchmark (not a test; run by hand under a display, see docs/benchmarks.md).
 * <ul>
 *   <li>{@code bare}: JVM start → first pulse of a Stage with one Label (the floor any JavaFX app pays);</li>
 *   <li>{@code reader}: JVM start → first layout pass of the reader with the seed article's text in it;</li>
 *   <li>{@code large}: opening a generated 5 MB text in the running window: time to first layout with its text,
 *       the longest the FX thread went without a frame meanwhile, and per-jump layout time while scrolling;</li>
 *   <li>{@code entities [HOME]}: JVM start → first paint of the seed, → the first layout pass with entities listed and
 *       highlighted (the first part's), → the one with all of them. With an empty or new HOME the models load first;
 *       run it again with the same HOME for the cached case. Also when {@code start} was called, the window made and
 *       shown, and the CPU used by the first paint ({@link CpuAtPaint}).</li>
 * </ul>
 * Each mode is meant to run in a fresh JVM (cold start); it prints one line of results and exits.
 */
public final class StartupBench {
    static final int LARGE_BYTES = 5 * 1024 * 1024;

    private StartupBench() {
    }

    public static void main(String[] args) {
        String mode = args.length == 0 ? "reader" : args[0];
        switch (mode) {
            case "bare" -> Application.launch(BareApp.class);
            case "reader", "large", "entities" -> {
                // as the application does: the data folder is read while JavaFX starts
                ReaderApp.home = args[0].equals("entities") && args.length > 1 ? Path.of(args[1]) : temporaryHome();
                ReaderApp.services = WindowServices.open(new AppHome(ReaderApp.home), List.of(), Path.of(mode.equals("large") ? "no-seeds" : "seeds"));
                Application.launch(ReaderApp.class, args);
            }
            default -> throw new IllegalArgumentException("mode: bare | reader | large | entities [HOME]");
        }
    }

    static double msSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    static void report(String line) {
        System.out.println(line);
        System.out.flush();
        Platform.exit();
    }

    public static final class BareApp extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("NewsLens"), 1240, 860);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                double ms = msSinceJvmStart();
                String cpu = CpuAtPaint.now();
                Platform.runLater(() -> report(String.format(Locale.ROOT, "bare first-paint-ms=%.0f %s", ms, cpu)));
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setScene(scene);
            stage.show();
        }
    }

    static Path temporaryHome() {
        try {
            return Files.createTempDirectory("newslens-bench");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static final class ReaderApp extends Application {
        static Path home;
        static CompletableFuture<WindowServices> services;
        /** When (since the JVM started) {@code start} was called, the window was made, and {@code stage.show()} returned. */
        private static double startMs;
        private static double madeMs;
        private static double shownMs;
        private static String cpuAtPaint = "";
        private FxTaskExecutor executor;

        @Override
        public void start(Stage stage) throws IOException {
            List<String> args = getParameters().getRaw();
            boolean large = args.contains("large");
            startMs = msSinceJvmStart();
            executor = new FxTaskExecutor(2);
            Workbench workbench = new Workbench(services.join(), executor);
            madeMs = msSinceJvmStart();
            Path seeds = large ? home.resolve("no-seeds") : Path.of("seeds");
            workbench.show(stage, List.of(), seeds);
            shownMs = msSinceJvmStart();
            Scene scene = stage.getScene();
            StyleClassedTextArea area = (StyleClassedTextArea) scene.lookup("#article-text");
            if (args.get(0).equals("entities")) {
                watchEntities(scene, area, workbench);
                return;
            }
            if (!large) {
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    if (area.getLength() > 0 && !area.getVisibleParagraphs().isEmpty()) {
                        scene.removePostLayoutPulseListener(once[0]);
                        double ms = msSinceJvmStart();
                        Platform.runLater(() -> report(String.format(Locale.ROOT, "reader first-paint-ms=%.0f chars=%d", ms, area.getLength())));
                    }
                };
                scene.addPostLayoutPulseListener(once[0]);
                return;
            }
            Path big = generate(home.resolve("large.txt"));
            FrameGaps gaps = new FrameGaps();
            gaps.start();
            long[] opened = new long[1];
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                if (area.getLength() > LARGE_BYTES / 2 && !area.getVisibleParagraphs().isEmpty()) {
                    scene.removePostLayoutPulseListener(once[0]);
                    double openMs = (System.nanoTime() - opened[0]) / 1e6;
                    double maxGap = gaps.finish();
                    Platform.runLater(() -> scroll(scene, area, openMs, maxGap));
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
            opened[0] = System.nanoTime();
            workbench.viewModel().open(big);
        }

        /** Prints when the seed is first painted, when its first entities are, and when all of them are. */
        private static void watchEntities(Scene scene, StyleClassedTextArea area, Workbench workbench) {
            double[] at = {-1, -1};
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (at[0] < 0 && area.getLength() > 0 && !area.getVisibleParagraphs().isEmpty()) {
                    at[0] = msSinceJvmStart();
                    cpuAtPaint = CpuAtPaint.now();
                }
                if (at[0] >= 0 && at[1] < 0 && !workbench.entities().items().isEmpty() && scene.lookup("#entities-tree") != null) {
                    at[1] = msSinceJvmStart();
                }
                if (at[1] >= 0 && workbench.entities().analysisProperty().get() != null) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    double all = msSinceJvmStart();
                    Platform.runLater(() -> report(String.format(Locale.ROOT,
                            "entities first-paint-ms=%.0f first-entities-ms=%.0f all-entities-ms=%.0f after-paint-ms=%.0f "
                                    + "start-ms=%.0f made-ms=%.0f shown-ms=%.0f %s",
                            at[0], at[1], all, at[1] - at[0], startMs, madeMs, shownMs, cpuAtPaint)));
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
        }

        /**
         * Scrolls the way a reader does (100 steps of 72 px, about three lines, each timed to the end of its layout pass),
         * then jumps to 20 far-apart places (as search hits and the entity list do).
         */
        private void scroll(Scene scene, StyleClassedTextArea area, double openMs, double maxGapMs) {
            int lines = area.getParagraphs().size();
            List<Double> steps = new ArrayList<>();
            List<Double> jumps = new ArrayList<>();
            int[] step = {0};
            long[] started = new long[1];
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (started[0] != 0) {
                    (step[0] <= 100 ? steps : jumps).add((System.nanoTime() - started[0]) / 1e6);
                }
                if (step[0] == 120) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    System.gc();
                    Runtime rt = Runtime.getRuntime();
                    long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
                    Platform.runLater(() -> report(String.format(Locale.ROOT,
                            "large open-ms=%.0f max-frame-gap-ms=%.0f scroll-step-ms p50=%.1f p95=%.1f jump-ms p50=%.1f max=%.1f lines=%d heap-mb=%d",
                            openMs, maxGapMs, percentile(steps, 50), percentile(steps, 95), percentile(jumps, 50),
                            percentile(jumps, 100), lines, heapMb)));
                    return;
                }
                int n = step[0]++;
                Platform.runLater(() -> {
                    started[0] = System.nanoTime();
                    if (n < 100) {
                        area.scrollYBy(72);
                    } else {
                        area.showParagraphAtTop((int) ((long) n * 7919 % lines));
                    }
                    area.requestLayout();
                });
            };
            scene.addPostLayoutPulseListener(listener[0]);
            area.requestLayout();
        }

        static double percentile(List<Double> values, int p) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
        }

        @Override
        public void stop() {
            executor.shutdown();
        }
    }

    /** The longest time between two animation frames while it runs: how long the FX thread was blocked. */
    static final class FrameGaps extends AnimationTimer {
        private long last;
        private long max;

        @Override
        public void handle(long now) {
            if (last != 0) {
                max = Math.max(max, now - last);
            }
            last = now;
        }

        double finish() {
            super.stop();
            return max / 1e6;
        }
    }

    /** About 5 MB of English-looking prose in paragraphs of 40–160 words, the same every run. */
    static Path generate(Path file) throws IOException {
        String[] words = ("the of and to in a is that for on was with as by at from it his an were are which this be "
                + "government minister said people country city forces week officials report year market river police "
                + "election council border refugees village troops talks agreement president capital million percent")
                .split(" ");
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(LARGE_BYTES + 1000);
        text.append("A very long article\n\n");
        while (text.length() < LARGE_BYTES) {
            int n = 40 + random.nextInt(120);
            for (int i = 0; i < n; i++) {
                String w = words[random.nextInt(words.length)];
                text.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
                text.append(i == n - 1 ? ".\n\n" : random.nextInt(12) == 0 ? ", " : " ");
            }
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
