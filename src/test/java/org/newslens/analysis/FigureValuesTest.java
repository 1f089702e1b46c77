package org.newslens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FigureValuesTest {
    private static FigureValues.Value read(String words, String after) {
        return FigureValues.read(words, after, null);
    }

    @Test
    void scaledNumbersAndWords() {
        assertEquals(2_700_000d, read("2.7 million", " refugees").value());
        assertEquals(9_000d, read("Around 9,000", " Afghans").value());
        assertEquals("≈", read("Around 9,000", "").relation());
        assertEquals(2_000_000d, read("two million", "").value());
        assertEquals(23d, read("Twenty-three", "").value());
        assertEquals("=", read("24", " children").relation());
    }

    @Test
    void sharesArePercentages() {
        FigureValues.Value half = read("about half", " of the country");
        assertEquals(50d, half.value());
        assertEquals("%", half.unit());
        assertEquals("≈", half.relation());
        FigureValues.Value pct = read("15 percent", " across the board");
        assertEquals(15d, pct.value());
        assertEquals("%", pct.unit());
        assertEquals(40d, read("40", " percent of voters").value());
        assertEquals("%", read("40", " percent of voters").unit());
    }

    @Test
    void vaguePluralsAreLowerBounds() {
        FigureValues.Value billions = FigureValues.read("billions", " on bullets", "money");
        assertEquals(1e9, billions.value());
        assertEquals("≥", billions.relation());
        assertEquals(100d, read("hundreds", " of troops").value());
        assertEquals("≥", read("more than 1,000", "").relation());
        assertEquals("≤", read("up to 200", " miles").relation());
    }

    @Test
    void moneyCarriesItsCurrency() {
        FigureValues.Value usd = read("$548 billion", ".");
        assertEquals(548e9, usd.value());
        assertEquals("USD", usd.unit());
        assertEquals("GBP", read("92 pounds", " a week").unit());
        assertEquals("HUF", read("5,200", " forints").unit());
        assertNull(read("dozens", "").unit());
    }
}
