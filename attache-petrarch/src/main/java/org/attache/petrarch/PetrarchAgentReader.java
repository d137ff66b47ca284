package org.attache.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.actors.AgentDictionary.Agent;
import org.attache.dictionary.DictionaryText;
import org.attache.dictionary.DictionaryText.Line;

/**
 * Reads a PETRARCH-1 / TABARI agent dictionary into Attaché {@link Agent}s:
 *
 * <pre>
 * !MINST! = MINISTER, MINISTRY          a substitution set, used as !MINST! in later phrases
 * FOREIGN_MINISTER [~GOVFRM]            a phrase whose code follows the actor's (ARN + GOVFRM)
 * MSF {} [NGO~]                         ...or comes before it (NGO + ARN); {} : no plural
 * GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]    irregular plurals; without braces the regular plural is made
 * !MINST!_OF_SILLY_WALKS [~GOV]         one phrase per member of the set
 * </pre>
 *
 * Each malformed line is reported with the reason and skipped. Stateless.
 */
final class PetrarchAgentReader {

    private static final Pattern SUBSTITUTION = Pattern.compile("(![A-Za-z0-9]+!)\\s*=\\s*(.+)");
    private static final Pattern AGENT = Pattern.compile("([^\\[{]+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[\\s*(~?)\\s*([A-Za-z]+)\\s*(~?)\\s*\\]");

    List<Agent> read(DictionaryText text) {
        Map<String, List<String>> substitutions = new HashMap<>();
        List<Agent> agents = new ArrayList<>();
        for (Line line : text.lines()) {
            Matcher sub = SUBSTITUTION.matcher(line.text());
            if (sub.matches()) {
                List<String> members = new ArrayList<>();
                for (String member : sub.group(2).split(",")) {
                    if (!member.isBlank()) {
                        members.add(member.strip());
                    }
                }
                substitutions.put(sub.group(1).toUpperCase(Locale.ROOT), members);
                continue;
            }
            Matcher m = AGENT.matcher(line.text());
            boolean suffix = m.matches() && !m.group(3).isEmpty();
            boolean prefix = m.matches() && !m.group(5).isEmpty();
            if (!m.matches() || suffix == prefix) {
                text.problem(line, "expected 'PHRASE [{PLURALS}] [~CODE]' or '... [CODE~]': " + line.text());
                continue;
            }
            List<String> singulars = substitute(text, line, m.group(1), substitutions);
            String role = m.group(4).toUpperCase(Locale.ROOT);
            for (String singular : singulars) {
                for (String phrase : forms(singular, m.group(2), singulars.size() > 1)) {
                    agents.add(new Agent(role, phrase, text.at(line), prefix));
                }
            }
        }
        return agents;
    }

    /** The phrase with each {@code !SET!} replaced by each of its members in turn. */
    private static List<String> substitute(DictionaryText text, Line line, String written,
                                           Map<String, List<String>> substitutions) {
        List<String> phrases = new ArrayList<>(List.of(written));
        Matcher set = Pattern.compile("![A-Za-z0-9]+!").matcher(written);
        while (set.find()) {
            List<String> members = substitutions.get(set.group().toUpperCase(Locale.ROOT));
            if (members == null) {
                text.problem(line, "unknown substitution set " + set.group() + "; the phrase is read as written");
                continue;
            }
            List<String> expanded = new ArrayList<>();
            for (String phrase : phrases) {
                for (String member : members) {
                    expanded.add(phrase.replace(set.group(), member));
                }
            }
            phrases = expanded;
        }
        return phrases;
    }

    /**
     * The phrase and its plurals: those in braces ({@code {}} for none), else the regular plural of
     * the last word, unless the phrase came from a substitution set, whose members list their plurals.
     */
    private static List<String> forms(String singular, String plurals, boolean substituted) {
        List<String> forms = new ArrayList<>();
        forms.add(words(singular));
        if (plurals != null) {
            for (String p : plurals.strip().split("\\s+")) {
                if (!p.isEmpty()) {
                    forms.add(words(p));
                }
            }
        } else if (!substituted) {
            String phrase = words(singular);
            int space = phrase.lastIndexOf(' ');
            String last = phrase.substring(space + 1);
            String plural = EnglishForms.plural(last.toLowerCase(Locale.ROOT));
            forms.add(phrase.substring(0, space + 1)
                    + (last.equals(last.toUpperCase(Locale.ROOT)) ? plural.toUpperCase(Locale.ROOT)
                        : plural));
        }
        return forms;
    }

    private static String words(String written) {
        return written.replace('_', ' ').strip().replaceAll("\\s+", " ");
    }
}
