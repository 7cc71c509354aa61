package io.custodian.platform.audit.internal;

import io.custodian.platform.audit.internal.entity.AuditRecordEntity;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of a row: hex SHA-256 over a format tag, the previous row's hash and every stored
 * field, each written as its UTF-8 length (4 bytes, big endian; -1 for null) followed by its
 * bytes. The length prefix makes the encoding unambiguous: moving text from one field to the
 * next changes the hash. The time is hashed as epoch seconds and nanoseconds; rows are stored with
 * millisecond times, so every database gives back exactly what was hashed.
 */
final class AuditHash {

    private static final String FORMAT = "custodian-audit-v1";

    private AuditHash() {
    }

    static String of(AuditRecordEntity row) {
        MessageDigest sha = sha256();
        field(sha, FORMAT);
        field(sha, row.getPrevHash());
        field(sha, row.getSeq() == null ? null : Long.toString(row.getSeq()));
        field(sha, row.getRecordedAt() == null ? null : time(row.getRecordedAt().toInstant()));
        field(sha, row.getActor());
        field(sha, row.getAction());
        field(sha, row.getResource());
        field(sha, row.getOutcome());
        field(sha, row.getClientIp());
        field(sha, row.getUserAgent());
        field(sha, row.getCorrelationId());
        field(sha, row.getDetails());
        field(sha, row.getChanges());
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String time(Instant time) {
        return time.getEpochSecond() + "." + time.getNano();
    }

    private static void field(MessageDigest sha, String value) {
        byte[] bytes = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            sha.update(bytes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
