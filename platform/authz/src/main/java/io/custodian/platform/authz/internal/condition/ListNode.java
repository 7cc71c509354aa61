package io.custodian.platform.authz.internal.condition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A list whose items are not all constants, for example {@code [user.name, 'admin']}. */
record ListNode(List<Node> items) implements Node {

    /** A constant list when every item is a literal, so it is built once at parse time. */
    static Node of(List<Node> items) {
        if (items.stream().allMatch(Literal.class::isInstance)) {
            List<Object> values = new ArrayList<>(items.size());
            items.forEach(item -> values.add(((Literal) item).value()));
            return new Literal(Collections.unmodifiableList(values));
        }
        return new ListNode(List.copyOf(items));
    }

    @Override
    public Object eval(Facts facts) {
        List<Object> values = new ArrayList<>(items.size());
        for (Node item : items) {
            values.add(item.eval(facts));
        }
        return values;
    }
}
