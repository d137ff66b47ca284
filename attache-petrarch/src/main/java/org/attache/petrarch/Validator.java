package org.attache.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.coder.DocumentContext;
import org.attache.coder.EventCoder;
import org.attache.coder.Trace;
import org.attache.events.Event;
import org.attache.petrarch.ValidationRecord.Coding;
import org.attache.text.NlpPipeline;
import org.attache.text.Sentence;

/**
 * Codes PETRARCH validation records with Attaché's {@link EventCoder} and the record file's
 * dictionaries, the way PETRARCH would treat their input: the record's checks first (a broken parse,
 * a dateline, a discard phrase), then the text re-parsed by Attaché's own pipeline with the short
 * comma-delimited clauses the options drop left out, then the events, each (source, target, code)
 * once, without those missing an actor when the options require both.
 *
 * <p>As in PETRARCH, a verb inside the verb phrase of a verb that coded an event codes nothing of
 * its own ("restored ties with Gondor, five years after crowds burned down its embassy": the
 * burning is part of the restoring's phrase); a verb coordinated with it, or a reporting clause
 * set off by a comma, is no part of its phrase.
 *
 * <p>Underscores in a record's text join the words of a name, as in PETRARCH's dictionaries
 * ("Dol_Amroth"); they are read as spaces.
 *
 * <p>Not thread-safe: it uses one NLP pipeline; give each thread its own validator.
 */
public final class Validator {

    /** The code PETRARCH writes for an actor that is not known. */
    public static final String UNKNOWN = "---";

    private final PetrarchDictionaries dictionaries;
    private final EventCoder coder;
    private final NlpPipeline nlp;

    public Validator(PetrarchDictionaries dictionaries, NlpPipeline nlp) {
        this.dictionaries = dictionaries;
        this.coder = new EventCoder(dictionaries.dictionaries());
        this.nlp = nlp;
    }

    public EventCoder coder() {
        return coder;
    }

    public RecordResult validate(ValidationRecord record) {
        Optional<String> inputError = InputChecks.errorOf(record);
        if (inputError.isPresent()) {
            return new RecordResult(record, List.of(), inputError.get(), List.of(), List.of());
        }
        Optional<Discards.Level> discard = dictionaries.discards().check(record.text());
        if (discard.isPresent()) {
            return new RecordResult(record, List.of(), discard.get().label(), List.of(), List.of());
        }
        List<Event> events = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        DocumentContext context = new DocumentContext();
        for (Sentence tagged : nlp.tag(record.text().replace('_', ' '))) {
            Sentence kept = CommaClauses.drop(nlp.parse(tagged), record.options());
            Sentence parsed = kept.isParsed() ? kept : nlp.parse(kept);
            Trace trace = new Trace();
            events.addAll(VerbPhrases.outermost(parsed, coder.code(record.id(), record.date(), parsed, trace, context)));
            for (Trace.Step step : trace.steps()) {
                if (step.note() != null) {
                    notes.add(parsed.token(step.verb()).word() + ": " + step.note());
                }
            }
        }
        Set<Coding> codings = new LinkedHashSet<>();
        List<Event> kept = new ArrayList<>();
        for (Event e : events) {
            Coding c = new Coding(e.source().code(), e.target() == null ? UNKNOWN : e.target().code(),
                    e.cameo().code());
            if (record.options().requireDyad() && (c.source().equals(UNKNOWN) || c.target().equals(UNKNOWN))) {
                continue;
            }
            if (codings.add(c)) {
                kept.add(e);
            }
        }
        return new RecordResult(record, new ArrayList<>(codings), null, kept, notes);
    }
}
