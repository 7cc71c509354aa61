package io.custodian.platform.plugin.packaging.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the {@code file} of a marketplace index entry: a plain relative path that stays inside the marketplace
 * folder or under the index URL's directory. Deliberately narrower than what file systems and URLs allow, so the
 * same name means the same place on every operating system and web server (no {@code %2e%2e}, no backslashes,
 * no drive letters, no schemes).
 */
public final class RelativeFileNames {

    /** Longest accepted name. */
    public static final int MAX_LENGTH = 512;

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._+-]+");

    private RelativeFileNames() {
    }

    /** Why {@code file} is not a safe relative file name, or empty if it is one. */
    public static Optional<String> problem(String file) {
        if (file == null || file.isEmpty()) {
            return Optional.of("it is empty");
        }
        if (file.length() > MAX_LENGTH) {
            return Optional.of("it is longer than " + MAX_LENGTH + " characters");
        }
        if (file.indexOf(':') >= 0) {
            return Optional.of("it is an absolute URL or names a drive; only paths relative to the index are allowed");
        }
        if (file.startsWith("/")) {
            return Optional.of("it is an absolute path; only paths relative to the index are allowed");
        }
        if (file.indexOf('\\') >= 0) {
            return Optional.of("it contains a backslash; separate folders with /");
        }
        for (String segment : file.split("/", -1)) {
            if (segment.isEmpty()) {
                return Optional.of("it contains an empty path segment");
            }
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("it contains \"" + segment + "\"; the file must stay inside the marketplace");
            }
            if (!SEGMENT.matcher(segment).matches()) {
                return Optional.of("it may only use letters, digits, '.', '_', '+', '-' and '/'");
            }
        }
        return Optional.empty();
    }

    /** The last segment of a safe name: the name the downloaded file gets. */
    public static String lastSegment(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }
}
