package org.attache.nlp;

import java.util.List;
import org.attache.text.Sentence;

/**
 * Real CoreNLP parses for tests, with one pipeline per test JVM: loading the models takes about
 * five seconds, so every test class shares it.
 */
public final class Parsed {

    private static CoreNlpPipeline pipeline;

    private Parsed() {
    }

    public static synchronized CoreNlpPipeline pipeline() {
        if (pipeline == null) {
            CoreNlpPipeline.quietLogging();
            pipeline = new CoreNlpPipeline();
        }
        return pipeline;
    }

    /** All sentences of {@code text}, parsed. */
    public static synchronized List<Sentence> sentences(String text) {
        return pipeline().tag(text).stream().map(pipeline()::parse).toList();
    }

    /** The first sentence of {@code text}, parsed. */
    public static Sentence sentence(String text) {
        return sentences(text).get(0);
    }
}
