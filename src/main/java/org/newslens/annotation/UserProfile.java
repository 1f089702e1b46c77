package org.newslens.annotation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.newslens.app.AppHome;
import org.newslens.app.Json;

/**
 * Who writes the annotations and in what language: the W3C {@code creator} of new annotations and the
 * {@code language} of their notes. Taken, first found first: the command line's {@code --user-name}; the
 * data directory's {@code user.json} ({@code {"name": "…", "language": "en"}}); the environment
 * ({@code NEWSLENS_USER_NAME}, {@code NEWSLENS_LANGUAGE}); the operating system's user name and locale.
 *
 * @param name     shown as the creator; null when nothing is known
 * @param language a BCP 47 language tag for notes, or null
 */
public record UserProfile(String name, String language) {
    public static final String FILE_NAME = "user.json";
    public static final String NAME_ENV = "NEWSLENS_USER_NAME";
    public static final String LANGUAGE_ENV = "NEWSLENS_LANGUAGE";

    public UserProfile {
        name = blankToNull(name);
        language = blankToNull(language);
    }

    /** No creator and no language: what a codec made without a profile writes. */
    public static UserProfile unknown() {
        return new UserProfile(null, null);
    }

    /** The profile for this run; {@code nameOption} (the command line's) wins when given. */
    public static UserProfile load(AppHome home, String nameOption) {
        return load(home.root().resolve(FILE_NAME), nameOption, System.getenv(),
                System.getProperty("user.name"), Locale.getDefault().toLanguageTag());
    }

    static UserProfile load(Path file, String nameOption, Map<String, String> env, String osUser, String osLanguage) {
        JsonNode stored = readQuietly(file);
        String name = firstOf(nameOption, stored.path("name").asText(null), env.get(NAME_ENV), osUser);
        String language = firstOf(stored.path("language").asText(null), env.get(LANGUAGE_ENV),
                "und".equals(osLanguage) ? null : osLanguage);
        return new UserProfile(name, language);
    }

    /** Saves the name (and language) to the data directory's {@code user.json}. */
    public void save(AppHome home) throws IOException {
        ObjectMapper mapper = Json.mapper();
        var node = mapper.createObjectNode();
        if (name != null) {
            node.put("name", name);
        }
        if (language != null) {
            node.put("language", language);
        }
        org.newslens.app.AtomicFiles.write(home.root().resolve(FILE_NAME), mapper.writeValueAsBytes(node));
    }

    private static JsonNode readQuietly(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) < 64 * 1024
                    ? Json.mapper().readTree(file.toFile()) : Json.mapper().missingNode();
        } catch (IOException e) {
            return Json.mapper().missingNode(); // a damaged profile only loses the creator's name
        }
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
