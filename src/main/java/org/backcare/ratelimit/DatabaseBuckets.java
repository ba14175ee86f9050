package org.backcare.ratelimit;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bucket4j's bucket states in the rate_limit_bucket table, each read and written under its row's
 * lock in a short transaction of its own (never the request's), with SQL that H2 and PostgreSQL
 * both speak: Bucket4j does the arithmetic, this only stores bytes.
 */
final class DatabaseBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

    /** SQLSTATE of a unique-key violation, on H2 and PostgreSQL alike. */
    private static final String DUPLICATE_KEY = "23505";

    private final DataSource dataSource;

    DatabaseBuckets(DataSource dataSource) {
        super(ClientSideConfig.getDefault());
        this.dataSource = dataSource;
    }

    @Override
    public void removeProxy(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from rate_limit_bucket where id = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove a rate-limit bucket", e);
        }
    }

    /** Deletes the buckets last charged before {@code cutoff}; returns how many. */
    int deleteIdleSince(Instant cutoff) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from rate_limit_bucket where touched_at < ?")) {
            delete.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete idle rate-limit buckets", e);
        }
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeout) {
        try {
            return new Transaction(dataSource.getConnection(), key);
        } catch (SQLException e) {
            throw new IllegalStateException("no connection for a rate-limit bucket", e);
        }
    }

    private final class Transaction implements SelectForUpdateBasedTransaction {

        private final Connection connection;
        private final String key;

        Transaction(Connection connection, String key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void begin(Optional<Long> timeout) {
            run(() -> connection.setAutoCommit(false));
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeout) {
            try (PreparedStatement select = connection.prepareStatement(
                    "select state from rate_limit_bucket where id = ? for update")) {
                applyTimeout(select, timeout);
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read a rate-limit bucket", e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeout) {
            // Two replicas may insert the first row of a key at once: the loser rolls back to here
            // (PostgreSQL refuses any further statement in a transaction with a failed one) and reads.
            try {
                Savepoint beforeInsert = connection.setSavepoint();
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into rate_limit_bucket (id, state, touched_at) values (?, null, current_timestamp)")) {
                    applyTimeout(insert, timeout);
                    insert.setString(1, key);
                    insert.executeUpdate();
                    return true;
                } catch (SQLException e) {
                    if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                        throw e;
                    }
                    connection.rollback(beforeInsert);
                    return false;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create a rate-limit bucket", e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState newState, Optional<Long> timeout) {
            try (PreparedStatement update = connection.prepareStatement(
                    "update rate_limit_bucket set state = ?, touched_at = current_timestamp where id = ?")) {
                applyTimeout(update, timeout);
                update.setBytes(1, data);
                update.setString(2, key);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write a rate-limit bucket", e);
            }
        }

        @Override
        public void commit(Optional<Long> timeout) {
            run(connection::commit);
        }

        @Override
        public void rollback() {
            run(connection::rollback);
        }

        @Override
        public void release() {
            run(connection::close);
        }
    }

    private interface Jdbc {
        void run() throws SQLException;
    }

    private static void run(Jdbc step) {
        try {
            step.run();
        } catch (SQLException e) {
            throw new IllegalStateException("rate-limit bucket transaction failed", e);
        }
    }
}
