package org.newslens.bench;

import com.brunomnsilva.smartgraph.graph.Graph;
import com.brunomnsilva.smartgraph.graph.GraphEdgeList;
import com.brunomnsilva.smartgraph.graph.Vertex;
import com.brunomnsilva.smartgraph.graphview.ForceDirectedSpringGravityLayoutStrategy;
import com.brunomnsilva.smartgraph.graphview.SmartCircularSortedPlacementStrategy;
import com.brunomnsilva.smartgraph.graphview.SmartGraphPanel;
import com.brunomnsilva.smartgraph.graphview.SmartGraphProperties;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.newslens.library.CooccurrenceGraph;
import org.newslens.nlp.EntityLabel;
import org.newslens.ui.graph.GraphCanvas;
import org.newslens.ui.graph.VisibleGraph;

/**
 * Frame time of the two ways to draw the graph view, on 500 nodes and 5,000 links (run by hand on a display, not a
 * test): our {@link GraphCanvas} (one Canvas redrawn per frame, {@code ForceLayout} stepped within a budget) against
 * SmartGraph 2.3.0 (a scene-graph node per vertex, edge and label, its own force layout on every pulse). Each view is
 * shown in a 1200×800 window; the time between pulses is recorded while its layout runs and then while the settled
 * drawing is moved on every frame (a node dragged), alternating the two views {@code --rounds} times.
 *
 * <pre>
 * Xvfb :105 -screen 0 1280x900x24 -nolisten tcp &amp;
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * DISPLAY=:105 java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.newslens.bench.GraphDrawBench [--rounds 3] [--seconds 6]
 * </pre>
 */
public final class GraphDrawBench {
    private static final int NODES = 500;
    private static final int LINKS = 5000;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 && args[0].equals("--rounds") ? Integer.parseInt(args[1]) : 3;
        double seconds = args.length > 3 && args[2].equals("--seconds") ? Double.parseDouble(args[3]) : 6;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        VisibleGraph graph = graph();
        System.out.printf(Locale.ROOT, "java %s, %d cores, %d nodes, %d links, %.0f s a phase%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), graph.nodes().size(), graph.edges().size(), seconds);
        List<double[]> canvasLayout = new ArrayList<>();
        List<double[]> canvasMove = new ArrayList<>();
        List<double[]> smartLayout = new ArrayList<>();
        List<double[]> smartMove = new ArrayList<>();
        List<double[]> empty = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            runEmpty(seconds, empty);
            runCanvas(graph, seconds, canvasLayout, canvasMove);
            runSmartGraph(graph, seconds, smartLayout, smartMove);
        }
        report("reference: an empty Canvas cleared every frame", empty);
        report("Canvas + ForceLayout, layout running", canvasLayout);
        report("Canvas, settled, a node dragged every frame", canvasMove);
        report("SmartGraph 2.3.0, layout running", smartLayout);
        report("SmartGraph 2.3.0, layout off, a vertex moved every frame", smartMove);
        Platform.exit();
    }

    /** 500 nodes of the five categories; 5,000 distinct links, more among neighbours (clusters), weights 1–8. */
    static VisibleGraph graph() {
        Random random = new Random(14);
        List<CooccurrenceGraph.Node> nodes = new ArrayList<>();
        EntityLabel[] labels = EntityLabel.values();
        for (int i = 0; i < NODES; i++) {
            nodes.add(new CooccurrenceGraph.Node("n" + i, "Entity " + i, labels[i % labels.length].exportName(), 1 + random.nextInt(200), 1));
        }
        List<CooccurrenceGraph.Edge> edges = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        while (edges.size() < LINKS) {
            int a = random.nextInt(NODES);
            int b = random.nextDouble() < 0.7 ? (a + 1 + random.nextInt(20)) % NODES : random.nextInt(NODES);
            if (a != b && seen.add((long) Math.min(a, b) << 32 | Math.max(a, b))) {
                edges.add(new CooccurrenceGraph.Edge("n" + a, "n" + b, 1 + random.nextInt(8), List.of()));
            }
        }
        return VisibleGraph.of(new CooccurrenceGraph(nodes, edges), EnumSet.allOf(EntityLabel.class), 1);
    }

    private static void runCanvas(VisibleGraph graph, double seconds, List<double[]> layout, List<double[]> move) throws Exception {
        GraphCanvas canvas = onFx(GraphCanvas::new);
        Stage stage = show(canvas);
        onFx(() -> {
            canvas.show(graph, 42);
            return null;
        });
        layout.add(pulses(seconds, null));
        int[] frame = {0};
        move.add(pulses(seconds, () -> {
            frame[0]++;
            canvas.moveNode(0, 200 * Math.cos(frame[0] / 20.0), 200 * Math.sin(frame[0] / 20.0));
        }));
        onFx(() -> {
            canvas.stop();
            stage.close();
            return null;
        });
    }

    /** The reference: what a frame of a window this size costs with nothing drawn but the background. */
    private static void runEmpty(double seconds, List<double[]> out) throws Exception {
        javafx.scene.canvas.Canvas canvas = onFx(() -> new javafx.scene.canvas.Canvas(1200, 800));
        Stage stage = show(new javafx.scene.layout.Pane(canvas));
        int[] frame = {0};
        out.add(pulses(seconds, () -> {
            var g = canvas.getGraphicsContext2D();
            g.setFill(javafx.scene.paint.Color.gray((++frame[0] % 2) * 0.01 + 0.98));
            g.fillRect(0, 0, 1200, 800);
        }));
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    private static void runSmartGraph(VisibleGraph graph, double seconds, List<double[]> layout, List<double[]> move) throws Exception {
        Path css = Files.createTempFile("smartgraph", ".css");
        Files.writeString(css, ".graph { -fx-background-color: white; }\n"
                + ".vertex { -fx-stroke-width: 1.5; -fx-stroke: #0072b2; -fx-fill: #56b4e955; }\n"
                + ".vertex-label { -fx-font: 11px sans-serif; }\n"
                + ".edge { -fx-stroke-width: 1; -fx-stroke: #57606a55; }\n");
        String properties = "vertex.allow-user-move = true\nvertex.radius = 8\nvertex.shape = circle\nvertex.tooltip = false\n"
                + "vertex.label = true\nedge.tooltip = false\nedge.label = false\nedge.arrow = false\nedge.arrowsize = 5\n"
                + "layout.repulsive-force = 25000\nlayout.attraction-force = 30\nlayout.attraction-scale = 10\n";
        SmartGraphPanel<Integer, String> panel = onFx(() -> {
            Graph<Integer, String> g = new GraphEdgeList<>();
            List<Vertex<Integer>> vertices = new ArrayList<>();
            for (int i = 0; i < graph.nodes().size(); i++) {
                vertices.add(g.insertVertex(i));
            }
            for (int e = 0; e < graph.edges().size(); e++) {
                g.insertEdge(vertices.get(graph.from()[e]), vertices.get(graph.to()[e]), "e" + e);
            }
            return new SmartGraphPanel<>(g, new SmartGraphProperties(properties), new SmartCircularSortedPlacementStrategy(),
                    css.toUri(), new ForceDirectedSpringGravityLayoutStrategy<>());
        });
        Stage stage = show(panel);
        onFx(() -> {
            panel.init();
            panel.setAutomaticLayout(true);
            return null;
        });
        layout.add(pulses(seconds, null));
        onFx(() -> {
            panel.setAutomaticLayout(false);
            return null;
        });
        Vertex<Integer> first = panel.getModel().vertices().iterator().next();
        int[] frame = {0};
        move.add(pulses(seconds, () -> {
            frame[0]++;
            panel.setVertexPosition(first, 600 + 200 * Math.cos(frame[0] / 20.0), 400 + 200 * Math.sin(frame[0] / 20.0));
        }));
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    private static Stage show(Parent root) throws Exception {
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(root, 1200, 800));
            s.show();
            return s;
        });
        Thread.sleep(500);
        return stage;
    }

    /**
     * Per frame over {@code seconds}, running {@code perFrame} on each: milliseconds between successive pulses, then the
     * CPU milliseconds the FX thread and the renderer thread spent on it (load-proof: a busy machine stretches the
     * gaps, not the CPU a frame costs).
     */
    private static double[] pulses(double seconds, Runnable perFrame) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long renderer = Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds())).filter(java.util.Objects::nonNull)
                .filter(t -> t.getThreadName().startsWith("QuantumRenderer")).mapToLong(ThreadInfo::getThreadId).findFirst().orElse(-1);
        List<Long> stamps = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        long end = System.nanoTime() + (long) (seconds * 1e9);
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stamps.add(System.nanoTime());
                cpu.add(threads.getCurrentThreadCpuTime() + (renderer < 0 ? 0 : threads.getThreadCpuTime(renderer)));
                if (perFrame != null) {
                    perFrame.run();
                }
                if (System.nanoTime() > end) {
                    stop();
                    done.countDown();
                }
            }
        };
        Platform.runLater(timer::start);
        done.await(Math.round(seconds * 10), TimeUnit.SECONDS);
        int frames = Math.max(0, stamps.size() - 1);
        double[] out = new double[2 * frames];
        for (int i = 1; i < stamps.size(); i++) {
            out[i - 1] = (stamps.get(i) - stamps.get(i - 1)) / 1e6;
            out[frames + i - 1] = (cpu.get(i) - cpu.get(i - 1)) / 1e6;
        }
        return out;
    }

    private static void report(String what, List<double[]> runs) {
        double[] gaps = runs.stream().flatMapToDouble(r -> Arrays.stream(r, 0, r.length / 2)).sorted().toArray();
        double[] cpu = runs.stream().flatMapToDouble(r -> Arrays.stream(r, r.length / 2, r.length)).sorted().toArray();
        if (gaps.length == 0) {
            System.out.printf(Locale.ROOT, "%-58s no frames%n", what);
            return;
        }
        double total = Arrays.stream(gaps).sum();
        System.out.printf(Locale.ROOT, "%-58s frames %5d  gap median %7.1f ms p95 %7.1f ms  %5.1f fps | CPU/frame (FX+render) median %6.1f ms p95 %6.1f ms%n",
                what, gaps.length, gaps[gaps.length / 2], p95(gaps), gaps.length / (total / 1000), cpu[cpu.length / 2], p95(cpu));
    }

    private static double p95(double[] sorted) {
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * 0.95) - 1))];
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
