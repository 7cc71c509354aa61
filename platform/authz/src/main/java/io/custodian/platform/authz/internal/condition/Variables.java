package io.custodian.platform.authz.internal.condition;

import io.custodian.platform.authz.engine.ConditionSyntaxException;
import io.custodian.platform.authz.internal.condition.Variable.Source;

/** Turns a dotted name into a {@link Variable}, refusing names outside {@code user}, {@code resource}, {@code request}. */
final class Variables {

    private Variables() {
    }

    static Variable resolve(Token name) {
        String text = name.text();
        int dot = text.indexOf('.');
        if (dot < 0 || text.indexOf('.', dot + 1) >= 0) {
            throw unknown(name, "use user.<name>, resource.<name> or request.<name>");
        }
        String root = text.substring(0, dot);
        String field = text.substring(dot + 1);
        return switch (root) {
            case "user" -> switch (field) {
                case "name" -> new Variable(Source.USER_NAME, null);
                case "groups" -> new Variable(Source.USER_GROUPS, null);
                default -> new Variable(Source.USER_ATTRIBUTE, field);
            };
            case "resource" -> "id".equals(field)
                    ? new Variable(Source.RESOURCE_ID, null)
                    : new Variable(Source.RESOURCE_ATTRIBUTE, field);
            case "request" -> switch (field) {
                case "ip" -> new Variable(Source.REQUEST_IP, null);
                case "time" -> new Variable(Source.REQUEST_TIME, null);
                case "day" -> new Variable(Source.REQUEST_DAY, null);
                case "date" -> new Variable(Source.REQUEST_DATE, null);
                default -> throw unknown(name, "request has ip, time, day and date");
            };
            default -> throw unknown(name, "use user.<name>, resource.<name> or request.<name>");
        };
    }

    private static ConditionSyntaxException unknown(Token name, String hint) {
        return new ConditionSyntaxException("unknown variable '" + name.text() + "' (" + hint + ")", name.position());
    }
}
