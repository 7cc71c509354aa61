package io.custodian.platform.authz.internal.condition;

import io.custodian.platform.authz.engine.ConditionSyntaxException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed whitelist of functions. Their constant arguments (ranges, times) are checked and
 * parsed here, once, so evaluation only compares.
 */
final class Functions {

    private Functions() {
    }

    static Node call(Token name, List<Node> args, List<Token> starts) {
        return switch (name.text()) {
            case "cidr" -> cidr(name, args, starts);
            case "between" -> between(name, args, starts);
            default -> throw new ConditionSyntaxException(
                    "unknown function '" + name.text() + "' (functions: cidr, between)", name.position());
        };
    }

    private static Node cidr(Token name, List<Node> args, List<Token> starts) {
        if (args.size() < 2) {
            throw new ConditionSyntaxException("cidr needs an address and at least one range", name.position());
        }
        List<IpRange> ranges = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String text = stringLiteral(args.get(i), starts.get(i), "a range such as '10.0.0.0/8'");
            IpRange range = IpRange.parse(text);
            if (range == null) {
                throw new ConditionSyntaxException("not an IPv4 or IPv6 range", starts.get(i).position());
            }
            ranges.add(range);
        }
        return new CidrCall(args.get(0), List.copyOf(ranges));
    }

    private static Node between(Token name, List<Node> args, List<Token> starts) {
        if (args.size() != 3) {
            throw new ConditionSyntaxException("between needs a time, a start 'HH:mm' and an end 'HH:mm'",
                    name.position());
        }
        LocalTime from = time(args.get(1), starts.get(1));
        LocalTime to = time(args.get(2), starts.get(2));
        if (from.equals(to)) {
            throw new ConditionSyntaxException("the window is empty: start and end are equal", starts.get(2).position());
        }
        return new BetweenCall(args.get(0), from, to);
    }

    private static LocalTime time(Node arg, Token start) {
        LocalTime time = Values.time(stringLiteral(arg, start, "a time 'HH:mm'"));
        if (time == null) {
            throw new ConditionSyntaxException("not a time 'HH:mm'", start.position());
        }
        return time;
    }

    private static String stringLiteral(Node arg, Token start, String what) {
        if (arg instanceof Literal literal && literal.value() instanceof String text) {
            return text;
        }
        throw new ConditionSyntaxException("expected " + what + " in quotes", start.position());
    }
}
