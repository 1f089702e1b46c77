package org.newslens.annotation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Reads annotations written by any tool into NewsLens annotations, one outcome per annotation, never
 * all-or-nothing: W3C Web Annotations (a collection, a page, a list or one annotation; {@code body} or
 * {@code bodyValue}; several bodies and targets; TextQuote-, TextPosition- and RangeSelectors, also inside
 * {@code refinedBy}) and Hypothesis (its client's export file and its API's annotation objects and search
 * results). What a target selects must reduce to text: a quote, offsets, or a range of those.
 * Annotations without any selector become notes on the whole article; replies keep their parent's id.
 */
public final class AnnotationReader {
    /** Most annotations one file may hold. */
    public static final int MAX_ANNOTATIONS = 20_000;
    /** Longest quote, note or tag kept; longer ones are reported, not imported. */
    public static final int MAX_TEXT = 100_000;

    /** Largest file read for an import. */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    /** Deepest JSON nesting read (W3C and Hypothesis annotations need fewer than 10 levels). */
    public static final int MAX_NESTING = 64;

    /** One annotation of the file that was not imported, and why (one line); {@code duplicate}: its id came earlier. */
    public record Skipped(String id, String reason, boolean duplicate) {
        public Skipped(String id, String reason) {
            this(id, reason, false);
        }
    }

    /** The annotations read, those skipped with their reason, and warnings about ones read with a change. */
    public record Result(List<Annotation> annotations, List<Skipped> skipped, List<String> warnings) {
        public Result {
            annotations = List.copyOf(annotations);
            skipped = List.copyOf(skipped);
            warnings = List.copyOf(warnings);
        }
    }

    private final String text;
    private final String articleSource;
    private final Instant now;
    private final HypothesisShape hypothesis = new HypothesisShape();

    /**
     * @param text          the article's text (offsets-only targets take their quote from it; RangeSelectors
     *                      of quotes are resolved in it); null when reading NewsLens's own stored file
     * @param articleSource the source given to imported notes on the whole article
     * @param now           used for missing created/modified times
     */
    public AnnotationReader(String text, String articleSource, Instant now) {
        this.text = text;
        this.articleSource = articleSource;
        this.now = now;
    }

    /**
     * Parses an import file within bounds: at most {@link #MAX_FILE_BYTES} bytes (read lazily, so a huge
     * stream stops there) and {@link #MAX_NESTING} levels deep.
     *
     * @throws AnnotationFormatException with one line for the user when the file is too big, too deep or not JSON
     */
    public static JsonNode parse(ObjectMapper mapper, InputStream in) throws IOException, AnnotationFormatException {
        JsonFactory factory = mapper.getFactory().copy();
        factory.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                .maxStringLength(8 * MAX_TEXT).maxNumberLength(100).build());
        ObjectMapper bounded = new ObjectMapper(factory);
        try (InputStream limited = new BoundedInputStream(in, MAX_FILE_BYTES)) {
            return bounded.readTree(limited);
        } catch (BoundedInputStream.TooBigException e) {
            throw new AnnotationFormatException("the file is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                    + " MB; split it into smaller files", e);
        } catch (StreamConstraintsException e) {
            throw new AnnotationFormatException("the file is beyond what an annotation file needs: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new AnnotationFormatException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @throws AnnotationFormatException when the file as a whole is not annotations of any known shape
     */
    public Result read(JsonNode root) throws AnnotationFormatException {
        List<JsonNode> items = items(root);
        if (items.size() > MAX_ANNOTATIONS) {
            throw new AnnotationFormatException("the file holds " + items.size() + " annotations; at most "
                    + MAX_ANNOTATIONS + " are imported at once (split the file)");
        }
        List<Annotation> out = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode item : items) {
            JsonNode w3c = hypothesis.isHypothesis(item) ? hypothesis.toW3c(item) : item;
            String id = idOf(w3c);
            if (id != null && !seen.add(id)) {
                skipped.add(new Skipped(id, "the same id appears earlier in the file; the first one was kept", true));
                continue;
            }
            try {
                List<Annotation> read = readOne(w3c, id, warnings, skipped);
                out.addAll(read);
            } catch (AnnotationFormatException e) {
                skipped.add(new Skipped(id == null ? "(no id)" : id, e.getMessage()));
            }
        }
        return new Result(out, skipped, warnings);
    }

    private List<JsonNode> items(JsonNode root) throws AnnotationFormatException {
        List<JsonNode> out = new ArrayList<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new AnnotationFormatException("the file is empty");
        }
        JsonNode list;
        if (root.isArray()) {
            list = root;
        } else if (root.isObject() && root.has("annotations")) {
            list = root.get("annotations"); // Hypothesis client export {export_date, annotations: […]}
        } else if (root.isObject() && root.has("rows")) {
            list = root.get("rows"); // Hypothesis API search result
        } else if (root.isObject() && root.path("first").isObject()) {
            list = root.path("first").path("items");
        } else if (root.isObject() && root.path("first").isTextual()) {
            throw new AnnotationFormatException("the collection's pages are elsewhere (" + root.path("first").asText()
                    + "); NewsLens does not fetch them: save a page with its items");
        } else if (root.isObject() && root.has("items")) {
            list = root.get("items");
        } else if (root.isObject() && (root.has("target") || hypothesis.isHypothesis(root))) {
            return List.of(root);
        } else if (root.isObject() && "AnnotationCollection".equals(root.path("type").asText()) && root.path("total").asInt(-1) == 0) {
            return List.of();
        } else {
            throw new AnnotationFormatException("not W3C Web Annotations or a Hypothesis export (no items, annotations or target)");
        }
        if (!list.isArray()) {
            throw new AnnotationFormatException("the list of annotations is not a list");
        }
        list.forEach(out::add);
        return out;
    }

    private static String idOf(JsonNode item) {
        String id = item.path("id").asText(item.path("@id").asText(""));
        return id.isBlank() ? null : id;
    }

    /** One annotation per target that reduces to text; one article note when no target has a selector. */
    private List<Annotation> readOne(JsonNode node, String givenId, List<String> warnings, List<Skipped> skipped)
            throws AnnotationFormatException {
        if (!node.isObject()) {
            throw new AnnotationFormatException("not a JSON object but " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        String id = givenId != null ? givenId : "urn:uuid:" + UUID.randomUUID();
        String where = givenId != null ? givenId : "an annotation without id";
        Instant created = Dates.instant(node.path("created"), now, where);
        Instant modified = Dates.instant(node.path("modified"), created, where);
        Bodies bodies = Bodies.read(node, where, warnings);
        String creator = creator(node.path("creator"));
        List<JsonNode> targets = asList(node.path("target"));
        if (targets.isEmpty()) {
            throw new AnnotationFormatException("has no target");
        }
        boolean reply = asList(node.path("motivation")).stream().anyMatch(m -> "replying".equals(m.asText()));
        List<Annotation> out = new ArrayList<>();
        List<String> unplaceable = new ArrayList<>();
        int withSelector = 0;
        for (JsonNode target : targets) {
            TextTarget t = TextTarget.read(target, text, where);
            if (t.selectorTypes().isEmpty()) {
                continue;
            }
            withSelector++;
            if (t.quote() == null) {
                unplaceable.add(t.problem());
                continue;
            }
            String thisId = out.isEmpty() ? id : id + "#target-" + (out.size() + 1);
            HighlightColour colour = colour(t.styleClass(), bodies, where, warnings);
            out.add(new Annotation(thisId, created, modified, bodies.note(), bodies.tags(), colour,
                    t.source() != null ? t.source() : articleSource, t.position(), t.quote(), bodies.format(),
                    bodies.links(), creator, null));
        }
        if (withSelector == 0) {
            TextTarget first = TextTarget.read(targets.get(0), text, where);
            if (first.styleClass() != null) {
                colour(first.styleClass(), bodies, where, warnings); // a note on the article has no colour, but say so
            }
            String parent = reply ? iri(targets.get(0)) : null;
            out.add(Annotation.articleNote(id, created, modified, bodies.note(), bodies.format(), bodies.tags(), bodies.links(),
                    articleSource, creator, parent));
            return out;
        }
        if (out.isEmpty()) {
            throw new AnnotationFormatException(unplaceable.get(0));
        }
        for (int i = 0; i < unplaceable.size(); i++) {
            skipped.add(new Skipped(id + " (another target)", unplaceable.get(i)));
        }
        return out;
    }

    /** A target's IRI: a reply (motivation "replying") targets the annotation it answers. */
    private static String iri(JsonNode target) {
        String iri = target.isTextual() ? target.asText() : target.path("id").asText(target.path("source").asText(""));
        return iri.isBlank() ? null : iri;
    }

    private HighlightColour colour(String styleClass, Bodies bodies, String where, List<String> warnings) {
        String name = styleClass != null ? styleClass : bodies.colourTag();
        if (name == null) {
            return HighlightColour.YELLOW;
        }
        for (HighlightColour c : HighlightColour.values()) {
            if (c.id().equalsIgnoreCase(name.strip())) {
                return c;
            }
        }
        warnings.add(where + ": colour '" + shorten(name) + "' is not one of " + HighlightColour.allIds() + "; yellow used");
        return HighlightColour.YELLOW;
    }

    static String creator(JsonNode c) {
        if (c.isArray()) {
            return c.isEmpty() ? null : creator(c.get(0));
        }
        if (c.isTextual()) {
            return c.asText();
        }
        if (c.isObject()) {
            for (String key : List.of("name", "nickname", "id")) {
                if (c.path(key).isTextual() && !c.path(key).asText().isBlank()) {
                    return c.path(key).asText();
                }
            }
        }
        return null;
    }

    static List<JsonNode> asList(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        } else if (!node.isMissingNode() && !node.isNull()) {
            out.add(node);
        }
        return out;
    }

    static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 60 ? one : one.substring(0, 57) + "…";
    }
}
