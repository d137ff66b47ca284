package org.attache.coder;

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

    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
    private static final Set<String> IMPERSONAL = Set.of("it", "they", "them");

    /** Role words that name one person, so a later "he" or "she" can refer back to them. */
    private static final Set<String> PERSON_HEADS = Set.of("president", "minister", "premier", "chancellor", "king",
            "queen", "leader", "secretary", "chief", "head", "envoy", "ambassador", "spokesman", "spokeswoman",
            "spokesperson", "mayor", "governor", "general", "commander", "emir", "prince", "cleric", "ayatollah",
            "pope", "senator", "official", "diplomat", "director", "ceo", "chairman");

    private ActorMention lastPerson;
    private ActorMention lastCollective;

    /** The actor a pronoun at token {@code i} stands for, or null. */
    ActorMention antecedent(Sentence s, int i) {
        String word = s.token(i).word().toLowerCase(java.util.Locale.ROOT);
        ActorMention m = PERSONAL.contains(word) ? lastPerson : IMPERSONAL.contains(word) ? lastCollective : null;
        if (m == null) {
            return null;
        }
        int begin = s.token(i).begin();
        return new ActorMention(m.code(), m.name(), s.token(i).word(), begin, s.token(i).end(), m.country(), m.type(),
                i, m.source());
    }

    /** Records an actor seen as the subject of a clause, the likeliest antecedent of later pronouns. */
    void sawSubject(Sentence s, ActorMention m) {
        boolean personLike = m.type().equals("person") || PERSON_HEADS.contains(s.token(m.head()).key());
        if (personLike) {
            lastPerson = m;
        } else {
            lastCollective = m;
        }
    }
}
