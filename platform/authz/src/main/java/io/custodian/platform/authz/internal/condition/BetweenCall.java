package io.custodian.platform.authz.internal.condition;

import java.time.LocalTime;

/**
 * {@code between(time, 'HH:mm', 'HH:mm')}: from inclusive, to exclusive. When {@code from} is
 * after {@code to} the window runs across midnight ({@code '22:00'..'06:00'}).
 */
record BetweenCall(Node time, LocalTime from, LocalTime to) implements Node {

    @Override
    public Object eval(Facts facts) {
        LocalTime t = Values.time(time.eval(facts));
        if (t == null) {
            return false;
        }
        boolean afterStart = !t.isBefore(from);
        boolean beforeEnd = t.isBefore(to);
        return from.isBefore(to) ? afterStart && beforeEnd : afterStart || beforeEnd;
    }
}
