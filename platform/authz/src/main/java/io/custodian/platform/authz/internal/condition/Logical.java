package io.custodian.platform.authz.internal.condition;

import java.util.List;

/** {@code and} / {@code or} over two or more operands, short-circuiting left to right. */
record Logical(boolean and, List<Node> operands) implements Node {

    @Override
    public Object eval(Facts facts) {
        for (Node operand : operands) {
            boolean value = Values.truth(operand.eval(facts));
            if (value != and) {
                return value;
            }
        }
        return and;
    }
}
