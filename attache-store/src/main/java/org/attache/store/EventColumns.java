package org.attache.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.attache.actors.ActorMention;
import org.attache.codebook.CameoCode;
import org.attache.codebook.QuadClass;
import org.attache.dictionary.SourceLine;
import org.attache.events.Event;
import org.attache.events.Evidence;
import org.attache.events.Mode;
import org.attache.store.dedup.ClusterRule;

/**
 * The {@code events} table's columns: every field of the JSON output, with actor codes split into
 * country, role and rest ({@link ActorCode}) and date parts for grouping. Writes an event as a row
 * and reads it back into an equal event, except for what the JSON does not carry either (a
 * mention's parse-tree head and dictionary line). Spans of implied actors, which have no words in
 * the text, are stored as NULL.
 *
 * <p>Thread-safety: stateless.
 */
final class EventColumns {

    static final List<String> NAMES = List.of("event_id", "doc_id", "run_id", "sentence_index", "date", "year", "month",
            "source_code", "source_country", "source_role", "source_rest", "source_name", "source_text", "source_begin",
            "source_end", "source_type", "target_code", "target_country", "target_role", "target_rest", "target_name",
            "target_text", "target_begin", "target_end", "target_type", "cameo", "cameo_name", "root", "base",
            "quad_class", "goldstein", "negated", "hypothetical", "mode", "reported_by", "sentence", "trigger_text",
            "trigger_begin", "trigger_end", "rule_pattern", "rule_file", "rule_line", "cluster_key");

    /** The columns {@link #read} needs, for a SELECT over table alias {@code e}. */
    static final String SELECT = "e." + String.join(", e.", NAMES);

    private EventColumns() {
    }

    static void write(Event e, long runId, Row row) throws SQLException {
        row.text(e.eventId()).text(e.docId()).bigint(runId).integer(e.sentenceIndex()).date(e.date())
                .integer(e.date().getYear()).integer(e.date().getMonthValue());
        actor(e.source(), row);
        actor(e.target(), row);
        CameoCode c = e.cameo();
        row.text(c.code()).text(c.name()).text(c.root()).text(c.base()).integer(c.quadClass().number())
                .real(c.goldstein()).bool(e.negated()).bool(e.hypothetical()).text(e.mode().label())
                .text(e.reportedBy());
        Evidence ev = e.evidence();
        SourceLine rule = ev.ruleSource();
        row.text(ev.sentence()).text(ev.trigger()).integer(ev.triggerBegin()).integer(ev.triggerEnd()).text(ev.rule())
                .text(rule == null ? null : rule.file()).integer(rule == null ? null : rule.line())
                .text(ClusterRule.keyOf(e));
        row.end();
    }

    private static void actor(ActorMention a, Row row) throws SQLException {
        if (a == null) {
            for (int i = 0; i < 9; i++) {
                row.text(null);
            }
            return;
        }
        ActorCode code = ActorCode.of(a);
        boolean spanned = a.begin() >= 0;
        row.text(a.code()).text(a.country()).text(code.role()).text(code.rest()).text(a.name()).text(a.text())
                .integer(spanned ? a.begin() : null).integer(spanned ? a.end() : null).text(a.type());
    }

    /** The event of the current row of {@code r}, which selected {@link #SELECT}. */
    static Event read(ResultSet r) throws SQLException {
        CameoCode cameo = new CameoCode(r.getString("cameo"), r.getString("cameo_name"), r.getDouble("goldstein"),
                QuadClass.ofNumber(r.getInt("quad_class")));
        String ruleFile = r.getString("rule_file");
        int ruleLine = r.getInt("rule_line");
        Evidence evidence = new Evidence(r.getString("sentence"), r.getString("trigger_text"),
                r.getInt("trigger_begin"), r.getInt("trigger_end"), r.getString("rule_pattern"),
                ruleFile == null ? null : new SourceLine(ruleFile, ruleLine));
        Mode mode = "intent".equals(r.getString("mode")) ? Mode.INTENT : Mode.DEED;
        return new Event(r.getString("event_id"), r.getString("doc_id"), r.getInt("sentence_index"),
                r.getObject("date", LocalDate.class), actor(r, "source_"), actor(r, "target_"), cameo,
                r.getBoolean("negated"), r.getBoolean("hypothetical"), mode, r.getString("reported_by"), evidence);
    }

    private static ActorMention actor(ResultSet r, String prefix) throws SQLException {
        String code = r.getString(prefix + "code");
        if (code == null) {
            return null;
        }
        int begin = r.getInt(prefix + "begin");
        boolean spanned = !r.wasNull();
        int end = r.getInt(prefix + "end");
        return new ActorMention(code, r.getString(prefix + "name"), r.getString(prefix + "text"),
                spanned ? begin : -1, spanned ? end : -1, r.getString(prefix + "country"), r.getString(prefix + "type"),
                -1, null);
    }
}
