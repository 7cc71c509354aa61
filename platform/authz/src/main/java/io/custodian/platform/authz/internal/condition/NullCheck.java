package io.custodian.platform.authz.internal.condition;

/** {@code x == null} ({@code present} false) or {@code x != null} ({@code present} true). */
record NullCheck(Node operand, boolean present) implements Node {

    @Override
    public Object eval(Facts facts) {
        return (operand.eval(facts) != null) == present;
    }
}
