package io.custodian.platform.persistence.internal;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.custodian.platform.persistence.api.Database;
import io.custodian.platform.persistence.api.DatabaseStatus;
import io.custodian.platform.persistence.api.PoolStats;
import java.sql.Connection;
import java.sql.SQLException;

/** {@link Database} over the Hikari pool of the kernel DataSource. */
final class PooledDatabase implements Database {

    private static final int CHECK_TIMEOUT_SECONDS = 2;

    private final HikariDataSource pool;
    private final String safeUrl;
    private volatile String vendor;

    PooledDatabase(HikariDataSource pool, String safeUrl) {
        this.pool = pool;
        this.safeUrl = safeUrl;
    }

    @Override
    public String vendor() {
        String known = vendor;
        if (known == null) {
            try (Connection connection = pool.getConnection()) {
                known = connection.getMetaData().getDatabaseProductName();
                vendor = known;
            } catch (SQLException e) {
                return "unknown";
            }
        }
        return known;
    }

    @Override
    public String safeUrl() {
        return safeUrl;
    }

    @Override
    public DatabaseStatus check() {
        long start = System.nanoTime();
        try (Connection connection = pool.getConnection()) {
            boolean valid = connection.isValid(CHECK_TIMEOUT_SECONDS);
            return new DatabaseStatus(valid, elapsedMs(start), valid ? "connection valid" : "connection not valid");
        } catch (SQLException e) {
            // The driver's message may name hosts but never passwords; keep it short anyway.
            return new DatabaseStatus(false, elapsedMs(start), "cannot connect: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public PoolStats pool() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        if (bean == null) {
            return new PoolStats(0, 0, 0, 0, pool.getMaximumPoolSize());
        }
        return new PoolStats(bean.getActiveConnections(), bean.getIdleConnections(), bean.getTotalConnections(),
                bean.getThreadsAwaitingConnection(), pool.getMaximumPoolSize());
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
