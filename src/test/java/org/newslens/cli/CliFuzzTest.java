package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.Json;
import org.newslens.article.ArticleLoader;

/**
 * Issue 9's fuzz test: a few hundred generated articles, annotation ranges, queries and import files from a
 * fixed seed, run through the command line in-process. Every call ends with exit 0, or exit 2 and exactly one
 * line on stderr; {@code info}'s paragraphs rebuild the text its {@code sha256} names; every annotation acknowledged
 * is listed afterwards. Data-directory state goes to NEWSLENS_HOME (target/test-home), each article a new text.
 */
class CliFuzzTest {
    private static final long SEED = 20261203L;
    private static final int ARTICLES = 200;
    private static final int QUERIES = 150;
    private static final int IMPORTS = 120;

    private static final String[] WORDS = {"Merkel", "met", "Macron", "in", "Paris", "Taliban", "Kabul", "the", "ferry",
            "Tromsø", "Genève", "über", "naïve", "東京", "Москва", "القاهرة", "😀", "👩‍👩‍👧", "3.5%", "$1,000", "2001",
            "O'Brien", "“quoted”", "—", "e\u0301", "\u200b", "<b>", "&amp;", "*a", "_x_", "[l](javascript:x)", "#", "|", "\\"};
    private static final String[] SEPARATORS = {" ", " ", " ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\t", "  ", "\u00a0"};

    @TempDir
    Path dir;

    private final Random random = new Random(SEED);
    private final List<String> problems = new ArrayList<>();

    @Test
    void generatedInputsExitZeroOrTwoAndLoseNothing() throws Exception {
        List<Path> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            Path file = dir.resolve("article-" + i + extension());
            Files.write(file, articleBytes(i, file.toString()));
            CliRun info = call("info", file.toString());
            if (info.exitCode() == 0) {
                checkInfo(file, info.out());
                articles.add(file);
            }
        }
        assertTrue(articles.size() > ARTICLES / 2, "most generated articles load: " + articles.size());

        for (Path file : articles.subList(0, 60)) {
            annotateAndList(file);
        }
        sameTextInEveryCommand(articles.subList(60, 80));
        for (int i = 0; i < IMPORTS; i++) {
            Path json = dir.resolve("import-" + i + ".json");
            Files.writeString(json, importFile(), StandardCharsets.UTF_8);
            call("annotate", articles.get(i % 20).toString(), "import", json.toString());
        }
        Path searched = articles.get(0);
        for (int i = 0; i < QUERIES; i++) {
            call("search", searched.toString(), "--", query());
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s):\n" + String.join("\n", problems));
        }
    }

    /** Runs the command; exit 0, or exit 2 with one line on stderr, else a problem is noted. */
    private CliRun call(String... args) {
        CliRun run = CliRun.of(args);
        boolean ok = run.exitCode() == 0
                || run.exitCode() == 2 && run.err().strip().lines().count() == 1 && run.err().startsWith("newslens: ");
        if (!ok) {
            problems.add(String.join(" ", args) + " -> exit " + run.exitCode() + ": " + run.err().strip());
        }
        return run;
    }

    private void checkInfo(Path file, String out) throws Exception {
        JsonNode info = Json.mapper().readTree(out);
        StringBuilder text = new StringBuilder();
        int expectedStart = 0;
        for (JsonNode p : info.get("paragraphs")) {
            if (text.length() > 0) {
                text.append("\n\n");
                expectedStart += 2;
            }
            String paragraph = p.get("text").asText();
            if (p.get("start").asInt() != expectedStart || p.get("end").asInt() != expectedStart + paragraph.length()) {
                problems.add("info " + file + ": paragraph " + p.get("number") + " at " + p.get("start") + ".." + p.get("end")
                        + ", expected " + expectedStart + ".." + (expectedStart + paragraph.length()));
                return;
            }
            text.append(paragraph);
            expectedStart += paragraph.length();
        }
        if (!ArticleLoader.sha256(text.toString()).equals(info.get("sha256").asText())) {
            problems.add("info " + file + ": the paragraphs do not rebuild the text its sha256 names");
        }
        String loaded = new ArticleLoader().load(file).text();
        if (!loaded.contentEquals(text)) {
            problems.add("info " + file + ": the paragraphs differ from the text as loaded");
        }
    }

    /**
     * `entities` offsets point into the very text `info` describes (issue 9.7: one extraction for every command).
     * One `entities` call for all the files: the entity models load once (twenty calls loaded them twenty times,
     * most of the test's time), and every file's text and mentions are still checked.
     */
    private void sameTextInEveryCommand(List<Path> files) throws Exception {
        Map<String, String> shaByFile = new HashMap<>();
        for (Path file : files) {
            CliRun info = call("info", file.toString());
            if (info.exitCode() == 0) {
                shaByFile.put(file.toString(), Json.mapper().readTree(info.out()).get("sha256").asText());
            }
        }
        List<String> args = new ArrayList<>(List.of("entities", "--with-text"));
        files.forEach(f -> args.add(f.toString()));
        CliRun entities = call(args.toArray(String[]::new));
        if (entities.exitCode() != 0) {
            return;
        }
        JsonNode all = Json.mapper().readTree(entities.out());
        if (all.size() != files.size()) {
            problems.add("entities: " + all.size() + " results for " + files.size() + " files");
        }
        for (JsonNode e : all) {
            String file = e.get("file").asText();
            String text = e.get("text").asText();
            String sha = shaByFile.get(file);
            if (sha == null || !sha.equals(e.get("sha256").asText()) || !sha.equals(ArticleLoader.sha256(text))) {
                problems.add("entities " + file + ": not the text info describes");
                continue;
            }
            for (JsonNode m : e.get("mentions")) {
                int start = m.get("start").asInt();
                int end = m.get("end").asInt();
                if (start < 0 || end > text.length() || start >= end || !text.substring(start, end).equals(m.get("text").asText())) {
                    problems.add("entities " + file + ": mention " + m + " does not quote the text");
                }
            }
        }
    }

    private void annotateAndList(Path file) throws Exception {
        String text = new ArticleLoader().load(file).text();
        int acknowledged = 0;
        for (int k = 0; k < 4; k++) {
            int start = random.nextInt(text.length() + 4) - 2;
            int end = start + random.nextInt(12) - 1;
            CliRun add = call("annotate", file.toString(), "add", "--start", "" + start, "--end", "" + end,
                    "--note", pick(WORDS) + "\r\r# " + pick(WORDS), "--tag", pick(WORDS));
            if (add.exitCode() == 0) {
                acknowledged++;
            }
        }
        CliRun list = call("annotate", file.toString(), "list");
        long listed = list.out().lines().filter(l -> l.matches("\\d+\\.\\.\\d+ .*") || l.startsWith("  was ")).count();
        if (list.exitCode() == 0 && listed != acknowledged) {
            problems.add("annotate " + file + ": " + acknowledged + " acknowledged, " + listed + " listed");
        }
    }

    private String extension() {
        return switch (random.nextInt(6)) {
            case 0 -> ".md";
            case 1 -> ".html";
            case 2 -> ".htm";
            default -> ".txt";
        };
    }

    private byte[] articleBytes(int i, String name) {
        StringBuilder sb = new StringBuilder();
        int kind = random.nextInt(10);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            sb.append("<html><head><title>").append(pick(WORDS)).append("</title></head><body>");
            for (int p = 0; p < 1 + random.nextInt(6); p++) {
                sb.append(random.nextBoolean() ? "<div><p>" : "<p>").append(words(3 + random.nextInt(30)))
                        .append(random.nextBoolean() ? "</p></div>" : "</p>");
            }
            sb.append("<script>var x = '").append(pick(WORDS)).append("';</script></body></html>");
        } else if (name.endsWith(".md")) {
            sb.append("# ").append(words(4)).append("\n\n");
            for (int p = 0; p < 1 + random.nextInt(6); p++) {
                sb.append(random.nextBoolean() ? "- " : "> ").append(words(3 + random.nextInt(30))).append("\n\n");
            }
        } else {
            for (int p = 0; p < 1 + random.nextInt(8); p++) {
                sb.append(words(1 + random.nextInt(40))).append(pick(SEPARATORS)).append(pick(SEPARATORS));
            }
        }
        // each article a text of its own (annotations are kept per text): the mark goes where every format keeps it
        String mark = " case " + i + " " + SEED + " " + System.nanoTime() + " ";
        int body = sb.indexOf("<p>");
        if (body >= 0) {
            sb.insert(body + 3, mark);
        } else {
            sb.append(mark);
        }
        byte[] bytes = sb.toString().getBytes(kind == 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8);
        if (kind == 1 && bytes.length > 10) {
            bytes[random.nextInt(bytes.length)] = 0; // a NUL byte somewhere
        }
        if (kind == 2) {
            return new byte[0];
        }
        if (kind == 3) {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] all = new byte[bom.length + bytes.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(bytes, 0, all, bom.length, bytes.length);
            return all;
        }
        return bytes;
    }

    private String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < n; w++) {
            sb.append(w == 0 ? "" : " ").append(pick(WORDS));
        }
        return sb.toString();
    }

    private String query() {
        String[] parts = {"merkel", "\"paris kabul\"", "/[/", "/a{1000000}/", "(((", ")", "person:", "place:paris", "entity:",
                "nosuchfield:x", "-taliban", "NOT", "AND", "OR", "*", "?", "~", "ferr*", "macron~", "\"a b\"~5", "\\", "\"",
                "東京", "😀", "[a TO z]", "{", "^2", "&&", "||", "!", ":", "a:b:c", "10\\:30", "((a))"};
        int n = 1 + random.nextInt(4);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(parts[random.nextInt(parts.length)]);
        }
        if (random.nextInt(30) == 0) {
            sb.append("(".repeat(3000));
        }
        return sb.toString();
    }

    private String importFile() {
        int start = random.nextInt(50);
        String item = String.format(Locale.ROOT, "{\"type\":\"Annotation\",\"id\":\"urn:uuid:%s\",\"body\":%s,"
                        + "\"target\":{\"selector\":[{\"type\":\"TextPositionSelector\",\"start\":%d,\"end\":%d},"
                        + "{\"type\":\"TextQuoteSelector\",\"exact\":\"%s\"}]}}",
                random.nextInt(5) == 0 ? "same" : Long.toHexString(random.nextLong()),
                random.nextBoolean() ? "[]" : "{\"type\":\"TextualBody\",\"value\":\"n\"}",
                start, start + random.nextInt(20) - 2, pick(WORDS).replace("\\", "\\\\").replace("\"", "\\\""));
        return switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> "{\"type\":\"AnnotationCollection\",\"first\":{\"items\":[" + item + "," + item + "]}}";
            case 2 -> "[" + item + "]";
            case 3 -> item.substring(0, random.nextInt(item.length()));
            case 4 -> "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"AnnotationPage\",\"items\":[" + item + "]}";
            default -> item;
        };
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
