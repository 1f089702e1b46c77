package org.newslens.ui.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newslens.nlp.EntityLabel;

/** Every category is declared once and every feature's view of it comes from that declaration. */
class CategoryStyleTest {

    @Test
    void everyCategoryHasAHighlightAndALegendSwatchOfItsOwn() {
        String css = CategoryStyle.css();
        Set<CategoryStyle.Underline> underlines = new HashSet<>();
        Set<String> hues = new HashSet<>();
        for (EntityLabel label : EntityLabel.values()) {
            String cls = CategoryStyle.styleClass(label);
            assertTrue(css.contains(".article-text ." + cls + " {"), cls);
            assertTrue(css.contains(".legend-swatch." + cls + " {"), cls);
            assertTrue(css.contains("-nl-ent-" + label.id() + "-line:"), cls);
            underlines.add(CategoryStyle.look(label).underline());
            hues.add(CategoryStyle.look(label).lightLine());
        }
        assertEquals(EntityLabel.values().length, underlines.size(), "told apart without colour");
        assertEquals(EntityLabel.values().length, hues.size());
        assertTrue(CategoryStyle.STYLESHEET.startsWith("data:text/css;base64,"));
    }

    @Test
    void theNamesOfACategoryComeFromItsOneDeclaration() {
        assertEquals("entity-person", CategoryStyle.styleClass(EntityLabel.PERSON));
        assertEquals("Person", EntityLabel.PERSON.displayName());
        assertEquals("People", EntityLabel.PERSON.plural());
        assertEquals("person", EntityLabel.PERSON.queryField());
        assertEquals("PERSON", EntityLabel.PERSON.exportName());
        assertEquals(EntityLabel.values().length,
                new HashSet<>(Arrays.stream(EntityLabel.values()).map(EntityLabel::queryField).toList()).size());
        assertEquals(EntityLabel.GROUP, EntityLabel.forQueryField("Group").orElseThrow());
    }
}
