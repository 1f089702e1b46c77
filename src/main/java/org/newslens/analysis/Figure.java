package org.newslens.analysis;

/**
 * One FIGURE mention with its value.
 *
 * @param counts    what the figure counts ("refugees"), as the recogniser found it; null if it did not
 * @param value     the number it stands for (2.7 million → 2700000; 50 for "half" with unit "%"); null if none
 * @param unit      "%" for shares, a currency code (USD, GBP, EUR, …) for money, null for plain counts
 * @param relation  "=" exact, "≈" approximate ("about", "around", "half"), "≥" a lower bound ("more than", "billions"),
 *                  "≤" an upper bound ("up to", "fewer than")
 */
public record Figure(int start, int end, String text, String counts, Double value, String unit, String relation,
                     int sentenceStart, int sentenceEnd) {
    public boolean approximate() {
        return !"=".equals(relation);
    }
}
