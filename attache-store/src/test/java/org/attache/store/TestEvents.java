package org.attache.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.actors.ActorMention;
import org.attache.codebook.CameoCode;
import org.attache.codebook.QuadClass;
import org.attache.dictionary.SourceLine;
import org.attache.events.Event;
import org.attache.events.Evidence;
import org.attache.events.Mode;
import org.attache.pipeline.CodedArticle;
import org.attache.text.Article;

/** Events and coded articles built by hand, as the coder would give them, for store and export tests. */
final class TestEvents {

    private TestEvents() {
    }

    static ActorMention actor(String code, String name, String text, int begin, String country, String type) {
        return new ActorMention(code, name, text, begin, begin < 0 ? -1 : begin + text.length(), country, type, 0,
                new SourceLine("actors/states.txt", 12));
    }

    static CameoCode cameo(String code) {
        return switch (code.substring(0, 2)) {
            case "04" -> new CameoCode(code, "Consult", 1.0, QuadClass.VERBAL_COOPERATION);
            case "05" -> new CameoCode(code, "Sign formal agreement", 8.0, QuadClass.VERBAL_COOPERATION);
            case "07" -> new CameoCode(code, "Provide aid", 7.0, QuadClass.MATERIAL_COOPERATION);
            case "11" -> new CameoCode(code, "Criticize or denounce", -2.0, QuadClass.VERBAL_CONFLICT);
            case "14" -> new CameoCode(code, "Demonstrate or rally", -6.5, QuadClass.MATERIAL_CONFLICT);
            case "19" -> new CameoCode(code, "Use conventional military force", -10.0, QuadClass.MATERIAL_CONFLICT);
            default -> new CameoCode(code, "Make statement", 0.0, QuadClass.VERBAL_COOPERATION);
        };
    }

    /** An event "SOURCE CODE TARGET" in sentence {@code sentence} of {@code docId}. */
    static Event event(String docId, int sentence, LocalDate date, String source, String target, String code) {
        ActorMention s = actor(source, source + " name", source.toLowerCase(java.util.Locale.ROOT), 10,
                source.substring(0, 3), "state");
        ActorMention t = target == null ? null : actor(target, target + " name",
                target.toLowerCase(java.util.Locale.ROOT), 30, target.substring(0, 3), "state");
        String text = s.text() + " did " + code + " to " + (t == null ? "nobody" : t.text()) + ".";
        return new Event(Event.idFor(docId, sentence, 20, source, target, code), docId, sentence, date, s, t,
                cameo(code), false, false, Mode.DEED, null,
                new Evidence(text, "did", 20, 23, "* +", new SourceLine("verbs.txt", 100)));
    }

    static CodedArticle coded(String id, LocalDate date, String text, String source, List<Event> events) {
        return new CodedArticle(new Article(id, date, "Title of " + id, text, "https://example.org/" + id, source),
                events, 3, 2);
    }

    /** A text of {@code words} words, distinct for each seed. */
    static String text(int seed, int words) {
        List<String> w = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            w.add("w" + seed + "x" + i);
        }
        return String.join(" ", w) + ".";
    }
}
