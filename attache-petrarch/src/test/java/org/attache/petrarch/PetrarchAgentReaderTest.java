package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.attache.actors.AgentDictionary.Agent;
import org.junit.jupiter.api.Test;

class PetrarchAgentReaderTest {

    private final List<String> problems = new ArrayList<>();

    private List<Agent> read(String text) {
        return new PetrarchAgentReader().read(PetrarchText.of("agents.txt", new StringReader(text), problems));
    }

    private static List<String> phrases(List<Agent> agents) {
        return agents.stream().map(a -> (a.prefix() ? a.role() + "~ " : "~" + a.role() + " ") + a.phrase()).toList();
    }

    @Test
    void readsSuffixAndPrefixCodesWithRegularAndListedPlurals() {
        List<Agent> agents = read("""
                DEPUTY [~LEG]            # regular plural: DEPUTIES
                POLICE {} [ ~COP]        # no plural
                GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
                AID_AGENCY [  NGO~]
                """);

        assertThat(problems).isEmpty();
        assertThat(phrases(agents)).containsExactly("~LEG DEPUTY", "~LEG DEPUTIES", "~COP POLICE",
                "~GGS GOLDEN GOOSE", "~GGS GOLDEN GEESE", "NGO~ AID AGENCY", "NGO~ AID AGENCIES");
    }

    @Test
    void expandsSubstitutionSets() {
        List<Agent> agents = read("""
                !BOSS! = CHIEF, CHIEFS
                ARMY_!BOSS! [~MIL]
                """);

        assertThat(phrases(agents)).containsExactly("~MIL ARMY CHIEF", "~MIL ARMY CHIEFS");
    }

    @Test
    void reportsLinesWithoutACodeAndKeepsReading() {
        List<Agent> agents = read("""
                GENERAL [GOV]
                ADMIRAL
                MAYOR [~GOV]
                """);

        assertThat(problems).containsExactly(
                "agents.txt:1: expected 'PHRASE [{PLURALS}] [~CODE]' or '... [CODE~]': GENERAL [GOV]",
                "agents.txt:2: expected 'PHRASE [{PLURALS}] [~CODE]' or '... [CODE~]': ADMIRAL");
        assertThat(agents).extracting(Agent::role).containsOnly("GOV");
    }
}
