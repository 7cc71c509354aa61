package io.custodian.plugins.h2;

import io.custodian.plugin.api.connector.ConnectionSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

/** A realistic shop database in an H2 file: customers, orders, payments, a view, foreign keys and comments. */
final class ShopSchema {

    static final String USER = "shop";
    static final String PASSWORD = "shop-secret";

    private ShopSchema() {
    }

    /** The url of the shop database under {@code folder}. */
    static String url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("shop").toAbsolutePath();
    }

    /** Settings as a data source would hold them. */
    static ConnectionSettings settings(String url, String password) {
        return new ConnectionSettings(Map.of("url", url, "user", USER), Map.of("password", password));
    }

    /** Creates (or recreates) the database under {@code folder}. */
    static void create(Path folder) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", USER);
        credentials.setProperty("password", PASSWORD);
        try (Connection connection = new org.h2.Driver().connect(url(folder), credentials); Statement sql = connection.createStatement()) {
            sql.execute("DROP ALL OBJECTS");
            sql.execute("CREATE SCHEMA sales");
            sql.execute("CREATE TABLE sales.customers (id BIGINT PRIMARY KEY, email VARCHAR(120) UNIQUE, full_name VARCHAR(80) NOT NULL,"
                    + " country CHAR(2) DEFAULT 'DE', created_at TIMESTAMP NOT NULL)");
            sql.execute("COMMENT ON TABLE sales.customers IS 'Registered customers'");
            sql.execute("COMMENT ON COLUMN sales.customers.email IS 'Primary contact address'");
            sql.execute("CREATE TABLE sales.orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, placed_on DATE NOT NULL,"
                    + " status VARCHAR(20) NOT NULL, CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES sales.customers(id))");
            sql.execute("CREATE TABLE sales.payments (order_id BIGINT, attempt INT, amount DECIMAL(12,2) NOT NULL, card_last4 CHAR(4),"
                    + " PRIMARY KEY (order_id, attempt), CONSTRAINT fk_payments_order FOREIGN KEY (order_id) REFERENCES sales.orders(id))");
            sql.execute("COMMENT ON TABLE sales.payments IS 'Card payments, one row per attempt'");
            sql.execute("CREATE VIEW sales.customer_revenue AS SELECT c.id, c.email, SUM(p.amount) AS revenue FROM sales.customers c"
                    + " JOIN sales.orders o ON o.customer_id = c.id JOIN sales.payments p ON p.order_id = o.id GROUP BY c.id, c.email");
            sql.execute("INSERT INTO sales.customers SELECT x, CASE WHEN MOD(x, 10) = 0 THEN NULL ELSE 'user' || x || '@example.com' END,"
                    + " 'Customer ' || x, CASE WHEN MOD(x, 3) = 0 THEN 'FR' ELSE 'DE' END, TIMESTAMP '2024-01-01 00:00:00' + x * INTERVAL '1' HOUR"
                    + " FROM SYSTEM_RANGE(1, 50)");
            sql.execute("INSERT INTO sales.orders SELECT x, MOD(x, 50) + 1, DATE '2024-03-01' + MOD(x, 30),"
                    + " CASE WHEN MOD(x, 4) = 0 THEN 'cancelled' ELSE 'shipped' END FROM SYSTEM_RANGE(1, 200)");
            sql.execute("INSERT INTO sales.payments SELECT x, 1, 10 + MOD(x, 90), LPAD(CAST(MOD(x * 37, 10000) AS VARCHAR), 4, '0')"
                    + " FROM SYSTEM_RANGE(1, 200)");
        }
    }
}
