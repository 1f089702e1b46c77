package org.newslens.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.AppHome;
import org.newslens.app.Json;

class UserProfileTest {
    @TempDir
    Path dir;

    @Test
    void optionThenStoredSettingThenEnvironmentThenLogin() throws Exception {
        Path file = dir.resolve(UserProfile.FILE_NAME);
        Map<String, String> env = Map.of(UserProfile.NAME_ENV, "Env Name", UserProfile.LANGUAGE_ENV, "de");
        assertEquals(new UserProfile("login", "fr-FR"), UserProfile.load(file, null, Map.of(), "login", "fr-FR"));
        assertEquals(new UserProfile("Env Name", "de"), UserProfile.load(file, null, env, "login", "fr-FR"));
        new UserProfile("Ada Reader", "en").save(new AppHome(dir));
        assertEquals(new UserProfile("Ada Reader", "en"), UserProfile.load(file, null, env, "login", "fr-FR"));
        assertEquals(new UserProfile("Option", "en"), UserProfile.load(file, "Option", env, "login", "fr-FR"));
        Files.writeString(file, "{not json");
        assertEquals("Env Name", UserProfile.load(file, null, env, "login", "und").name(), "a damaged file only loses its own values");
        assertNull(UserProfile.load(file, null, Map.of(), null, "und").language());
    }

    @Test
    void creatorAndLanguageAreWrittenAndAnImportedCreatorKept() {
        WebAnnotationCodec codec = new WebAnnotationCodec(Json.mapper(), new UserProfile("Ada Reader", "en"));
        Annotation mine = Annotation.create("Some text here.", "file:///a.txt", 0, 4, HighlightColour.BLUE, "note", List.of(),
                Instant.parse("2026-01-01T00:00:00Z")).withCreator("Ada Reader");
        var json = codec.toJson(mine);
        assertEquals("Ada Reader", json.path("creator").path("name").asText());
        assertEquals("Person", json.path("creator").path("type").asText());
        assertEquals("en", json.path("body").get(0).path("language").asText());
        assertEquals("text/plain", json.path("body").get(0).path("format").asText());
        assertEquals("Someone Else", codec.toJson(mine.withCreator("Someone Else")).path("creator").path("name").asText());
    }
}
