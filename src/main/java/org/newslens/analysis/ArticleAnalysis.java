package org.newslens.analysis;

import java.util.List;

/**
 * What NewsLens derives from an article and its entities: who said what, the dates in time order and the figures.
 *
 * @param articleDate       the ISO date relative expressions are read against, or null when none is known
 * @param articleDateSource where it came from: "metadata", "dateline", "reader" or null
 */
public record ArticleAnalysis(List<Quote> quotes, List<TimeExpression> timeline, List<Figure> figures,
                              String articleDate, String articleDateSource) {
    public ArticleAnalysis {
        quotes = List.copyOf(quotes);
        timeline = List.copyOf(timeline);
        figures = List.copyOf(figures);
    }
}
