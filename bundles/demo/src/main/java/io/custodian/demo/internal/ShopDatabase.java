package io.custodian.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Creates the demo shop as an embedded H2 file database with a new random password: schema and
 * data in one transaction. H2 is used through its own data source class because in OSGi
 * {@link java.sql.DriverManager} does not see the H2 bundle's driver.
 */
final class ShopDatabase {

    static final String USER = "demo";
    private static final List<String> FILE_SUFFIXES = List.of(".mv.db", ".trace.db", ".lock.db");

    private ShopDatabase() {
    }

    /**
     * Creates the database at {@code base} ({@code base.mv.db} is its file), replacing any database
     * there: one left by an earlier start that did not register it cannot be opened, its password
     * was never kept.
     *
     * @throws SQLException if H2 refuses; the half-made files are removed
     */
    static DemoDatabase create(Path base, ShopSize size) throws SQLException {
        delete(base);
        String url = "jdbc:h2:file:" + base.toAbsolutePath();
        String password = Passwords.generate();
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser(USER);
        dataSource.setPassword(password);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            ShopSchema.create(connection);
            new ShopData(size).insert(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                delete(base);
            } catch (UncheckedIOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        // The connection is closed, so H2 has closed the file: the connector may open it now.
        return new DemoDatabase(url, USER, password);
    }

    private static void delete(Path base) {
        try {
            Files.createDirectories(base.toAbsolutePath().getParent());
            for (String suffix : FILE_SUFFIXES) {
                Files.deleteIfExists(base.resolveSibling(base.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
