package org.newslens.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Content scores of one attempt: paragraph-like blocks score by their length and commas, the score flows to
 * their parent and ancestors (weighted by tag and by class/id hints) and is damped by link density; the best
 * block is then widened to the ancestor that holds it together with other strong candidates.
 */
final class CandidateScorer {
    private static final int TOP_CANDIDATES = 5;
    private static final int MIN_ALTERNATIVES = 3;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final DomText dom;

    CandidateScorer(DomText dom) {
        this.dom = dom;
    }

    /**
     * Scores {@code toScore} (in document order) and returns the best block of {@code page}; when there is none
     * but the page itself, all of the page's content moved into one new div.
     */
    Element best(Element page, List<Element> toScore) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : toScore) {
            scoreParagraph(e, candidates);
        }
        List<Element> top = new ArrayList<>();
        for (Element c : candidates) {
            scores.put(c, scores.get(c) * (1 - dom.linkDensity(c)));
        }
        candidates.stream()
                .sorted(Comparator.comparingDouble((Element c) -> -scores.get(c)))
                .limit(TOP_CANDIDATES)
                .forEach(top::add);
        Element topCandidate = top.isEmpty() ? null : top.get(0);
        if (topCandidate == null || topCandidate.normalName().equals("body") || topCandidate == page) {
            Element all = new Element("div");
            for (Node child : new ArrayList<>(page.childNodes())) {
                all.appendChild(child);
            }
            page.appendChild(all);
            scores.put(all, 0.0);
            topCandidate = all;
        } else {
            topCandidate = widen(topCandidate, top, page);
        }
        return topCandidate;
    }

    /** The score of {@code e}, or null when it was never scored. */
    Double scoreOf(Element e) {
        return scores.get(e);
    }

    private void scoreParagraph(Element e, List<Element> candidates) {
        if (e.parent() == null) {
            return;
        }
        String text = DomText.innerText(e);
        if (text.length() < 25) {
            return;
        }
        List<Element> ancestors = new ArrayList<>();
        for (Element a = e.parent(); a != null && ancestors.size() < 5; a = a.parent()) {
            ancestors.add(a);
        }
        double score = 1 + DomText.commaParts(text) + Math.min(Math.floor(text.length() / 100.0), 3);
        for (int level = 0; level < ancestors.size(); level++) {
            Element a = ancestors.get(level);
            if (a.parent() == null) {
                continue;
            }
            if (!scores.containsKey(a)) {
                scores.put(a, dom.initialScore(a));
                candidates.add(a);
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.put(a, scores.get(a) + score / divider);
        }
    }

    /** Moves up from the best candidate to the ancestor that holds it together with other strong candidates. */
    private Element widen(Element topCandidate, List<Element> top, Element page) {
        double topScore = scores.get(topCandidate);
        List<List<Element>> alternatives = new ArrayList<>();
        for (int i = 1; i < top.size(); i++) {
            if (scores.get(top.get(i)) / topScore >= 0.75) {
                alternatives.add(top.get(i).parents());
            }
        }
        if (alternatives.size() >= MIN_ALTERNATIVES) {
            for (Element parent = topCandidate.parent(); parent != null && parent != page; parent = parent.parent()) {
                int containing = 0;
                for (List<Element> ancestors : alternatives) {
                    if (containsIdentity(ancestors, parent)) {
                        containing++;
                    }
                }
                if (containing >= MIN_ALTERNATIVES) {
                    topCandidate = parent;
                    break;
                }
            }
        }
        scores.computeIfAbsent(topCandidate, dom::initialScore);
        Element parent = topCandidate.parent();
        double lastScore = scores.get(topCandidate);
        double threshold = lastScore / 3;
        while (parent != null && parent != page) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                parent = parent.parent();
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                topCandidate = parent;
                break;
            }
            lastScore = parentScore;
            parent = parent.parent();
        }
        parent = topCandidate.parent();
        while (parent != null && parent != page && parent.childrenSize() == 1) {
            topCandidate = parent;
            parent = topCandidate.parent();
        }
        scores.computeIfAbsent(topCandidate, dom::initialScore);
        return topCandidate;
    }

    private static boolean containsIdentity(List<Element> list, Element e) {
        for (Element x : list) {
            if (x == e) {
                return true;
            }
        }
        return false;
    }
}
