package org.attache.cli;

import org.attache.coder.Dictionaries;
import org.attache.coder.EventCoder;
import org.attache.nlp.CoreNlpPipeline;
import org.attache.pipeline.ArticleCoder;

/**
 * Builds the coder the commands share: the built-in dictionaries and CoreNLP, one pipeline per
 * thread. Loading is the slow part (dictionaries under a second, CoreNLP models about five seconds
 * per thread), so commands build one engine and keep it.
 */
final class Engine {

    private Engine() {
    }

    static ArticleCoder articleCoder() {
        return articleCoder(Dictionaries.builtIn());
    }

    /** The coder with the given dictionaries (see {@link DictionaryOptions}). */
    static ArticleCoder articleCoder(Dictionaries dictionaries) {
        CoreNlpPipeline.quietLogging();
        return new ArticleCoder(new EventCoder(dictionaries), CoreNlpPipeline.perThread());
    }
}
