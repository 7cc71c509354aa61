package io.custodian.platform.authz.internal.condition;

import java.util.Collection;

/**
 * {@code x in list} and {@code x not in list}. Both are false when {@code x} is null or the right
 * side is not a collection, so a missing attribute never satisfies {@code not in} either.
 */
record Membership(Node value, Node collection, boolean negated) implements Node {

    @Override
    public Object eval(Facts facts) {
        Object v = value.eval(facts);
        if (v == null) {
            return false;
        }
        Object c = collection.eval(facts);
        if (!(c instanceof Collection<?> items)) {
            return false;
        }
        return Values.member(v, items) != negated;
    }
}
