package org.backcare.common;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Plain SQL on the current session's connection, for the statements of the hottest paths: on a
 * sync page of 200 entries, Hibernate's reading of projected rows and the pool's transaction check
 * on every value read were a third of the CPU. It sees what is committed or flushed and does not
 * flush first, so it is not for tables the request has written through Hibernate and not flushed.
 * Its statements are not in Hibernate's SQL log or statistics.
 */
public final class SqlQuery implements Keyset.Binder {

    /** One row to a value; it reads the row's columns and nothing else. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static volatile Boolean dialectIsPostgres;

    private final StringBuilder sql;
    private final List<Object> values = new ArrayList<>();

    /** {@code text} with its {@code ?}s taking {@code values}, in order. */
    public SqlQuery(String text, Object... values) {
        this.sql = new StringBuilder(text);
        this.values.addAll(Arrays.asList(values));
    }

    /** Adds " and {@code condition}", its {@code ?}s taking {@code values}. */
    public SqlQuery and(String condition, Object... values) {
        sql.append(" and ").append(condition);
        this.values.addAll(Arrays.asList(values));
        return this;
    }

    /** Adds text whose values were bound, in order, through {@link #bind}. */
    public SqlQuery append(String text) {
        sql.append(text);
        return this;
    }

    @Override
    public String bind(String name, Object value) {
        values.add(value);
        return "?";
    }

    /** At most {@code max} rows, read by {@code reader}. */
    public <T> List<T> list(int max, RowReader<T> reader) {
        return run(sql + " fetch first " + max + " rows only", max, reader);
    }

    /** Every row, read by {@code reader}: for statements whose rows are bounded by what they select. */
    public <T> List<T> all(RowReader<T> reader) {
        return run(sql.toString(), Integer.MAX_VALUE, reader);
    }

    /**
     * The first row the statement answers, as is: also for a write that answers with the rows it
     * wrote ({@code update … returning}), whose text differs between databases (see {@link #postgres}).
     */
    public <T> Optional<T> first(RowReader<T> reader) {
        List<T> rows = run(sql.toString(), 1, reader);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * Whether the database is PostgreSQL (otherwise H2), for the few statements and reads written
     * twice. The database kind is fixed when the application is built, so the dialect is asked once.
     */
    public static boolean postgres() {
        Boolean known = dialectIsPostgres;
        if (known == null) {
            known = session().getJdbcServices().getDialect() instanceof PostgreSQLDialect;
            dialectIsPostgres = known;
        }
        return known;
    }

    private static SharedSessionContractImplementor session() {
        return Panache.getSession().unwrap(SharedSessionContractImplementor.class);
    }

    /** Runs the statement, a write that answers no rows, in the caller's transaction; answers how many rows it changed. */
    public int update() {
        if (!session().isTransactionInProgress()) {
            throw new IllegalStateException("a write outside a transaction would commit on its own");
        }
        return run(sql.toString(), PreparedStatement::executeUpdate);
    }

    private <T> List<T> run(String text, int max, RowReader<T> reader) {
        return run(text, statement -> {
            try (ResultSet pooled = statement.executeQuery()) {
                // The pool's wrapper checks the transaction on every getter; these rows were just
                // read on this connection, in this call, so the driver's own result set is enough.
                ResultSet rows = pooled.unwrap(ResultSet.class);
                List<T> read = new ArrayList<>(Math.min(max, 256));
                while (read.size() < max && rows.next()) {
                    read.add(reader.read(rows));
                }
                return read;
            }
        });
    }

    @FunctionalInterface
    private interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private <T> T run(String text, StatementWork<T> work) {
        SharedSessionContractImplementor session = session();
        boolean done = false;
        try {
            T answer = session.doReturningWork(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(text)) {
                    for (int i = 0; i < values.size(); i++) {
                        statement.setObject(i + 1, jdbcValue(values.get(i)));
                    }
                    return work.run(statement);
                }
            });
            done = true;
            return answer;
        } finally {
            // What Hibernate does after its own statements: outside a transaction the connection
            // goes back to the pool now, not when the request ends.
            session.afterOperation(done);
        }
    }

    /**
     * On H2 read as an Instant: through OffsetDateTime, H2 looked the offset up for each value (2% of
     * a sync page's CPU). PostgreSQL's driver reads no Instant.
     */
    public static Instant instant(ResultSet row, int column) throws SQLException {
        if (!postgres()) {
            return row.getObject(column, Instant.class);
        }
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    public static UUID uuid(ResultSet row, int column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    /** What both drivers take: PostgreSQL's has no Instant, enums go by name. */
    private static Object jdbcValue(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("a null value: write IS NULL in the condition instead");
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return value instanceof Enum<?> constant ? constant.name() : value;
    }
}
