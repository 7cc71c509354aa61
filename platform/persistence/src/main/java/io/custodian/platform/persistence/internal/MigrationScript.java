package io.custodian.platform.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned script: {@code V<version>__<description>[.<vendor>].sql}.
 *
 * @param version     positive integer, the order of application
 * @param description words from the file name
 * @param vendor      vendor key for a vendor-specific variant, empty for the generic script
 * @param sql         the script text
 */
record MigrationScript(int version, String description, String vendor, String sql) {

    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]{0,8})__([A-Za-z0-9_]+)(?:\\.([a-z0-9]+))?\\.sql");

    /** Parses a file name; empty when the name does not follow the convention. */
    static Optional<MigrationScript> fromFile(String fileName, String sql) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new MigrationScript(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '),
                m.group(3) == null ? "" : m.group(3), sql));
    }

    /** SHA-256 of the script text, to detect an applied script that was edited afterwards. */
    String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
