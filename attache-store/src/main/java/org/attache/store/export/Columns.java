package org.attache.store.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.attache.actors.ActorMention;
import org.attache.events.Event;
import org.attache.store.ActorCode;
import org.attache.store.EventRecord;

/**
 * The flat columns of the CSV and Parquet exports: every field of an event (actor codes split as in
 * the store), its document's URL and publisher, and its counts. Values are strings or null here;
 * Parquet gives the numeric and boolean columns their types.
 *
 * <p>Thread-safety: immutable.
 */
final class Columns {

    /** A column's name, its Parquet (DuckDB) type, and how to get its value. */
    record Column(String name, String type, Function<EventRecord, String> value) {
    }

    static final List<Column> ALL = build();

    private Columns() {
    }

    static List<String> names() {
        return ALL.stream().map(Column::name).toList();
    }

    private static List<Column> build() {
        List<Column> c = new ArrayList<>();
        c.add(new Column("event_id", "VARCHAR", r -> r.event().eventId()));
        c.add(new Column("doc_id", "VARCHAR", r -> r.event().docId()));
        c.add(new Column("sentence_index", "INTEGER", r -> Integer.toString(r.event().sentenceIndex())));
        c.add(new Column("date", "DATE", r -> r.event().date().toString()));
        actor(c, "source", Event::source);
        actor(c, "target", Event::target);
        c.add(new Column("cameo", "VARCHAR", r -> r.event().cameo().code()));
        c.add(new Column("cameo_name", "VARCHAR", r -> r.event().cameo().name()));
        c.add(new Column("root", "VARCHAR", r -> r.event().cameo().root()));
        c.add(new Column("base", "VARCHAR", r -> r.event().cameo().base()));
        c.add(new Column("quad_class", "INTEGER", r -> Integer.toString(r.event().cameo().quadClass().number())));
        c.add(new Column("goldstein", "DOUBLE", r -> number(r.event().cameo().goldstein())));
        c.add(new Column("negated", "BOOLEAN", r -> Boolean.toString(r.event().negated())));
        c.add(new Column("hypothetical", "BOOLEAN", r -> Boolean.toString(r.event().hypothetical())));
        c.add(new Column("mode", "VARCHAR", r -> r.event().mode().label()));
        c.add(new Column("reported_by", "VARCHAR", r -> r.event().reportedBy()));
        c.add(new Column("sentence", "VARCHAR", r -> r.event().evidence().sentence()));
        c.add(new Column("trigger", "VARCHAR", r -> r.event().evidence().trigger()));
        c.add(new Column("trigger_begin", "INTEGER", r -> Integer.toString(r.event().evidence().triggerBegin())));
        c.add(new Column("trigger_end", "INTEGER", r -> Integer.toString(r.event().evidence().triggerEnd())));
        c.add(new Column("rule", "VARCHAR", r -> r.event().evidence().rule()));
        c.add(new Column("rule_file", "VARCHAR", r -> r.event().evidence().ruleSource() == null ? null
                : r.event().evidence().ruleSource().file()));
        c.add(new Column("rule_line", "INTEGER", r -> r.event().evidence().ruleSource() == null ? null
                : Integer.toString(r.event().evidence().ruleSource().line())));
        c.add(new Column("url", "VARCHAR", EventRecord::url));
        c.add(new Column("publisher", "VARCHAR", EventRecord::publisher));
        c.add(new Column("mentions", "INTEGER", r -> Integer.toString(r.mentions())));
        c.add(new Column("sources", "INTEGER", r -> Integer.toString(r.sources())));
        c.add(new Column("articles", "INTEGER", r -> Integer.toString(r.articles())));
        return List.copyOf(c);
    }

    private static void actor(List<Column> c, String role, Function<Event, ActorMention> of) {
        c.add(new Column(role + "_code", "VARCHAR", r -> field(of.apply(r.event()), ActorMention::code)));
        c.add(new Column(role + "_country", "VARCHAR", r -> field(of.apply(r.event()), ActorMention::country)));
        c.add(new Column(role + "_role", "VARCHAR", r -> field(of.apply(r.event()), a -> ActorCode.of(a).role())));
        c.add(new Column(role + "_rest", "VARCHAR", r -> field(of.apply(r.event()), a -> ActorCode.of(a).rest())));
        c.add(new Column(role + "_name", "VARCHAR", r -> field(of.apply(r.event()), ActorMention::name)));
        c.add(new Column(role + "_text", "VARCHAR", r -> field(of.apply(r.event()), ActorMention::text)));
        c.add(new Column(role + "_begin", "INTEGER", r -> field(of.apply(r.event()),
                a -> a.begin() < 0 ? null : Integer.toString(a.begin()))));
        c.add(new Column(role + "_end", "INTEGER", r -> field(of.apply(r.event()),
                a -> a.begin() < 0 ? null : Integer.toString(a.end()))));
        c.add(new Column(role + "_type", "VARCHAR", r -> field(of.apply(r.event()), ActorMention::type)));
    }

    private static String field(ActorMention a, Function<ActorMention, String> f) {
        return a == null ? null : f.apply(a);
    }

    /** A number without a needless fraction: {@code 4}, {@code -2.5}, {@code 3.4}. */
    static String number(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** The year and month partition columns of a date. */
    static int[] yearMonth(LocalDate date) {
        return new int[] {date.getYear(), date.getMonthValue()};
    }
}
