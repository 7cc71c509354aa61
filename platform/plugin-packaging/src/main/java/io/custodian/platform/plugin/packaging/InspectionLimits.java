package io.custodian.platform.plugin.packaging;

/**
 * How large a plugin jar may be, checked by {@link PluginJarInspector} before and while it reads the jar.
 *
 * @param maxJarBytes          largest jar file, in bytes
 * @param maxEntries           most entries (files and folders) in the jar
 * @param maxUncompressedBytes most bytes all entries may inflate to together, counted while reading (the sizes
 *                             a zip declares are not trusted)
 */
public record InspectionLimits(long maxJarBytes, int maxEntries, long maxUncompressedBytes) {

    /** 50 MiB. */
    public static final long DEFAULT_MAX_JAR_BYTES = 50L * 1024 * 1024;
    /** 10,000 entries. */
    public static final int DEFAULT_MAX_ENTRIES = 10_000;
    /** 200 MiB. */
    public static final long DEFAULT_MAX_UNCOMPRESSED_BYTES = 200L * 1024 * 1024;

    /** Refuses limits that are not positive. */
    public InspectionLimits {
        if (maxJarBytes <= 0 || maxEntries <= 0 || maxUncompressedBytes <= 0) {
            throw new IllegalArgumentException("Inspection limits must be positive: maxJarBytes=" + maxJarBytes
                    + ", maxEntries=" + maxEntries + ", maxUncompressedBytes=" + maxUncompressedBytes);
        }
    }

    /** 50 MiB per jar, 10,000 entries, 200 MiB uncompressed. */
    public static InspectionLimits defaults() {
        return new InspectionLimits(DEFAULT_MAX_JAR_BYTES, DEFAULT_MAX_ENTRIES, DEFAULT_MAX_UNCOMPRESSED_BYTES);
    }

    /** These limits with another jar size limit (the host's {@code maxJarBytes} setting). */
    public InspectionLimits withMaxJarBytes(long bytes) {
        return new InspectionLimits(bytes, maxEntries, maxUncompressedBytes);
    }
}
