package io.custodian.plugins.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/** A small shop schema in an in-memory H2 database: customers, orders, a view, a foreign key, comments. */
final class ShopDatabase {

    static final String URL = "jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1";

    private ShopDatabase() {
    }

    static JdbcTarget target(String url, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", "sa");
        properties.setProperty("password", password);
        return new JdbcTarget(new org.h2.Driver(), url, properties, "the shop database", List.of(password));
    }

    static void create() throws SQLException {
        try (Connection connection = new org.h2.Driver().connect(URL, target(URL, "").properties());
             Statement sql = connection.createStatement()) {
            sql.execute("DROP ALL OBJECTS");
            sql.execute("CREATE SCHEMA \"Sales_2\"");
            sql.execute("CREATE TABLE customers (id INT PRIMARY KEY, email VARCHAR(100), name VARCHAR(50) NOT NULL DEFAULT 'anon',"
                    + " active BOOLEAN, notes CLOB)");
            sql.execute("COMMENT ON TABLE customers IS 'people who buy'");
            sql.execute("COMMENT ON COLUMN customers.email IS 'contact address'");
            sql.execute("CREATE TABLE orders (customer_id INT, line_no INT, amount DECIMAL(10,2), placed DATE,"
                    + " PRIMARY KEY (customer_id, line_no), CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customers(id))");
            sql.execute("CREATE VIEW big_orders AS SELECT * FROM orders WHERE amount > 50");
            sql.execute("CREATE TABLE \"Sales_2\".\"Odd Name\" (\"select\" INT)");
            sql.execute("INSERT INTO \"Sales_2\".\"Odd Name\" VALUES (1), (2)");
            sql.execute("INSERT INTO customers VALUES (1, 'a@x.io', 'Ann', TRUE, 'vip'), (2, 'b@x.io', 'Bob', FALSE, NULL),"
                    + " (3, NULL, 'Cy', TRUE, NULL), (4, 'a@x.io', 'Di', NULL, NULL)");
            sql.execute("INSERT INTO orders VALUES (1, 1, 10.00, DATE '2024-01-05'), (1, 2, 99.50, DATE '2024-02-01'),"
                    + " (2, 1, 60.00, DATE '2023-12-31')");
        }
    }
}
