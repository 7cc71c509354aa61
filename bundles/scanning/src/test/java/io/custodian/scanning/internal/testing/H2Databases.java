package io.custodian.scanning.internal.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Real H2 file databases for the scans to read, created and changed with plain SQL. */
public final class H2Databases {

    public static final String USER = "sa";
    public static final String PASSWORD = "scan-secret";

    private H2Databases() {
    }

    /** The JDBC URL of the database {@code name} in {@code folder} (created by {@link #execute}). */
    public static String url(Path folder, String name) {
        return "jdbc:h2:file:" + folder.resolve(name).toAbsolutePath();
    }

    /** Runs statements on the database, creating it if needed. */
    public static void execute(String url, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD); Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    /** The H2 connector's settings for the database. */
    public static Map<String, String> settings(String url) {
        return Map.of("url", url, "user", USER);
    }

    /** The H2 connector's secrets for the database. */
    public static Map<String, String> secrets() {
        return Map.of("password", PASSWORD);
    }

    /** A shop: customers, orders (with a foreign key), products and a view. */
    public static void createShop(String url) throws SQLException {
        execute(url,
                "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(200))",
                "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT REFERENCES customers(id), total DECIMAL(10,2))",
                "CREATE TABLE products (sku VARCHAR(20) PRIMARY KEY, title VARCHAR(200))",
                "CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100",
                "INSERT INTO customers VALUES (1, 'Ada', 'ada@example.com'), (2, 'Grace', NULL), (3, 'Linus', 'linus@example.com')",
                "INSERT INTO orders VALUES (10, 1, 120.50), (11, 1, 15.00), (12, 3, 99.99)",
                "INSERT INTO products VALUES ('A-1', 'Anvil')");
    }
}
