package org.newslens.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The guard that keeps core services off the FX thread. */
@ExtendWith(ApplicationExtension.class)
class OffFxThreadTest {
    private final OffFxThread guard = new OffFxThread();
    private final IntSupplier slowService = guard.guard(IntSupplier.class, () -> 42);

    @Test
    void aServiceCalledOnTheFxThreadFailsAndIsRecorded() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> WaitForAsyncUtils.asyncFx(slowService::getAsInt).get());

        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertTrue(e.getCause().getMessage().contains("IntSupplier.getAsInt was called on the FX thread"), e.getCause().getMessage());
        assertEquals(1, guard.violations().size());
    }

    @Test
    void onAWorkerTheServiceAnswers() {
        assertEquals(42, slowService.getAsInt());
        assertEquals(List.of(), guard.violations());
    }

    @Test
    void theServiceIsReachedOnlyWhenCalledSoItMayStillBeOpening() {
        int[] opened = {0};
        IntSupplier late = guard.guardOpening(IntSupplier.class, () -> {
            opened[0]++;
            return () -> 7;
        });
        assertEquals(0, opened[0]);
        assertEquals(7, late.getAsInt());
        assertEquals(1, opened[0]);
    }
}
