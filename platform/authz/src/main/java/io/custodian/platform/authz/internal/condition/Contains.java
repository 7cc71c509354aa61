package io.custodian.platform.authz.internal.condition;

import java.util.Collection;

/** {@code collection contains value}; false when the left side is not a collection or the value is null. */
record Contains(Node collection, Node value) implements Node {

    @Override
    public Object eval(Facts facts) {
        Object c = collection.eval(facts);
        if (!(c instanceof Collection<?> items)) {
            return false;
        }
        Object v = value.eval(facts);
        return v != null && Values.member(v, items);
    }
}
