package io.custodian.platform.authz.internal.condition;

/** {@code ==}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}; false whenever an operand is null. */
record Comparison(TokenType op, Node left, Node right) implements Node {

    @Override
    public Object eval(Facts facts) {
        Object a = left.eval(facts);
        if (a == null) {
            return false;
        }
        Object b = right.eval(facts);
        if (b == null) {
            return false;
        }
        switch (op) {
            case EQ:
                return Values.equal(a, b);
            case NE:
                return !Values.equal(a, b);
            default:
                Integer order = Values.order(a, b);
                if (order == null) {
                    return false;
                }
                return switch (op) {
                    case LT -> order < 0;
                    case LE -> order <= 0;
                    case GT -> order > 0;
                    default -> order >= 0;
                };
        }
    }
}
