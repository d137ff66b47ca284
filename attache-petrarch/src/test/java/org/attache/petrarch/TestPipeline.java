package org.attache.petrarch;

import org.attache.nlp.CoreNlpPipeline;

/** One CoreNLP pipeline per test JVM: loading its models takes about five seconds. */
final class TestPipeline {

    private static CoreNlpPipeline pipeline;

    private TestPipeline() {
    }

    static synchronized CoreNlpPipeline get() {
        if (pipeline == null) {
            CoreNlpPipeline.quietLogging();
            pipeline = new CoreNlpPipeline();
        }
        return pipeline;
    }
}
