package org.newslens.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newslens.annotation.Annotation;

/**
 * The file Hypothesis's client writes when it exports annotations, which its import reads:
 * {@code {export_date, export_userid, client_version, annotations: […]}}, each annotation with
 * {@code id, created, updated, user, user_info.display_name, uri, text, tags, target[{source, selector}],
 * document.title} and, for a reply, {@code references}. The quote goes in as a TextQuoteSelector and a
 * TextPositionSelector; the note is the text (Hypothesis renders Markdown); the colour, which Hypothesis
 * has no place for, is kept as a {@code colour:NAME} tag that NewsLens reads back as the colour.
 */
public final class HypothesisExporter implements Exporter {
    public static final String CLIENT_VERSION = "NewsLens";
    private final ObjectMapper mapper;

    public HypothesisExporter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public ExportResult export(ExportDocument doc) {
        String uri = ExportText.link(doc.article());
        ObjectNode root = mapper.createObjectNode();
        root.put("export_date", doc.exportedAt().toString());
        root.put("export_userid", "");
        root.put("client_version", CLIENT_VERSION);
        ArrayNode items = root.putArray("annotations");
        List<Annotation> all = new ArrayList<>();
        doc.passages().stream().filter(p -> p.annotation() != null).forEach(p -> all.add(p.annotation()));
        all.addAll(doc.orphans());
        all.addAll(doc.articleNotes());
        for (Annotation a : all) {
            items.add(annotation(a, uri, ExportText.title(doc.article())));
        }
        List<String> warnings = new ArrayList<>();
        if (all.stream().anyMatch(a -> !a.links().isEmpty())) {
            warnings.add("Hypothesis has no place for links as bodies: they were added to the text");
        }
        try {
            return new ExportResult(mapper.writeValueAsString(root) + "\n", warnings);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode annotation(Annotation a, String uri, String title) {
        ObjectNode h = mapper.createObjectNode();
        h.put("id", a.id().startsWith("https://hypothes.is/a/") ? a.id().substring("https://hypothes.is/a/".length()) : a.id());
        h.put("created", a.created().toString());
        h.put("updated", a.modified().toString());
        if (a.creator() != null) {
            h.put("user", "acct:" + a.creator().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._]+", "_") + "@newslens");
            h.putObject("user_info").put("display_name", a.creator());
        }
        h.put("uri", uri);
        StringBuilder text = new StringBuilder(a.note());
        for (String link : a.links()) {
            text.append(text.length() == 0 ? "" : "\n\n").append(link);
        }
        h.put("text", text.toString());
        ArrayNode tags = h.putArray("tags");
        a.tags().forEach(tags::add);
        if (a.inReplyTo() != null) {
            String parent = a.inReplyTo();
            h.putArray("references").add(parent.startsWith("https://hypothes.is/a/") ? parent.substring("https://hypothes.is/a/".length()) : parent);
        }
        ObjectNode target = h.putArray("target").addObject();
        target.put("source", uri);
        if (!a.isArticleNote()) {
            tags.add("colour:" + a.colour().id());
            ArrayNode selectors = target.putArray("selector");
            selectors.addObject().put("type", "TextPositionSelector").put("start", a.start()).put("end", a.end());
            selectors.addObject().put("type", "TextQuoteSelector").put("exact", a.exact())
                    .put("prefix", a.quote().prefix()).put("suffix", a.quote().suffix());
        }
        h.putObject("document").putArray("title").add(title);
        return h;
    }
}
