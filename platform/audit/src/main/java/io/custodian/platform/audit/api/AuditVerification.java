package io.custodian.platform.audit.api;

import java.time.Instant;

/**
 * Result of {@link AuditIntegrity#verify()}.
 *
 * @param intact         whether every record up to the head matched its hash and its predecessor
 * @param recordsChecked how many records were recomputed
 * @param firstBrokenSeq sequence of the first record found broken (for deletions at the end: the
 *                       first missing one), null when intact
 * @param problem        what was found, for example {@code hash mismatch: row edited}; null when intact
 * @param headSeq        sequence of the newest record according to the head row
 * @param headHash       hash of the newest record according to the head row (hex SHA-256, empty
 *                       for an empty trail); keep it outside Custodian to detect a rewritten trail later
 * @param checkedAt      when the check ran
 */
public record AuditVerification(boolean intact, long recordsChecked, Long firstBrokenSeq, String problem,
                                long headSeq, String headHash, Instant checkedAt) {
}
