package io.custodian.platform.access.internal.service;

import java.util.List;

/**
 * A delegation as sent to {@code POST /security/delegations}. The delegator is always the caller.
 *
 * @param delegate    the user who receives the permissions; not the caller
 * @param permissions patterns the caller holds, for example {@code datasource.scan:42}
 * @param validFrom   optional ISO-8601 start, default now
 * @param validUntil  required ISO-8601 end, at most 90 days ahead
 */
public record DelegationBody(String delegate, List<String> permissions, String validFrom, String validUntil) {
}
