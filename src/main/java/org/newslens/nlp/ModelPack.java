package org.newslens.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.MaxSizeConcurrentHashSet;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The three CRF models in a form that loads in a fraction of the CPU time: CoreNLP's files each carry the same
 * 533,629-word distributional-similarity lexicon inside the model (so Java deserialises it three times), and Java
 * serialisation reads each model's feature index (80,000–350,000 names, as a HashMap) and weights (1.5–3 million
 * numbers) a field at a time. The pack holds the lexicon once ({@link PackedLexicon}) and each model as its small
 * rest in Java serialisation, then its feature names ({@link PackedStrings}), its weights as raw floats (the
 * classifier keeps floats) and its known lower-case words, all read with bulk reads (the jar stores the pack
 * uncompressed, see pom.xml). Same weights, same features, same answers (a test compares
 * them with CoreNLP's own loading). The build writes the pack into the classes ({@code mvn process-classes} runs
 * {@link #main}); without it the tagger loads CoreNLP's files as they are.
 */
final class ModelPack {
    static final String ROOT = "org/newslens/nlp/model-pack/";
    /** Changes with the models jar and with the pack's format: a pack from other models or in another format is never used. */
    static final String DIR = ROOT + "corenlp-4.5.10-format-4/";
    static final String LEXICON = "distsim.lex";
    /** {@link Lexicon#scanGazetteer}'s answer, one key a line. */
    static final String GROUP_WORDS = "gazetteer-groups.txt";

    private ModelPack() {
    }

    static String fileOf(String model) {
        return model.substring(model.lastIndexOf('/') + 1).replace(".crf.ser.gz", ".crf");
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
        try (BulkReader in = open(LEXICON)) {
            return PackedLexicon.read(in);
        }
    }

    /** One model of the pack, given the shared lexicon. */
    static CRFClassifier<CoreLabel> readModel(String model, Map<String, String> lexicon) throws Exception {
        return withLexicon(readModel(model), lexicon);
    }

    /** One model of the pack, whose feature factory does not have the lexicon yet: see {@link #withLexicon}. */
    static CRFClassifier<CoreLabel> readModel(String model) throws Exception {
        CRFClassifier<CoreLabel> classifier = new CRFClassifier<>(new Properties());
        try (BulkReader in = open(fileOf(model))) {
            byte[] rest = in.bytes(in.readInt());
            classifier.loadClassifier(new ObjectInputStream(new ByteArrayInputStream(rest)), null);
            field(CRFClassifier.class, "featureIndex").set(classifier, new PackedFeatureIndex(PackedStrings.read(in)));
            field(CRFClassifier.class, "weights").set(classifier, in.floatRows(in.ints(in.readInt())));
            field(AbstractSequenceClassifier.class, "knownLCWords").set(classifier, knownWords(PackedStrings.read(in), classifier));
        }
        return classifier;
    }

    /** The model's known lower-case words as CoreNLP's loading leaves them: with room for as many more as its flags allow. */
    private static MaxSizeConcurrentHashSet<String> knownWords(PackedStrings words, CRFClassifier<CoreLabel> classifier) {
        MaxSizeConcurrentHashSet<String> known = new MaxSizeConcurrentHashSet<>(words.asSet());
        known.setMaxSize(known.size() + classifier.flags.maxAdditionalKnownLCWords);
        return known;
    }

    static CRFClassifier<CoreLabel> withLexicon(CRFClassifier<CoreLabel> classifier, Map<String, String> lexicon)
            throws ReflectiveOperationException {
        field(NERFeatureFactory.class, "lexicon").set(featureFactory(classifier), lexicon);
        return classifier;
    }

    private static void writeWeights(float[][] weights, DataOutputStream out) throws IOException {
        int[] lengths = new int[weights.length];
        for (int i = 0; i < weights.length; i++) {
            lengths[i] = weights[i].length;
        }
        out.writeInt(lengths.length);
        BulkReader.writeInts(out, lengths);
        BulkReader.writeFloatRows(out, weights);
    }

    private static BulkReader open(String name) throws IOException {
        return new BulkReader(new BufferedInputStream(resource(name), 1 << 16));
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ModelPack.class.getClassLoader().getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IOException("No " + DIR + name + " on the classpath");
        }
        return in;
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static Object featureFactory(CRFClassifier<CoreLabel> classifier) throws ReflectiveOperationException {
        List<?> factories = (List<?>) field(AbstractSequenceClassifier.class, "featureFactories").get(classifier);
        if (factories.size() != 1 || !(factories.get(0) instanceof NERFeatureFactory)) {
            throw new IllegalStateException("Unexpected feature factories " + factories);
        }
        return factories.get(0);
    }

    /** Writes the pack into the folder given (the build's classes folder); does nothing if it is there already. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).resolve(DIR);
        List<String> models = List.of(CoreNlpTagger.CONLL, CoreNlpTagger.WIDE, CoreNlpTagger.MUC);
        Set<Path> current = new HashSet<>(List.of(dir.resolve(LEXICON), dir.resolve(GROUP_WORDS)));
        models.forEach(m -> current.add(dir.resolve(fileOf(m))));
        Path root = Path.of(args[0]).resolve(ROOT);
        if (Files.isDirectory(root)) { // an earlier pack (other models, other format) would only make the jar bigger
            try (var files = Files.walk(root)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    if (!current.contains(f) && !f.equals(dir) && !f.equals(root)) {
                        Files.delete(f);
                    }
                }
            }
        }
        Files.createDirectories(dir);
        if (!Files.isRegularFile(dir.resolve(GROUP_WORDS))) {
            List<String> words = Lexicon.scanGazetteer().stream().sorted().toList();
            write(dir.resolve(GROUP_WORDS), out -> out.write(String.join("\n", words).concat("\n").getBytes(StandardCharsets.UTF_8)));
        }
        if (Files.isRegularFile(dir.resolve(LEXICON))
                && models.stream().allMatch(m -> Files.isRegularFile(dir.resolve(fileOf(m))))) {
            return;
        }
        Map<String, String> shared = null;
        for (String m : models) {
            CRFClassifier<CoreLabel> classifier = CRFClassifier.getClassifier(m);
            Object factory = featureFactory(classifier);
            Field lexiconField = field(NERFeatureFactory.class, "lexicon");
            @SuppressWarnings("unchecked")
            Map<String, String> lexicon = (Map<String, String>) lexiconField.get(factory);
            if (shared == null) {
                shared = lexicon;
            } else if (!shared.equals(lexicon)) {
                throw new IllegalStateException(m + " has another distsim lexicon; the pack assumes one shared lexicon");
            }
            // an empty placeholder, not null: loading re-initialises the factory, which would read a null
            // lexicon from the path it was trained with; the feature index and weights follow the serialised rest
            lexiconField.set(factory, new HashMap<String, String>());
            Field indexField = field(CRFClassifier.class, "featureIndex");
            Field weightsField = field(CRFClassifier.class, "weights");
            @SuppressWarnings("unchecked")
            Index<String> features = (Index<String>) indexField.get(classifier);
            float[][] weights = (float[][]) weightsField.get(classifier);
            Field knownField = field(AbstractSequenceClassifier.class, "knownLCWords");
            List<String> known = new ArrayList<>((Set<?>) knownField.get(classifier)).stream().map(String.class::cast).toList();
            indexField.set(classifier, new HashIndex<String>());
            weightsField.set(classifier, new float[0][]);
            knownField.set(classifier, new MaxSizeConcurrentHashSet<String>());
            ByteArrayOutputStream rest = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(rest)) {
                classifier.serializeClassifier(out);
            }
            write(dir.resolve(fileOf(m)), out -> {
                out.writeInt(rest.size());
                rest.writeTo(out);
                PackedStrings.of(features.objectsList()).write(out);
                writeWeights(weights, out);
                PackedStrings.of(known).write(out);
            });
        }
        Map<String, String> lexicon = shared;
        write(dir.resolve(LEXICON), out -> PackedLexicon.write(lexicon, out));
    }

    private interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    private static void write(Path file, Writing writing) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            writing.to(out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
