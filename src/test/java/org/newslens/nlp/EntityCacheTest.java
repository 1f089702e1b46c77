package org.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9.4: a save of a big article's entities killed half-way leaves a truncated temporary; the next open removes it. */
class EntityCacheTest {
    @TempDir
    Path dir;

    @Test
    void aTemporaryLeftByAKilledSaveIsRemovedWhenTheCacheOpens() throws Exception {
        Path killed = Files.writeString(dir.resolve(".0a1b.json.4821937.tmp"), "{\"version\":\"x\",\"analysis\":{\"menti");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path inProgress = Files.writeString(dir.resolve(".0c2d.json.99120.tmp"), "{\"version\"");
        Path entry = Files.writeString(dir.resolve("0a1b.json"), "{}");

        new EntityCache(dir);

        assertFalse(Files.exists(killed), "the killed writer's temporary");
        assertTrue(Files.exists(inProgress), "a write in progress elsewhere is left alone");
        assertTrue(Files.exists(entry));
    }
}
