package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.store.TestEvents.coded;
import static org.attache.store.TestEvents.event;
import static org.attache.store.TestEvents.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.events.Event;
import org.attache.formats.EventJson;
import org.attache.pipeline.CodedArticle;
import org.attache.store.query.ActorCount;
import org.attache.store.query.DocumentSummary;
import org.attache.store.query.DyadChange;
import org.attache.store.query.DyadChanges;
import org.attache.store.query.EventCluster;
import org.attache.store.query.EventFilter;
import org.attache.store.query.Network;
import org.attache.store.query.Period;
import org.attache.store.query.SeriesPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventStore} must do, run against a real database by each store's {@code *IT}.
 */
abstract class StoreContract {

    static final LocalDate DAY = LocalDate.of(2022, 2, 24);

    EventStore store;
    CodingRun run;

    /** A new, empty store. */
    abstract EventStore openEmpty() throws Exception;

    /** The same store, opened again (a new process would). */
    abstract EventStore reopen() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openEmpty();
        run = store.startRun("test", "dict", "{}");
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void readsBackEveryFieldOfTheJsonOutput() {
        Event e = event("a", 2, DAY, "RUSMIL", "UKR", "190");
        store.store(run, List.of(coded("a", DAY, text(1, 40), "Wire", List.of(e))));

        List<EventRecord> back = events(EventFilter.ALL);
        assertThat(back).hasSize(1);
        assertThat(EventJson.toJson(back.get(0).event())).isEqualTo(EventJson.toJson(e));
        assertThat(back.get(0).url()).isEqualTo("https://example.org/a");
        assertThat(back.get(0).publisher()).isEqualTo("Wire");
    }

    @Test
    void storesNothingTwiceWhenTheSameInputIsStoredAgain() throws Exception {
        CodedArticle a = coded("a", DAY, text(1, 40), "Wire", List.of(event("a", 0, DAY, "USAGOV", "PRK", "111"),
                event("a", 1, DAY, "PRK", "USA", "111")));
        CodedArticle b = coded("b", DAY, text(2, 40), "Wire", List.of(event("b", 0, DAY, "CHN", "USA", "040")));
        IngestReport first = store.store(run, List.of(a, b));
        assertThat(store.isCurrent(a.article(), run)).isTrue();
        assertThat(store.isCurrent(new org.attache.text.Article("a", DAY, "other text"), run)).isFalse();
        assertThat(store.isCurrent(a.article(), new CodingRun(99, "test", "other dictionaries", "{}", run.started())))
                .isFalse();

        store.close();
        store = reopen();
        IngestReport second = store.store(store.startRun("test", "dict", "{}"), List.of(a, b));

        assertThat(first.added()).isEqualTo(2);
        assertThat(second.added()).isZero();
        assertThat(second.replaced()).isEqualTo(2);
        assertThat(store.count(EventFilter.ALL, false)).isEqualTo(3);
        assertThat(store.count(EventFilter.ALL, true)).isEqualTo(3);
        assertThat(events(EventFilter.ALL)).extracting(r -> r.event().eventId()).doesNotHaveDuplicates();
    }

    @Test
    void replacesTheEventsOfAChangedDocument() {
        store.store(run, List.of(coded("a", DAY, text(1, 40), null, List.of(event("a", 0, DAY, "RUS", "UKR", "190"),
                event("a", 1, DAY, "UKR", "RUS", "111")))));
        store.refreshClusters();

        store.store(run, List.of(coded("a", DAY, text(1, 40) + " Updated.", null,
                List.of(event("a", 0, DAY, "RUS", "UKR", "193")))));

        assertThat(events(EventFilter.ALL)).extracting(r -> r.event().cameo().code()).containsExactly("193");
        assertThat(clusters(EventFilter.ALL)).extracting(c -> c.representative().event().cameo().code())
                .containsExactly("193");
    }

    @Test
    void clustersSeveralReportsOfOneEventWithGdeltCounts() {
        String wire = text(7, 120);
        store.store(run, List.of(
                coded("reuters-1", DAY, wire, "Reuters", List.of(event("reuters-1", 0, DAY, "RUSMIL", "UKR", "190"),
                        event("reuters-1", 3, DAY, "RUSMIL", "UKR", "1901"))),
                coded("ap-1", DAY, text(8, 100), "AP", List.of(event("ap-1", 1, DAY, "RUSMIL", "UKR", "190"))),
                // the Reuters story republished the next day by another outlet: a syndicated copy
                coded("paper-1", DAY.plusDays(1), "Breaking: " + wire, "Daily Paper",
                        List.of(event("paper-1", 0, DAY.plusDays(1), "RUSMIL", "UKR", "190"))),
                coded("ap-2", DAY.plusDays(5), text(9, 100), "AP",
                        List.of(event("ap-2", 0, DAY.plusDays(5), "RUSMIL", "UKR", "190"))),
                coded("other", DAY, text(10, 100), "AP", List.of(event("other", 0, DAY, "RUSMIL", "UKR", "111")))));

        List<EventCluster> invasions = clusters(EventFilter.dyad("RUS", "UKR").withCodes("19", null, null));

        assertThat(invasions).hasSize(2);
        EventCluster first = invasions.get(0);
        assertThat(first.date()).isEqualTo(DAY);
        assertThat(first.lastDate()).isEqualTo(DAY.plusDays(1));
        assertThat(first.mentions()).isEqualTo(4);
        assertThat(first.articles()).isEqualTo(3);
        assertThat(first.sources()).isEqualTo(3);
        assertThat(first.stories()).as("the copy counts with its original").isEqualTo(2);
        assertThat(first.members()).extracting(EventCluster.Member::docId)
                .containsExactly("ap-1", "reuters-1", "reuters-1", "paper-1");
        assertThat(first.members()).allSatisfy(m -> assertThat(m.sentence()).contains("rusmil did 190"));
        assertThat(first.members().get(3).copyOf()).isEqualTo("reuters-1");
        assertThat(invasions.get(1).mentions()).isEqualTo(1);
        assertThat(invasions.get(1).date()).isEqualTo(DAY.plusDays(5));
        assertThat(store.count(EventFilter.ALL, true)).isEqualTo(3);
    }

    @Test
    void clustersDoNotDependOnTheOrderReportsArrive() {
        List<CodedArticle> reports = new ArrayList<>();
        for (int day = 0; day < 6; day++) {
            String id = "d" + day;
            reports.add(coded(id, DAY.plusDays(day), text(20 + day, 60), "S" + day,
                    List.of(event(id, 0, DAY.plusDays(day), "USA", "CHN", "111"))));
        }
        for (int i = reports.size() - 1; i >= 0; i--) {
            store.store(run, List.of(reports.get(i)));
            store.refreshClusters();
        }
        assertThat(clusters(EventFilter.ALL)).extracting(EventCluster::date, EventCluster::mentions).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DAY, 2), org.assertj.core.groups.Tuple.tuple(DAY.plusDays(2), 2),
                org.assertj.core.groups.Tuple.tuple(DAY.plusDays(4), 2));
    }

    @Test
    void aDocumentThatCannotBeStoredDoesNotBlockTheOthers() {
        // PostgreSQL refuses NUL characters in text; DuckDB takes them. Either way the others are stored.
        CodedArticle bad = coded("bad", DAY, text(3, 40), "Bad\u0000Source",
                List.of(event("bad", 0, DAY, "FRA", "DEU", "040")));
        IngestReport report = store.store(run, List.of(
                coded("ok-1", DAY, text(4, 40), null, List.of(event("ok-1", 0, DAY, "FRA", "DEU", "040"))),
                bad,
                coded("ok-2", DAY, text(5, 40), null, List.of(event("ok-2", 0, DAY, "DEU", "FRA", "040")))));

        assertThat(report.added() + report.rejected().size()).isEqualTo(3);
        assertThat(report.rejected()).allSatisfy(r -> assertThat(r).startsWith("bad: "));
        assertThat(events(EventFilter.ALL)).extracting(r -> r.event().docId()).contains("ok-1", "ok-2");
    }

    @Test
    void queriesByDateActorDyadCodeQuadCountryAndDocument() {
        store.store(run, List.of(
                coded("a", DAY, text(1, 40), null, List.of(event("a", 0, DAY, "USAGOV", "PRK", "111"),
                        event("a", 1, DAY, "PRK", "USAMIL", "190"))),
                coded("b", DAY.plusMonths(1), text(2, 40), null,
                        List.of(event("b", 0, DAY.plusMonths(1), "USAGOV", "PRK", "040"),
                                event("b", 1, DAY.plusMonths(1), "CHN", null, "010")))));

        assertThat(store.count(EventFilter.ALL.withDates(DAY.plusDays(1), null), false)).isEqualTo(2);
        assertThat(store.count(EventFilter.ALL.withActor("usa"), false)).isEqualTo(3);
        assertThat(store.count(EventFilter.dyad("USA", "PRK"), false)).isEqualTo(2);
        assertThat(store.count(EventFilter.ALL.withDyad("USA", "PRK", true), false)).isEqualTo(3);
        assertThat(store.count(EventFilter.ALL.withCodes("19", null, null), false)).isEqualTo(1);
        assertThat(store.count(EventFilter.ALL.withCodes(null, "11", null), false)).isEqualTo(1);
        assertThat(store.count(EventFilter.ALL.withCodes(null, null, 4), false)).isEqualTo(1);
        assertThat(store.count(EventFilter.ALL.withCountry("CHN"), false)).isEqualTo(1);
        assertThat(store.count(EventFilter.ALL.withDocument("b"), false)).isEqualTo(2);
        assertThat(store.count(EventFilter.ALL.withDocument("b"), true)).isEqualTo(2);

        List<SeriesPoint> series = store.series(EventFilter.dyad("USA", "PRK"), Period.MONTH, false);
        assertThat(series).extracting(SeriesPoint::label).containsExactly("2022-02", "2022-03");
        assertThat(series.get(0).count(3)).isEqualTo(1);
        assertThat(series.get(0).goldsteinSum()).isEqualTo(-2.0);
        assertThat(series.get(1).count(1)).isEqualTo(1);

        List<ActorCount> top = store.topActors(EventFilter.ALL, 2, false);
        assertThat(top).extracting(ActorCount::code, ActorCount::total).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PRK", 3L), org.assertj.core.groups.Tuple.tuple("USAGOV", 2L));
    }

    @Test
    void pagesThroughEventsWithoutOverlapAndFindsOneById() {
        store.store(run, List.of(
                coded("a", DAY, text(1, 40), "Wire", List.of(event("a", 0, DAY, "USAGOV", "PRK", "111"),
                        event("a", 1, DAY, "PRK", "USAMIL", "190"))),
                coded("b", DAY.plusDays(3), text(2, 40), null, List.of(event("b", 0, DAY.plusDays(3), "CHN", "USA",
                        "040"), event("b", 2, DAY.plusDays(3), "USA", "CHN", "040")))));

        List<String> all = events(EventFilter.ALL).stream().map(r -> r.event().eventId()).toList();
        List<String> pages = new ArrayList<>();
        for (int offset = 0; offset < 4; offset += 3) {
            store.events(EventFilter.ALL, offset, 3, r -> pages.add(r.event().eventId()));
        }
        List<String> usa = new ArrayList<>();
        store.events(EventFilter.ALL.withActor("USA"), 1, 1, r -> usa.add(r.event().docId()));

        assertThat(pages).isEqualTo(all).hasSize(4);
        assertThat(usa).containsExactly("a");
        EventRecord one = store.event(all.get(1)).orElseThrow();
        assertThat(one.event().cameo().code()).isEqualTo("190");
        assertThat(one.publisher()).isEqualTo("Wire");
        assertThat(one.title()).isEqualTo("Title of a");
        assertThat(store.event("no-such-event")).isEmpty();
        assertThat(store.event("' OR '1'='1")).isEmpty();
    }

    @Test
    void listsDocumentsAPageAtATimeWithTheirEventCounts() {
        store.store(run, List.of(
                coded("b", DAY.plusDays(1), text(2, 40), "AP", List.of(event("b", 0, DAY.plusDays(1), "CHN", "USA",
                        "040"))),
                coded("a", DAY, text(1, 40), "Wire", List.of(event("a", 0, DAY, "USAGOV", "PRK", "111"),
                        event("a", 1, DAY, "PRK", "USAMIL", "190"))),
                coded("c", DAY.plusDays(2), text(3, 40), null, List.of())));

        assertThat(store.countDocuments(null, null)).isEqualTo(3);
        assertThat(store.countDocuments(DAY.plusDays(1), null)).isEqualTo(2);
        assertThat(store.documents(null, null, 0, 2)).extracting(DocumentSummary::docId, DocumentSummary::events)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 2),
                        org.assertj.core.groups.Tuple.tuple("b", 1));
        assertThat(store.documents(null, DAY.plusDays(1), 1, 2)).extracting(DocumentSummary::docId)
                .containsExactly("b");
        DocumentSummary a = store.document("a").orElseThrow();
        assertThat(a).isEqualTo(new DocumentSummary("a", DAY, "Title of a", "https://example.org/a", "Wire", 2));
        assertThat(store.document("zzz")).isEmpty();
    }

    @Test
    void ordersDyadsByTheirChangeBetweenTheTwoLatestPeriods() {
        LocalDate march = DAY.plusMonths(1);
        LocalDate april = DAY.plusMonths(2);
        store.store(run, List.of(
                coded("jan", DAY.minusMonths(1), text(1, 40), null, List.of(
                        event("jan", 0, DAY.minusMonths(1), "FRA", "DEU", "040"))),
                coded("mar", march, text(2, 40), null, List.of(event("mar", 0, march, "USA", "PRK", "111"),
                        event("mar", 1, march, "USA", "PRK", "111"), event("mar", 2, march, "USA", "PRK", "111"),
                        event("mar", 3, march, "CHN", "USA", "040"))),
                coded("apr", april, text(3, 40), null, List.of(event("apr", 0, april, "CHN", "USA", "040"),
                        event("apr", 1, april, "CHN", "USA", "040"), event("apr", 2, april, "CHN", null, "010"),
                        event("apr", 3, april, "USA", "PRK", "190")))));

        DyadChanges changes = store.dyadChanges(EventFilter.ALL, Period.MONTH, 10);

        assertThat(changes.latest()).isEqualTo(april.withDayOfMonth(1));
        assertThat(changes.previous()).isEqualTo(march.withDayOfMonth(1));
        assertThat(changes.dyads()).extracting(DyadChange::source, DyadChange::target, DyadChange::previous,
                DyadChange::latest, DyadChange::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("USA", "PRK", 3L, 1L, -2L),
                org.assertj.core.groups.Tuple.tuple("CHN", "USA", 1L, 2L, 1L),
                org.assertj.core.groups.Tuple.tuple("FRA", "DEU", 0L, 0L, 0L));
        assertThat(changes.dyads().get(0).goldsteinMean()).isEqualTo((-2.0 * 3 - 10.0) / 4);
        assertThat(changes.dyads().get(0).events()).isEqualTo(4);
        assertThat(store.dyadChanges(EventFilter.ALL.withCountry("CHN"), Period.MONTH, 1).dyads())
                .extracting(DyadChange::source).containsExactly("CHN");
        assertThat(store.dyadChanges(EventFilter.ALL.withCountry("GBR"), Period.YEAR, 5).latest()).isNull();
    }

    @Test
    void buildsTheNetworkOfTheBusiestDyadsWithoutSelfLoops() {
        store.store(run, List.of(coded("a", DAY, text(1, 40), null, List.of(event("a", 0, DAY, "USA", "PRK", "111"),
                event("a", 1, DAY, "USA", "PRK", "190"), event("a", 2, DAY, "PRK", "USA", "111"),
                event("a", 3, DAY, "USA", "USA", "010"), event("a", 4, DAY, "CHN", "PRK", "040"),
                event("a", 5, DAY, "CHN", null, "040")))));

        Network network = store.network(EventFilter.ALL, 2);

        assertThat(network.edges()).extracting(Network.Edge::source, Network.Edge::target, Network.Edge::events)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("USA", "PRK", 2L),
                        org.assertj.core.groups.Tuple.tuple("CHN", "PRK", 1L));
        assertThat(network.edges().get(0).goldsteinMean()).isEqualTo(-6.0);
        assertThat(network.nodes()).extracting(Network.Node::code, Network.Node::events).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PRK", 3L), org.assertj.core.groups.Tuple.tuple("USA", 2L),
                org.assertj.core.groups.Tuple.tuple("CHN", 1L));
        assertThat(network.nodes().get(0).name()).isEqualTo("PRK name");
        assertThat(network.nodes().get(0).type()).isEqualTo("state");
    }

    @Test
    void aDuplicateReadsAndWritesTheSameDatabase() {
        store.store(run, List.of(coded("a", DAY, text(1, 40), null, List.of(event("a", 0, DAY, "USA", "PRK", "111")))));
        try (EventStore other = store.duplicate()) {
            assertThat(other.count(EventFilter.ALL, false)).isEqualTo(1);
            other.store(run, List.of(coded("b", DAY, text(2, 40), null,
                    List.of(event("b", 0, DAY, "CHN", "PRK", "111")))));
        }
        assertThat(store.count(EventFilter.ALL, false)).isEqualTo(2);
    }

    List<EventRecord> events(EventFilter filter) {
        List<EventRecord> list = new ArrayList<>();
        store.events(filter, 0, list::add);
        return list;
    }

    List<EventCluster> clusters(EventFilter filter) {
        List<EventCluster> list = new ArrayList<>();
        store.clusters(filter, 0, list::add);
        return list;
    }
}
