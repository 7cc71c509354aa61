package io.custodian.platform.authz.internal.condition;

/** {@code not x}: true unless {@code x} is true (so {@code not} of a missing attribute is true). */
record Not(Node operand) implements Node {

    @Override
    public Object eval(Facts facts) {
        return !Values.truth(operand.eval(facts));
    }
}
