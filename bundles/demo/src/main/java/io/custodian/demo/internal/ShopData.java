package io.custodian.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills the shop's people and product tables with made-up data, then hands over to {@link ShopOrders}.
 * Everything comes from one {@link Random} with a fixed seed and a fixed "today", so every demo
 * database holds the same rows and the data does not depend on the day it was created.
 */
final class ShopData {

    static final long SEED = 20_260_201L;
    /** The day the data pretends to be made on. */
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    static final int BATCH = 500;

    private static final List<String> DEPARTMENTS = List.of("Sales", "Sales", "Sales", "Customer service",
            "Customer service", "Logistics", "Logistics", "Finance", "Marketing", "IT", "Human resources");
    private static final String STAFF_MAIL = "staff.demo-shop.example";

    private final Random random = new Random(SEED);
    private final People people = new People(random);
    private final ShopSize size;

    ShopData(ShopSize size) {
        this.size = size;
    }

    /** Inserts every row; the caller owns the transaction. */
    void insert(Connection connection) throws SQLException {
        List<Customer> customers = insertCustomers(connection);
        insertEmployees(connection);
        insertProducts(connection);
        new ShopOrders(random, size).insert(connection, customers);
    }

    /** What the orders need to know of a customer. */
    record Customer(long id, Person person, LocalDateTime createdAt) {
    }

    private List<Customer> insertCustomers(Connection connection) throws SQLException {
        List<Customer> customers = new ArrayList<>(size.customers());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO customers (id, first_name, "
                + "last_name, email, phone, birth_date, street, city, postal_code, country, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= size.customers(); i++) {
                Person person = people.next(TODAY.minusYears(85), TODAY.minusYears(18));
                LocalDateTime createdAt = people.between(LocalDate.of(2019, 1, 1), TODAY.minusMonths(1))
                        .atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60));
                customers.add(new Customer(i, person, createdAt));
                insert.setLong(1, i);
                insert.setString(2, person.firstName());
                insert.setString(3, person.lastName());
                insert.setString(4, person.email());
                // One customer in ten left no phone number.
                insert.setString(5, random.nextInt(10) == 0 ? null : person.phone());
                insert.setObject(6, person.birthDate());
                insert.setString(7, person.street());
                insert.setString(8, person.city());
                insert.setString(9, person.postalCode());
                insert.setString(10, person.country().code());
                insert.setObject(11, createdAt);
                batch(insert, i);
            }
            insert.executeBatch();
        }
        return customers;
    }

    private void insertEmployees(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO employees (id, first_name, last_name, "
                + "email, phone, birth_date, salary, department, hired_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= size.employees(); i++) {
                Person person = people.next(Countries.GERMANY, TODAY.minusYears(64), TODAY.minusYears(20),
                        STAFF_MAIL);
                String department = Country.pick(random, DEPARTMENTS);
                LocalDate hired = people.between(LocalDate.of(2012, 1, 1), TODAY.minusMonths(2));
                insert.setLong(1, i);
                insert.setString(2, person.firstName());
                insert.setString(3, person.lastName());
                insert.setString(4, person.email());
                insert.setString(5, person.phone());
                insert.setObject(6, person.birthDate());
                insert.setBigDecimal(7, salary(department));
                insert.setString(8, department);
                insert.setObject(9, hired);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private BigDecimal salary(String department) {
        int base = department.equals("IT") || department.equals("Finance") ? 52_000 : 38_000;
        return BigDecimal.valueOf(base + random.nextInt(36_000)).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static void insertProducts(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO products (id, sku, name, category, unit_price) VALUES (?, ?, ?, ?, ?)")) {
            for (Products.Product product : Products.CATALOGUE) {
                insert.setLong(1, product.id());
                insert.setString(2, product.sku());
                insert.setString(3, product.name());
                insert.setString(4, product.category());
                insert.setBigDecimal(5, product.unitPrice());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Adds the row to the batch, and sends the batch every {@value #BATCH} rows. */
    static void batch(PreparedStatement insert, int row) throws SQLException {
        insert.addBatch();
        if (row % BATCH == 0) {
            insert.executeBatch();
        }
    }
}
