package org.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.MaxSizeConcurrentHashSet;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The packed models (written by the build) answer exactly as CoreNLP's own files do. */
class ModelPackTest {
    private static final List<String> SENTENCES = List.of(
            "Angela Merkel met Emmanuel Macron in Paris on Monday to discuss the European Union budget .",
            "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .",
            "Shares of Velstrom Holdings rose 4 percent after the Kessling Trust said it would buy 20 million of them .",
            "The Taliban took Kabul while the Pentagon said 9,000 Afghans were flown to Qala-e-Naw and Moscow-based NGOs left .");

    private static List<String> answers(CRFClassifier<CoreLabel> classifier, String sentence) {
        List<CoreLabel> tokens = new java.util.ArrayList<>();
        for (String w : sentence.split(" ")) {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            l.setValue(w);
            l.setOriginalText(w);
            tokens.add(l);
        }
        return classifier.classifySentence(tokens).stream().map(l -> l.get(CoreAnnotations.AnswerAnnotation.class)).toList();
    }

    private static Object field(CRFClassifier<CoreLabel> classifier, String name) throws ReflectiveOperationException {
        Field f = CRFClassifier.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(classifier);
    }

    @Test
    void thePackIsBuiltAndEachModelAnswersAsCoreNlpsOwnFile() throws Exception {
        assertTrue(ModelPack.available(), "the build writes the pack (mvn process-classes)");
        Map<String, String> lexicon = ModelPack.readLexicon();
        assertTrue(lexicon.size() > 500_000, "lexicon of " + lexicon.size());
        for (String model : List.of(CoreNlpTagger.CONLL, CoreNlpTagger.WIDE, CoreNlpTagger.MUC)) {
            CRFClassifier<CoreLabel> packed = ModelPack.readModel(model, lexicon);
            CRFClassifier<CoreLabel> stock = CRFClassifier.getClassifier(model);
            for (String s : SENTENCES) {
                assertEquals(answers(stock, s), answers(packed, s), model + " on: " + s);
            }
            assertEquals(((Index<?>) field(stock, "featureIndex")).objectsList(), ((Index<?>) field(packed, "featureIndex")).objectsList(), model);
            assertTrue(Arrays.deepEquals((float[][]) field(stock, "weights"), (float[][]) field(packed, "weights")), model + " weights");
            MaxSizeConcurrentHashSet<?> stockKnown = (MaxSizeConcurrentHashSet<?>) stock.getKnownLCWords();
            MaxSizeConcurrentHashSet<?> packedKnown = (MaxSizeConcurrentHashSet<?>) packed.getKnownLCWords();
            assertEquals(stockKnown, packedKnown, model + " known lower-case words");
            assertEquals(stockKnown.getMaxSize(), packedKnown.getMaxSize(), model + " room for more known words");
            assertTrue(answers(packed, SENTENCES.get(0)).contains("PERSON"));
        }
    }

    @Test
    void theGroupWordsOfThePackAreTheGazetteersOwn() {
        assertTrue(getClass().getClassLoader().getResource(ModelPack.DIR + ModelPack.GROUP_WORDS) != null, "written by the build");
        Set<String> packed = Lexicon.gazetteerGroupWords();
        assertEquals(Lexicon.scanGazetteer(), packed);
        assertTrue(packed.contains("afghan") && packed.contains("sunni"), "nationalities and religions");
    }
}
