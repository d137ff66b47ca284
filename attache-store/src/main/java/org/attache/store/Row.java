package org.attache.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Where a bulk writer puts the values of one table row, column after column in table order:
 * DuckDB's appender or a batched PostgreSQL insert. Nulls are allowed for every boxed value.
 *
 * <p>Not thread-safe.
 */
interface Row {

    Row text(String value) throws SQLException;

    Row integer(Integer value) throws SQLException;

    Row bigint(long value) throws SQLException;

    Row real(Double value) throws SQLException;

    Row bool(boolean value) throws SQLException;

    Row date(LocalDate value) throws SQLException;

    /** A time without zone; the store writes UTC. */
    Row timestamp(LocalDateTime value) throws SQLException;

    /** Ends the row; the next value starts a new one. */
    void end() throws SQLException;
}
