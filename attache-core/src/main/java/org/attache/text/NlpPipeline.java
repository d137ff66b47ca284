package org.attache.text;

import java.util.List;

/**
 * The NLP stages the coder needs, in two steps so that the expensive one runs only where it can
 * pay: {@link #tag} splits a text into sentences of tokens with lemma and part of speech
 * (cheap); {@link #parse} adds the dependency tree to one tagged sentence (expensive).
 *
 * <p>Not thread-safe in general: use one instance per thread (implementations say so).
 *
 * <p>Design decision: this is an interface because there are two real implementations — the
 * CoreNLP adapter and pre-parsed input (tests, Spark) — and the coder must not depend on CoreNLP.
 */
public interface NlpPipeline {

    /** Sentences of {@code text} with tokens, lemmas and tags; offsets are into {@code text}. */
    List<Sentence> tag(String text);

    /** The same sentence with its dependencies. */
    Sentence parse(Sentence tagged);
}
