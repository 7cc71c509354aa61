-- The demo shop: customers order products, an employee handles each order, each order is paid once.
-- Statements are separated by a semicolon at the end of a line.

CREATE TABLE customers (
    id          BIGINT       NOT NULL PRIMARY KEY,
    first_name  VARCHAR(60)  NOT NULL,
    last_name   VARCHAR(60)  NOT NULL,
    email       VARCHAR(254) NOT NULL UNIQUE,
    phone       VARCHAR(16),
    birth_date  DATE,
    street      VARCHAR(120),
    city        VARCHAR(80),
    postal_code VARCHAR(10),
    country     CHAR(2)      NOT NULL,
    created_at  TIMESTAMP    NOT NULL
);

CREATE TABLE employees (
    id          BIGINT        NOT NULL PRIMARY KEY,
    first_name  VARCHAR(60)   NOT NULL,
    last_name   VARCHAR(60)   NOT NULL,
    email       VARCHAR(254)  NOT NULL UNIQUE,
    phone       VARCHAR(16),
    birth_date  DATE,
    salary      DECIMAL(10,2) NOT NULL,
    department  VARCHAR(40)   NOT NULL,
    hired_on    DATE          NOT NULL
);

CREATE TABLE products (
    id          BIGINT        NOT NULL PRIMARY KEY,
    sku         VARCHAR(20)   NOT NULL UNIQUE,
    name        VARCHAR(120)  NOT NULL,
    category    VARCHAR(40)   NOT NULL,
    unit_price  DECIMAL(10,2) NOT NULL
);

CREATE TABLE orders (
    id          BIGINT        NOT NULL PRIMARY KEY,
    customer_id BIGINT        NOT NULL REFERENCES customers (id),
    employee_id BIGINT        NOT NULL REFERENCES employees (id),
    ordered_at  TIMESTAMP     NOT NULL,
    status      VARCHAR(12)   NOT NULL CHECK (status IN ('PAID', 'SHIPPED', 'DELIVERED', 'RETURNED')),
    total       DECIMAL(12,2) NOT NULL
);

CREATE TABLE order_items (
    order_id    BIGINT        NOT NULL REFERENCES orders (id),
    line_no     INT           NOT NULL,
    product_id  BIGINT        NOT NULL REFERENCES products (id),
    quantity    INT           NOT NULL CHECK (quantity > 0),
    unit_price  DECIMAL(10,2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE payments (
    id          BIGINT        NOT NULL PRIMARY KEY,
    order_id    BIGINT        NOT NULL REFERENCES orders (id),
    method      VARCHAR(12)   NOT NULL CHECK (method IN ('CARD', 'SEPA_DEBIT')),
    card_number VARCHAR(19),
    card_holder VARCHAR(120),
    iban        VARCHAR(34),
    amount      DECIMAL(12,2) NOT NULL,
    paid_at     TIMESTAMP     NOT NULL
);

CREATE INDEX orders_customer ON orders (customer_id);
CREATE INDEX orders_employee ON orders (employee_id);
CREATE INDEX payments_order ON payments (order_id);

CREATE VIEW customer_order_totals AS
    SELECT c.id AS customer_id, c.first_name, c.last_name, c.email,
           COUNT(o.id) AS order_count, COALESCE(SUM(o.total), 0) AS total_spent
    FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
    GROUP BY c.id, c.first_name, c.last_name, c.email;

COMMENT ON TABLE customers IS 'People who bought from the shop';
COMMENT ON COLUMN customers.email IS 'Contact e-mail address of the customer';
COMMENT ON COLUMN customers.birth_date IS 'Date of birth, for age checks';
COMMENT ON COLUMN employees.salary IS 'Gross yearly salary in EUR';
COMMENT ON COLUMN payments.card_number IS 'Payment card number (PAN) for card payments';
COMMENT ON COLUMN payments.iban IS 'Account debited for SEPA direct debits';
COMMENT ON VIEW customer_order_totals IS 'Orders and money spent per customer';
