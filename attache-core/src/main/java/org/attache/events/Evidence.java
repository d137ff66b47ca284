package org.attache.events;

import java.util.Objects;
import org.attache.dictionary.SourceLine;

/**
 * Why an event was coded: the sentence, the trigger word with its character span in the document,
 * and the dictionary rule that fired with the line it was written on.
 */
public record Evidence(String sentence, String trigger, int triggerBegin, int triggerEnd, String rule,
                       SourceLine ruleSource) {

    public Evidence {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(rule, "rule");
    }
}
