package org.newslens.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.function.Supplier;
import org.newslens.app.Lazy;

/**
 * One CRF model's answers for one sentence (or window of one), computed the first time any is asked for. The models
 * read each sentence on its own, so an answer computed late is the answer computed at once; a sentence no rule looks
 * at costs that model nothing. Safe to read from several threads.
 */
final class LateTags {
    private final Lazy<List<String>> answers;

    /** @param model the model, waiting for it if it is still loading */
    LateTags(Supplier<CRFClassifier<CoreLabel>> model, List<CoreLabel> sentence) {
        this.answers = new Lazy<>(() -> CoreNlpTagger.answers(model.get(), sentence));
    }

    String tag(int index) {
        return answers.get().get(index);
    }
}
