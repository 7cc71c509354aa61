package io.custodian.platform.authz.api;

import java.util.Map;

/**
 * What a request acts on, with the facts conditions may use: {@code resource.owner},
 * {@code resource.classification}, {@code resource.tags}, {@code resource.source} and any other
 * attribute the owning group supplies.
 *
 * @param id         the resource id (the permission's resource part), or {@code null}
 * @param attributes values are strings, numbers, booleans or collections of them
 */
public record ResourceRef(String id, Map<String, Object> attributes) {

    /** No particular resource. */
    public static final ResourceRef NONE = new ResourceRef(null, Map.of());

    public ResourceRef {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
