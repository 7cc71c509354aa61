package io.custodian.platform.authz.internal.condition;

/** A constant: a string, a number ({@link java.math.BigDecimal}), a boolean, {@code null} or a constant list. */
record Literal(Object value) implements Node {

    @Override
    public Object eval(Facts facts) {
        return value;
    }
}
