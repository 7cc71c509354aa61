package io.custodian.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopDatabaseTest {

    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final List<String> TABLES = List.of("customers", "employees", "products", "orders", "order_items",
            "payments");

    @TempDir
    static Path root;

    private static DemoDatabase first;
    private static DemoDatabase second;
    private static Duration firstTook;

    @BeforeAll
    static void createTwoDatabases() throws SQLException {
        long start = System.nanoTime();
        first = ShopDatabase.create(root.resolve("one/shop"), ShopSize.DEMO);
        firstTook = Duration.ofNanos(System.nanoTime() - start);
        second = ShopDatabase.create(root.resolve("two/shop"), ShopSize.DEMO);
    }

    @Test
    void theDatabaseIsAFileTheConnectorCanOpenWithTheGeneratedPasswordOnly() throws SQLException {
        assertTrue(Files.exists(root.resolve("one/shop.mv.db")));
        assertEquals("jdbc:h2:file:" + root.resolve("one/shop").toAbsolutePath(), first.url());
        assertEquals("demo", first.user());
        try (Connection connection = connect(first, first.password())) {
            assertEquals(1_000, count(connection, "customers"));
        }
        SQLException refused = assertThrows(SQLException.class, () -> connect(first, "demo").close());
        assertTrue(refused.getMessage().toLowerCase().contains("password"), refused.getMessage());
        assertThrows(SQLException.class, () -> connect(first, "").close());
    }

    @Test
    void everyDatabaseGetsItsOwnRandomPassword() {
        assertNotEquals(first.password(), second.password());
        for (DemoDatabase database : List.of(first, second)) {
            assertFalse(database.password().isBlank());
            assertNotEquals("demo", database.password().toLowerCase());
            assertTrue(database.password().length() >= 20, "long enough to resist guessing");
            assertFalse(database.toString().contains(database.password()));
        }
    }

    @Test
    void theSchemaHasTheTablesTheViewAndColumnComments() throws SQLException {
        try (Connection connection = connect(first, first.password())) {
            Set<String> tables = strings(connection, "SELECT LOWER(TABLE_NAME) || ':' || TABLE_TYPE FROM "
                    + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'");
            for (String table : TABLES) {
                assertTrue(tables.contains(table + ":BASE TABLE"), tables.toString());
            }
            assertTrue(tables.contains("customer_order_totals:VIEW"), tables.toString());
            Set<String> commented = strings(connection, "SELECT LOWER(TABLE_NAME || '.' || COLUMN_NAME) FROM "
                    + "INFORMATION_SCHEMA.COLUMNS WHERE REMARKS IS NOT NULL AND REMARKS <> ''");
            assertTrue(commented.containsAll(List.of("customers.email", "customers.birth_date", "employees.salary",
                    "payments.card_number", "payments.iban")), commented.toString());
            // orders -> customers, employees; order_items -> orders, products; payments -> orders
            assertEquals(5, single(connection, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS "
                    + "WHERE CONSTRAINT_TYPE = 'FOREIGN KEY' AND TABLE_SCHEMA = 'PUBLIC'"));
        }
    }

    @Test
    void theShopHasTheAdvertisedNumberOfRowsAndConsistentTotals() throws SQLException {
        try (Connection connection = connect(first, first.password())) {
            assertEquals(1_000, count(connection, "customers"));
            assertEquals(50, count(connection, "employees"));
            assertEquals(5_000, count(connection, "orders"));
            assertEquals(5_000, count(connection, "payments"));
            assertEquals(Products.CATALOGUE.size(), count(connection, "products"));
            long items = count(connection, "order_items");
            assertTrue(items >= 5_000 && items <= 20_000, "items: " + items);
            assertEquals(0, single(connection, "SELECT COUNT(*) FROM orders o WHERE o.total <> (SELECT "
                    + "SUM(i.quantity * i.unit_price) FROM order_items i WHERE i.order_id = o.id)"));
            assertEquals(0, single(connection, "SELECT COUNT(*) FROM payments p JOIN orders o ON o.id = p.order_id "
                    + "WHERE p.amount <> o.total"));
            assertEquals(5_000, single(connection, "SELECT SUM(order_count) FROM customer_order_totals"));
            assertEquals(1_000, single(connection, "SELECT COUNT(*) FROM customer_order_totals"));
        }
    }

    @Test
    void personalDataIsWellFormed() throws SQLException {
        try (Connection connection = connect(first, first.password())) {
            List<String> cards = column(connection, "SELECT card_number FROM payments WHERE card_number IS NOT NULL");
            List<String> ibans = column(connection, "SELECT iban FROM payments WHERE iban IS NOT NULL");
            List<String> emails = column(connection,
                    "SELECT email FROM customers UNION ALL SELECT email FROM employees");
            List<String> phones = column(connection, "SELECT phone FROM customers WHERE phone IS NOT NULL "
                    + "UNION ALL SELECT phone FROM employees");

            assertTrue(cards.size() > 3_000 && ibans.size() > 500, cards.size() + " cards, " + ibans.size() + " ibans");
            assertEquals(5_000, cards.size() + ibans.size(), "a payment is by card or by direct debit");
            cards.forEach(card -> assertTrue(Luhn.isValid(card), card));
            ibans.forEach(iban -> assertTrue(Iban.isValid(iban), iban));
            emails.forEach(email -> assertTrue(EMAIL.matcher(email).matches(), email));
            assertEquals(emails.size(), new HashSet<>(emails).size(), "e-mail addresses are unique");
            phones.forEach(phone -> assertTrue(E164.matcher(phone).matches(), phone));
            assertTrue(phones.size() >= 900, "most people left a phone number: " + phones.size());
            assertEquals(0, single(connection, "SELECT COUNT(*) FROM customers WHERE birth_date > DATE '2008-01-01' "
                    + "OR birth_date < DATE '1940-01-01'"), "customers are adults born after 1940");
            assertTrue(single(connection, "SELECT COUNT(DISTINCT country) FROM customers") >= 6);
        }
    }

    @Test
    void theSameRowsAreGeneratedEveryTime() throws SQLException {
        try (Connection one = connect(first, first.password()); Connection two = connect(second, second.password())) {
            for (String table : TABLES) {
                List<String> rows = rows(one, table);
                assertEquals(rows, rows(two, table), table);
                assertFalse(rows.isEmpty(), table);
            }
        }
    }

    @Test
    void creationIsQuick() {
        // Generous against a slow build machine; it takes about a second on a laptop.
        assertTrue(firstTook.toMillis() < 10_000, "took " + firstTook.toMillis() + " ms");
    }

    @Test
    void anEarlierDatabaseAtThePlaceIsReplaced() throws SQLException {
        Path base = root.resolve("again/shop");
        DemoDatabase before = ShopDatabase.create(base, new ShopSize(5, 2, 5));
        DemoDatabase after = ShopDatabase.create(base, new ShopSize(5, 2, 5));

        try (Connection connection = connect(after, after.password())) {
            assertEquals(5, count(connection, "orders"));
        }
        assertThrows(SQLException.class, () -> connect(before, before.password()).close());
    }

    static Connection connect(DemoDatabase database, String password) throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        // As the H2 connector opens it: never creating a database that is not there.
        dataSource.setURL(database.url() + ";IFEXISTS=TRUE");
        dataSource.setUser(database.user());
        dataSource.setPassword(password);
        return dataSource.getConnection();
    }

    private static long count(Connection connection, String table) throws SQLException {
        return single(connection, "SELECT COUNT(*) FROM " + table);
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Set<String> strings(Connection connection, String sql) throws SQLException {
        return new HashSet<>(column(connection, sql));
    }

    private static List<String> rows(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(result.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
