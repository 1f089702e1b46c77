package org.newslens.nlp;

import java.util.List;

/**
 * One step of {@link NameRules}: given the document's tokens and the name spans found so far, the spans
 * after this step. A rule may keep, drop, relabel, reshape or add spans; it never changes the tokens.
 */
interface NameRule {
    List<Span> apply(List<Token> tokens, List<Span> spans);
}
