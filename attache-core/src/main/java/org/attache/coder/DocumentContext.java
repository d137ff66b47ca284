package org.attache.coder;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.actors.ActorMention;
import org.attache.text.Sentence;

/**
 * What earlier sentences of a document said about who acts, so that a later "he", "she", "it" or
 * "they" can be read as the actor it stands for ("Putin arrived in Pyongyang. He and Kim signed a
 * treaty."). Persons and office holders answer "he"/"she"; states, organisations and companies
 * answer "it"/"they".
 *
 * <p>Mutable and not thread-safe: one per document, fed in sentence order.
 */
public final class DocumentContext {

    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> IMPERSONAL = Set.of("it", "they", "them", "its", "their");

    /** Role words that name one person, so a later "he" or "she" can refer back to them. */
    private static final Set<String> PERSON_HEADS = Set.of("president", "minister", "premier", "chancellor", "king",
            "queen", "leader", "secretary", "chief", "head", "envoy", "ambassador", "spokesman", "spokeswoman",
            "spokesperson", "mayor", "governor", "general", "commander", "emir", "prince", "cleric", "ayatollah",
            "pope", "senator", "official", "diplomat", "director", "ceo", "chairman");

    private ActorMention lastPerson;
    private ActorMention lastCollective;
    private Sentence sentence;
    private List<ActorMention> sentenceSubjects = List.of();

    /**
     * Starts a sentence whose verbs have the given subjects: a pronoun after one of them stands for
     * it before anything said earlier ("Iran admitted that its military...").
     */
    void beginSentence(Sentence s, List<ActorMention> subjects) {
        sentence = s;
        sentenceSubjects = List.copyOf(subjects);
    }

    /** Ends the sentence: its subjects become the antecedents of the next sentences' pronouns. */
    void endSentence() {
        for (ActorMention m : sentenceSubjects) {
            if (isPersonLike(sentence, m)) {
                lastPerson = m;
            } else {
                lastCollective = m;
            }
        }
        sentenceSubjects = List.of();
    }

    /** The actor a pronoun at token {@code i} stands for, or null. */
    ActorMention antecedent(Sentence s, int i) {
        String word = s.token(i).word().toLowerCase(Locale.ROOT);
        boolean personal = PERSONAL.contains(word);
        if (!personal && !IMPERSONAL.contains(word)) {
            return null;
        }
        ActorMention m = null;
        if (s == sentence) {
            for (ActorMention subject : sentenceSubjects) {
                // not the subject of the pronoun's own clause: "soldiers looted them" is no reflexive
                boolean sameClause = s.governor(subject.head()) == s.governor(i);
                if (subject.head() < i && !sameClause && isPersonLike(s, subject) == personal) {
                    m = subject;
                }
            }
        }
        if (m == null) {
            m = personal ? lastPerson : lastCollective;
        }
        if (m == null) {
            return null;
        }
        int begin = s.token(i).begin();
        return new ActorMention(m.code(), m.name(), s.token(i).word(), begin, s.token(i).end(), m.country(), m.type(),
                i, m.source());
    }

    private static boolean isPersonLike(Sentence s, ActorMention m) {
        return m.type().equals("person") || PERSON_HEADS.contains(s.token(m.head()).key());
    }
}
