package io.custodian.platform.access.internal.service;

import java.util.List;

/**
 * The answer of {@code POST /security/check}.
 *
 * @param allowed        whether the request would be allowed
 * @param decidedBy      the deciding policy id, {@code delegation:<id>}, {@code default} (nothing
 *                       allowed it) or {@code unknown-user}
 * @param reason         a sentence explaining the decision
 * @param effectiveRoles the roles the user holds now: direct, through groups and inherited
 */
public record CheckResponse(boolean allowed, String decidedBy, String reason, List<String> effectiveRoles) {
}
