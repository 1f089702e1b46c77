package org.newslens.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The three CRF models in a form that loads in about half the CPU time: CoreNLP's files each carry the same
 * 533,629-word distributional-similarity lexicon inside the model (so Java deserialises it three times); the
 * pack holds each model without it (Java serialisation, uncompressed) and the lexicon once, in a compact
 * binary table, shared by the three models after loading. Same weights, same features, same answers (a test
 * compares them with CoreNLP's own loading). The build writes the pack into the classes
 * ({@code mvn process-classes} runs {@link #main}); without it the tagger loads CoreNLP's files as they are.
 */
final class ModelPack {
    /** Changes with the models jar: a pack from other models is never used. */
    static final String DIR = "org/newslens/nlp/model-pack/corenlp-4.5.10/";
    static final String LEXICON = "distsim.bin";

    private ModelPack() {
    }

    static String fileOf(String model) {
        return model.substring(model.lastIndexOf('/') + 1).replace(".crf.ser.gz", ".ser");
    }

    static boolean available() {
        ClassLoader cl = ModelPack.class.getClassLoader();
        if (cl.getResource(DIR + LEXICON) == null) {
            return false;
        }
        for (String m : List.of(CoreNlpTagger.CONLL, CoreNlpTagger.WIDE, CoreNlpTagger.MUC)) {
            if (cl.getResource(DIR + fileOf(m)) == null) {
                return false;
            }
        }
        return true;
    }

    static Map<String, String> readLexicon() throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(resource(LEXICON), 1 << 16))) {
            String[] clusters = new String[in.readInt()];
            for (int i = 0; i < clusters.length; i++) {
                clusters[i] = in.readUTF();
            }
            int n = in.readInt();
            Map<String, String> lexicon = new HashMap<>(n * 4 / 3 + 1);
            for (int i = 0; i < n; i++) {
                lexicon.put(in.readUTF(), clusters[in.readUnsignedShort()]);
            }
            return lexicon;
        }
    }

    /** One model of the pack, given the shared lexicon. */
    static CRFClassifier<CoreLabel> readModel(String model, Map<String, String> lexicon) throws Exception {
        CRFClassifier<CoreLabel> classifier = new CRFClassifier<>(new Properties());
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(resource(fileOf(model)), 1 << 16))) {
            classifier.loadClassifier(in, null);
        }
        lexiconField().set(featureFactory(classifier), lexicon);
        return classifier;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ModelPack.class.getClassLoader().getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IOException("No " + DIR + name + " on the classpath");
        }
        return in;
    }

    private static Field lexiconField() throws NoSuchFieldException {
        Field f = NERFeatureFactory.class.getDeclaredField("lexicon");
        f.setAccessible(true);
        return f;
    }

    private static Object featureFactory(CRFClassifier<CoreLabel> classifier) throws ReflectiveOperationException {
        Field f = AbstractSequenceClassifier.class.getDeclaredField("featureFactories");
        f.setAccessible(true);
        List<?> factories = (List<?>) f.get(classifier);
        if (factories.size() != 1 || !(factories.get(0) instanceof NERFeatureFactory)) {
            throw new IllegalStateException("Unexpected feature factories " + factories);
        }
        return factories.get(0);
    }

    /** Writes the pack into the folder given (the build's classes folder); does nothing if it is there already. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).resolve(DIR);
        List<String> models = List.of(CoreNlpTagger.CONLL, CoreNlpTagger.WIDE, CoreNlpTagger.MUC);
        if (Files.isRegularFile(dir.resolve(LEXICON))
                && models.stream().allMatch(m -> Files.isRegularFile(dir.resolve(fileOf(m))))) {
            return;
        }
        Files.createDirectories(dir);
        Map<String, String> shared = null;
        for (String m : models) {
            CRFClassifier<CoreLabel> classifier = CRFClassifier.getClassifier(m);
            Object factory = featureFactory(classifier);
            @SuppressWarnings("unchecked")
            Map<String, String> lexicon = (Map<String, String>) lexiconField().get(factory);
            if (shared == null) {
                shared = lexicon;
            } else if (!shared.equals(lexicon)) {
                throw new IllegalStateException(m + " has another distsim lexicon; the pack assumes one shared lexicon");
            }
            // an empty placeholder, not null: loading re-initialises the factory, which would read a null
            // lexicon from the path it was trained with
            lexiconField().set(factory, new HashMap<String, String>());
            Path tmp = dir.resolve(fileOf(m) + ".tmp");
            try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                classifier.serializeClassifier(out);
            }
            Files.move(tmp, dir.resolve(fileOf(m)), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path tmp = dir.resolve(LEXICON + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
            Map<String, Integer> clusters = new LinkedHashMap<>();
            for (String c : shared.values()) {
                clusters.putIfAbsent(c, clusters.size());
            }
            out.writeInt(clusters.size());
            for (String c : clusters.keySet()) {
                out.writeUTF(c);
            }
            out.writeInt(shared.size());
            for (Map.Entry<String, String> e : shared.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeShort(clusters.get(e.getValue()));
            }
        }
        Files.move(tmp, dir.resolve(LEXICON), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
