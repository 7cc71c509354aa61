package io.custodian.platform.access.internal.service;

import java.util.Map;

/**
 * The question of {@code POST /security/check}: may {@code user} do {@code permission} on
 * {@code resource}, from {@code clientIp}, right now?
 *
 * @param user       a user name
 * @param permission {@code <domain>.<action>[:<resource>]}
 * @param resource   optional: the resource id and the attributes conditions read as {@code resource.*}
 * @param clientIp   optional: the address conditions read as {@code request.ip}
 */
public record CheckRequest(String user, String permission, Resource resource, String clientIp) {

    /**
     * @param id         resource id, or null
     * @param attributes strings, numbers, booleans or lists of them, for example {@code {"owner": "alice"}}
     */
    public record Resource(String id, Map<String, Object> attributes) {
    }
}
