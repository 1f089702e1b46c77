package org.newslens.annotation.w3c;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The W3C Web Annotation test suite (vendored under {@code src/test/resources/w3c-annotation-tests}, W3C
 * test-suite licence): runs the assertions a {@code .test} file lists over a JSON document with a Draft-4
 * validator. Assertion schemas use relative {@code $ref}s ("annotations.json#/…") that the suite resolves
 * against {@code definitions/}; each assertion is therefore loaded with its base location in that folder.
 */
public final class W3cSuite {
    private static final String ROOT = "w3c-annotation-tests/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One assertion's verdict on one document. */
    public record Outcome(String assertion, String type, boolean passed, String message) {
    }

    /** The suite's own bookkeeping keywords (and one "$ref " typo) are not validation keywords. */
    private final JsonSchemaFactory factory = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4))
            .metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV4())
                    .keywords(List.of(new NonValidationKeyword("assertionType"), new NonValidationKeyword("expectedResult"),
                            new NonValidationKeyword("onUnexpectedResult"), new NonValidationKeyword("errorMessage"),
                            new NonValidationKeyword("$ref ")))
                    .build())
            .build();
    private final Map<String, JsonSchema> schemas = new LinkedHashMap<>();
    private final Map<String, JsonNode> assertionNodes = new LinkedHashMap<>();

    /** The assertion files a {@code .test} file lists, e.g. "annotations/annotationMusts.test". */
    public List<String> assertions(String testFile) {
        List<String> out = new ArrayList<>();
        read(testFile).path("assertions").forEach(a -> {
            if (a.isTextual()) {
                out.add(a.asText());
            }
        });
        return out;
    }

    public List<Outcome> run(String testFile, JsonNode document) {
        List<Outcome> out = new ArrayList<>();
        for (String assertion : assertions(testFile)) {
            out.add(check(assertion, document));
        }
        return out;
    }

    public Outcome check(String assertion, JsonNode document) {
        JsonNode node = assertionNodes.computeIfAbsent(assertion, this::read);
        JsonSchema schema = schemas.computeIfAbsent(assertion, a -> {
            String name = a.substring(a.lastIndexOf('/') + 1);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
            return factory.getSchema(SchemaLocation.of("classpath:" + ROOT + "definitions/" + name), node, config);
        });
        boolean valid = schema.validate(document).isEmpty();
        boolean expectValid = !"invalid".equals(node.path("expectedResult").asText("valid"));
        boolean passed = valid == expectValid;
        return new Outcome(assertion, node.path("assertionType").asText("must"), passed,
                passed ? "" : node.path("errorMessage").asText(node.path("title").asText()));
    }

    public static JsonNode read(String resource, Class<?> anchor) {
        try (InputStream in = anchor.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(String pathInSuite) {
        return read(ROOT + pathInSuite, W3cSuite.class);
    }
}
