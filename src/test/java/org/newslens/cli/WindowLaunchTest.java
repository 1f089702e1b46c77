package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.Main;

/** The window launched from the class path (as {@code java -jar}) where it cannot open: one line, no stack trace, no JavaFX warning. */
class WindowLaunchTest {
    @TempDir
    Path home;

    @Test
    void withoutADisplayTheWindowSaysSoInOneLine() throws Exception {
        ProcessBuilder pb = JavaProcess.builder(home, Main.class);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        JavaProcess.Result r = JavaProcess.run(pb, null);
        assertEquals(1, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("newslens: cannot open the window: "), r.err());
    }
}
