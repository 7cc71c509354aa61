package io.custodian.demo.internal;

import io.custodian.demo.internal.ShopData.Customer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The shop's orders with their items and one payment each: by card (a number that passes the Luhn
 * check, the customer as holder) or, for one in five, by SEPA direct debit from an IBAN of the
 * customer's country. An order's total is the sum of its items, and its payment pays exactly that.
 */
final class ShopOrders {

    private static final List<String> STATUSES = List.of("DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED",
            "DELIVERED", "SHIPPED", "SHIPPED", "PAID", "RETURNED");

    private final Random random;
    private final ShopSize size;

    ShopOrders(Random random, ShopSize size) {
        this.random = random;
        this.size = size;
    }

    void insert(Connection connection, List<Customer> customers) throws SQLException {
        try (PreparedStatement order = connection.prepareStatement("INSERT INTO orders (id, customer_id, "
                + "employee_id, ordered_at, status, total) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement item = connection.prepareStatement("INSERT INTO order_items (order_id, line_no, "
                     + "product_id, quantity, unit_price) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement payment = connection.prepareStatement("INSERT INTO payments (id, order_id, method, "
                     + "card_number, card_holder, iban, amount, paid_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int id = 1; id <= size.orders(); id++) {
                Customer customer = Country.pick(random, customers);
                LocalDateTime orderedAt = after(customer.createdAt());
                BigDecimal total = insertItems(item, id);
                order.setLong(1, id);
                order.setLong(2, customer.id());
                order.setLong(3, 1 + random.nextInt(size.employees()));
                order.setObject(4, orderedAt);
                order.setString(5, Country.pick(random, STATUSES));
                order.setBigDecimal(6, total);
                ShopData.batch(order, id);
                setPayment(payment, id, customer.person(), total, orderedAt);
                // Items and payments reference orders: send their batches only after the orders'.
                if (id % ShopData.BATCH == 0) {
                    item.executeBatch();
                    payment.executeBatch();
                }
            }
            order.executeBatch();
            item.executeBatch();
            payment.executeBatch();
        }
    }

    /** A moment between {@code start} and the data's "today". */
    private LocalDateTime after(LocalDateTime start) {
        long seconds = Duration.between(start, ShopData.TODAY.atStartOfDay()).getSeconds();
        return start.plusSeconds((long) (random.nextDouble() * seconds)).truncatedTo(ChronoUnit.SECONDS);
    }

    private BigDecimal insertItems(PreparedStatement item, long orderId) throws SQLException {
        BigDecimal total = BigDecimal.ZERO;
        int lines = 1 + random.nextInt(4);
        for (int line = 1; line <= lines; line++) {
            Products.Product product = Country.pick(random, Products.CATALOGUE);
            int quantity = random.nextInt(5) == 0 ? 2 + random.nextInt(2) : 1;
            item.setLong(1, orderId);
            item.setInt(2, line);
            item.setLong(3, product.id());
            item.setInt(4, quantity);
            item.setBigDecimal(5, product.unitPrice());
            item.addBatch();
            total = total.add(product.unitPrice().multiply(BigDecimal.valueOf(quantity)));
        }
        return total;
    }

    private void setPayment(PreparedStatement payment, long orderId, Person payer, BigDecimal amount,
                            LocalDateTime orderedAt) throws SQLException {
        boolean card = random.nextInt(5) != 0;
        payment.setLong(1, orderId);
        payment.setLong(2, orderId);
        payment.setString(3, card ? "CARD" : "SEPA_DEBIT");
        payment.setString(4, card ? Cards.number(random) : null);
        payment.setString(5, card ? (payer.firstName() + " " + payer.lastName()).toUpperCase(Locale.ROOT) : null);
        payment.setString(6, card ? null : payer.country().iban(random));
        payment.setBigDecimal(7, amount);
        payment.setObject(8, orderedAt.plusSeconds(20 + random.nextInt(1800)));
        payment.addBatch();
    }
}
