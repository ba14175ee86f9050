package org.backcare.ratelimit;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.backcare.common.DatabaseFaults;

/**
 * Bucket4j's bucket states in the rate_limit_bucket table, with SQL that H2 and PostgreSQL both
 * speak: Bucket4j does the arithmetic, this only stores bytes. A state is read, and written only
 * if it is still the bytes read (compare and swap; Bucket4j reads again and retries when another
 * replica or thread wrote in between), each statement on its own, committed at once and never in
 * the request's transaction. A lock held over a transaction took a round trip more on PostgreSQL
 * (the COMMIT), and H2 parses every SELECT FOR UPDATE anew: a settlement costs about a third less.
 * Retrying stops after {@link #GIVE_UP_AFTER}, as a lock wait would: the charge is then answered 503.
 */
final class DatabaseBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    /** How long one charge may retry against other writers of its bucket; the H2 lock timeout's. */
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(10);

    private final DataSource dataSource;

    DatabaseBuckets(DataSource dataSource) {
        super(ClientSideConfig.getDefault().withRequestTimeout(GIVE_UP_AFTER));
        this.dataSource = dataSource;
    }

    @Override
    public void removeProxy(String key) {
        update("delete from rate_limit_bucket where id = ?", key);
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        throw new UnsupportedOperationException("rate-limit buckets are used synchronously only");
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("rate-limit buckets are used synchronously only");
    }

    /** Deletes the buckets last charged before {@code cutoff}; returns how many. */
    int deleteIdleSince(Instant cutoff) {
        return update("delete from rate_limit_bucket where touched_at < ?", cutoff.atOffset(ZoneOffset.UTC));
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {

            // Bucket4j checks the timeout between retries; a statement's own wait is the database's.
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeout) {
                return read(key);
            }

            @Override
            public boolean compareAndSwap(byte[] read, byte[] written, RemoteBucketState state, Optional<Long> timeout) {
                if (read != null) {
                    return update("update rate_limit_bucket set state = ?, touched_at = current_timestamp"
                            + " where id = ? and state = ?", written, key, read) == 1;
                }
                // No state was read: the first to insert a bucket wins; a loser reads the winner's
                // and retries. A bucket without a state (an earlier version inserted it empty and
                // wrote the state in a second transaction, which may never have come) is filled.
                try {
                    return update("insert into rate_limit_bucket (id, state, touched_at) values (?, ?, current_timestamp)",
                            key, written) == 1;
                } catch (DuplicateKey e) {
                    return update("update rate_limit_bucket set state = ?, touched_at = current_timestamp"
                            + " where id = ? and state is null", written, key) == 1;
                }
            }
        };
    }

    private Optional<byte[]> read(String key) {
        try (Connection connection = dataSource.getConnection()) {
            autoCommit(connection);
            try (PreparedStatement select = connection.prepareStatement("select state from rate_limit_bucket where id = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.ofNullable(row.getBytes(1)) : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a rate-limit bucket", e);
        }
    }

    /** Runs one statement committed on its own; the rows it changed. */
    private int update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection()) {
            autoCommit(connection);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                return statement.executeUpdate();
            }
        } catch (SQLException e) {
            if (DatabaseFaults.isDuplicateKey(e.getSQLState())) {
                throw new DuplicateKey();
            }
            throw new IllegalStateException("cannot write a rate-limit bucket", e);
        }
    }

    private static void autoCommit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
    }

    private static final class DuplicateKey extends RuntimeException {

        DuplicateKey() {
            super(null, null, false, false);
        }
    }
}
