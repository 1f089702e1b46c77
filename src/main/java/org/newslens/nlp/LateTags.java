package org.newslens.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * One CRF model's answers for one sentence (or window of one), computed the first time any is asked for. The models
 * read each sentence on its own, so an answer computed late is the answer computed at once; a sentence no rule looks
 * at costs that model nothing. Safe to read from several threads.
 */
final class LateTags {
    private final CRFClassifier<CoreLabel> model;
    private List<CoreLabel> sentence;
    private volatile List<String> answers;

    LateTags(CRFClassifier<CoreLabel> model, List<CoreLabel> sentence) {
        this.model = model;
        this.sentence = sentence;
    }

    String tag(int index) {
        List<String> a = answers;
        if (a == null) {
            synchronized (this) {
                a = answers;
                if (a == null) {
                    a = CoreNlpTagger.answers(model, sentence);
                    answers = a;
                    sentence = null;
                }
            }
        }
        return a.get(index);
    }
}
