package org.newslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
    @Test
    void theValueIsMadeOnceWhateverTheThreadsAsking() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Lazy<Object> lazy = new Lazy<>(() -> {
            made.incrementAndGet();
            return new Object();
        });
        assertFalse(lazy.isMade());
        CountDownLatch start = new CountDownLatch(1);
        List<Object> seen = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                seen.add(lazy.get());
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(1, made.get());
        assertTrue(lazy.isMade());
        seen.forEach(v -> assertSame(lazy.get(), v));
    }

    @Test
    void aMakerThatFailsIsTriedAgain() {
        AtomicInteger calls = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("not yet");
            }
            return "ready";
        });
        assertThrows(IllegalStateException.class, lazy::get);
        assertFalse(lazy.isMade());
        assertEquals("ready", lazy.get());
    }
}
