package org.newslens.annotation;

import java.util.Locale;

/** W3C motivations NewsLens uses: a bare highlight, or a highlight with a note. */
public enum Motivation {
    HIGHLIGHTING, COMMENTING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
