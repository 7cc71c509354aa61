package io.custodian.platform.authz.internal.condition;

import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A variable: {@code user.*}, {@code resource.*} or {@code request.*}.
 *
 * @param source    which fact it reads
 * @param attribute the attribute name for {@link Source#USER_ATTRIBUTE} and {@link Source#RESOURCE_ATTRIBUTE}
 */
record Variable(Source source, String attribute) implements Node {

    /** The facts a variable can read. */
    enum Source {
        USER_NAME, USER_GROUPS, USER_ATTRIBUTE, RESOURCE_ID, RESOURCE_ATTRIBUTE,
        REQUEST_IP, REQUEST_TIME, REQUEST_DAY, REQUEST_DATE
    }

    @Override
    public Object eval(Facts facts) {
        return switch (source) {
            case USER_NAME -> facts.subject().user();
            case USER_GROUPS -> facts.subject().groups();
            case USER_ATTRIBUTE -> facts.subject().attributes().get(attribute);
            case RESOURCE_ID -> facts.resource().id();
            case RESOURCE_ATTRIBUTE -> facts.resource().attributes().get(attribute);
            case REQUEST_IP -> facts.context().clientIp().isEmpty() ? null : facts.context().clientIp();
            case REQUEST_TIME -> facts.localDateTime().toLocalTime();
            case REQUEST_DAY -> facts.localDateTime().getDayOfWeek()
                    .getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT);
            case REQUEST_DATE -> facts.localDateTime().toLocalDate().toString();
        };
    }
}
