package org.backcare.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Every pooled connection plans prepared statements once on PostgreSQL; H2 is left alone. */
@QuarkusTest
class GenericPlansTest {

    @Inject
    DataSource dataSource;

    @Test
    void pooledConnectionsUseGenericPlansOnPostgresql() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                try (ResultSet row = statement.executeQuery("select current_setting('plan_cache_mode')")) {
                    assertTrue(row.next());
                    assertEquals("force_generic_plan", row.getString(1));
                }
            } else {
                // a PostgreSQL-only statement run here would have failed the connection's creation
                try (ResultSet row = statement.executeQuery("select 1")) {
                    assertTrue(row.next());
                }
            }
        }
    }
}
