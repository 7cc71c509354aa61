package io.custodian.platform.plugin.packaging.internal;

import java.util.Optional;

/**
 * Checks jar entry names against zip-slip: a name that an extracting tool (or a class loader that maps entries
 * to files) could turn into a path outside its target directory is refused, whatever the operating system.
 */
public final class ZipEntryNames {

    /** Longest accepted entry name. */
    public static final int MAX_LENGTH = 1024;

    private ZipEntryNames() {
    }

    /** Why {@code name} is unsafe, or empty if it is a plain relative entry name. */
    public static Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of("the name is empty");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("the name is longer than " + MAX_LENGTH + " characters");
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.of("the name contains control characters");
        }
        if (name.indexOf('\\') >= 0) {
            return Optional.of("the name contains a backslash, which Windows reads as a folder separator");
        }
        if (name.startsWith("/")) {
            return Optional.of("the name is an absolute path");
        }
        if (name.indexOf(':') >= 0) {
            return Optional.of("the name contains ':', which Windows reads as a drive letter or stream");
        }
        String withoutTrailingSlash = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : withoutTrailingSlash.split("/", -1)) {
            if (segment.isEmpty()) {
                return Optional.of("the name contains an empty path segment");
            }
            if (segment.equals("..")) {
                return Optional.of("the name climbs out of the jar with \"..\"");
            }
            if (segment.equals(".")) {
                return Optional.of("the name contains a \".\" segment");
            }
        }
        return Optional.empty();
    }
}
