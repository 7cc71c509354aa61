package io.custodian.platform.authz.api;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The user a decision is about, with the facts conditions may use ({@code user.name},
 * {@code user.groups}, {@code user.<attribute>} such as {@code user.department}).
 *
 * @param user       user name
 * @param groups     groups the user belongs to
 * @param attributes other attributes, values are strings, numbers, booleans or collections of them
 */
public record Subject(String user, Set<String> groups, Map<String, Object> attributes) {

    public Subject {
        Objects.requireNonNull(user, "user");
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A user with no groups and no attributes. */
    public static Subject of(String user) {
        return new Subject(user, Set.of(), Map.of());
    }
}
