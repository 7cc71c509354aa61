package io.custodian.platform.plugin.packaging.internal;

import com.github.zafarkhaja.semver.Version;
import com.github.zafarkhaja.semver.expr.ExpressionParser;
import java.util.Optional;

/**
 * The one place that touches java-semver, which this bundle embeds privately: versions and ranges cross the
 * API as strings so no consumer is tied to the library.
 */
public final class SemanticVersions {

    /** Longer ranges only make the expression parser work harder; real ones are a few dozen characters. */
    public static final int MAX_RANGE_LENGTH = 256;
    /** Longest version accepted (pre-release and build parts included). */
    public static final int MAX_VERSION_LENGTH = 128;

    private SemanticVersions() {
    }

    /** True if {@code version} is a semantic version such as {@code 1.2.0} or {@code 1.2.0-rc.1+build.5}. */
    public static boolean isVersion(String version) {
        return version != null && version.length() <= MAX_VERSION_LENGTH && Version.isValid(version);
    }

    /** Why {@code range} is not a range java-semver accepts, or empty if it is one. */
    public static Optional<String> rangeProblem(String range) {
        if (range == null || range.isBlank()) {
            return Optional.of("it is empty");
        }
        if (range.length() > MAX_RANGE_LENGTH) {
            return Optional.of("it is longer than " + MAX_RANGE_LENGTH + " characters");
        }
        try {
            ExpressionParser.newInstance().parse(range);
            return Optional.empty();
        } catch (RuntimeException e) {
            // The library throws its own ParseException family, and NumberFormatException on huge numbers.
            return Optional.of("it is not a version range (write ranges like \">=0.1.0 & <1.0.0\")");
        }
    }

    /**
     * True if {@code version}, without its pre-release and build parts ({@code 0.1.0-SNAPSHOT} counts as
     * {@code 0.1.0}), lies in {@code range}. A range that does not parse matches nothing.
     *
     * @throws IllegalArgumentException if {@code version} is not a semantic version
     */
    public static boolean satisfies(String version, String range) {
        Version normal = Version.parse(requireVersion(version).getNormalVersion());
        if (rangeProblem(range).isPresent()) {
            return false;
        }
        return normal.satisfies(range);
    }

    /**
     * Orders two versions by semantic-version precedence (build metadata ignored).
     *
     * @throws IllegalArgumentException if either is not a semantic version
     */
    public static int compare(String left, String right) {
        // Not Version.PRECEDENCE_ORDER: that comparator puts the highest version first.
        return requireVersion(left).compareToIgnoreBuildMetadata(requireVersion(right));
    }

    private static Version requireVersion(String version) {
        if (!isVersion(version)) {
            throw new IllegalArgumentException(Texts.quote(version) + " is not a semantic version such as 1.0.0.");
        }
        return Version.parse(version);
    }
}
