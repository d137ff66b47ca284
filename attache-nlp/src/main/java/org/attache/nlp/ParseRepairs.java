package org.attache.nlp;

import java.util.ArrayList;
import java.util.List;
import org.attache.text.Dependency;
import org.attache.text.Token;

/**
 * Mends a misreading the dependency parser makes regularly and the coder cannot see past. Stateless.
 *
 * <p>"signed a memorandum with Tunisia offering economic aid": the parser reads "with Tunisia
 * offering" as an absolute clause (Tunisia doing the offering, "with" its marker) hung on the
 * memorandum, and the agreement loses its partner. After a noun, "with" and a proper noun are
 * that noun's partner, and the participle describes the noun: {@code with} becomes the case of
 * the name, the name an {@code nmod} of the noun. The absolute reading survives where it is
 * likely: on a verb ("with prices rising, the bank...") or with a common noun ("with talks
 * stalling").
 */
final class ParseRepairs {

    private ParseRepairs() {
    }

    static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
        Dependency[] byDependent = new Dependency[tokens.size()];
        for (Dependency d : edges) {
            byDependent[d.dependent()] = d;
        }
        List<Dependency> mended = new ArrayList<>(edges);
        for (Dependency participle : edges) {
            Token verb = tokens.get(participle.dependent());
            if (!participle.relation().equals("acl") || !verb.tag().equals("VBG")
                    || participle.governor() < 0 || !tokens.get(participle.governor()).tag().startsWith("NN")) {
                continue;
            }
            int with = childOf(byDependent, participle.dependent(), "mark");
            int subject = childOf(byDependent, participle.dependent(), "nsubj");
            if (with < 0 || subject < 0 || !tokens.get(with).word().equalsIgnoreCase("with")
                    || !tokens.get(subject).tag().startsWith("NNP") || !(with < subject && subject < verb.index())) {
                continue;
            }
            mended.set(mended.indexOf(byDependent[with]), new Dependency(subject, with, "case"));
            mended.set(mended.indexOf(byDependent[subject]), new Dependency(participle.governor(), subject, "nmod"));
        }
        return mended;
    }

    private static int childOf(Dependency[] byDependent, int governor, String relation) {
        for (Dependency d : byDependent) {
            if (d != null && d.governor() == governor && d.relation().equals(relation)) {
                return d.dependent();
            }
        }
        return -1;
    }
}
