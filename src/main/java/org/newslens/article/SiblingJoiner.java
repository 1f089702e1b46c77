package org.newslens.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Gathers the article around its best block: the block with those siblings that score near it or read as prose paragraphs. */
final class SiblingJoiner {
    private static final Set<String> KEEP_TAG_AS_SIBLING = Set.of("div", "article", "section", "p");

    private final CandidateScorer scores;
    private final DomText dom;

    SiblingJoiner(CandidateScorer scores, DomText dom) {
        this.scores = scores;
        this.dom = dom;
    }

    /** A new div holding {@code topCandidate} and the siblings that belong with it, moved in document order. */
    Element join(Element topCandidate) {
        Element article = new Element("div");
        double topScore = scores.scoreOf(topCandidate);
        double threshold = Math.max(10, topScore * 0.2);
        Element parent = topCandidate.parent();
        List<Element> siblings = parent == null ? List.of(topCandidate) : new ArrayList<>(parent.children());
        for (Element sibling : siblings) {
            boolean append = sibling == topCandidate;
            if (!append) {
                double bonus = 0;
                if (!topCandidate.className().isEmpty() && sibling.className().equals(topCandidate.className())) {
                    bonus += topScore * 0.2;
                }
                Double score = scores.scoreOf(sibling);
                if (score != null && score + bonus >= threshold) {
                    append = true;
                } else if (sibling.normalName().equals("p")) {
                    double density = dom.linkDensity(sibling);
                    String text = DomText.innerText(sibling);
                    int length = text.length();
                    if (length > 80 && density < 0.25) {
                        append = true;
                    } else if (length > 0 && length < 80 && density == 0 && DomText.endsSentence(text)) {
                        append = true;
                    }
                }
            }
            if (append) {
                if (!KEEP_TAG_AS_SIBLING.contains(sibling.normalName())) {
                    sibling.tagName("div");
                }
                article.appendChild(sibling);
            }
        }
        return article;
    }
}
