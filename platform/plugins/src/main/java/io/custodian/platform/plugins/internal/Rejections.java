package io.custodian.platform.plugins.internal;

import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.plugin.packaging.PluginRejectedException;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.rest.api.ErrorCode;
import java.util.Map;
import java.util.Set;

/**
 * A refused jar or marketplace as a problem: the rejection's own code ({@code plugin.signature_invalid},
 * ...) and sentence, with a status by what was wrong: 400 for a jar that is not a well-formed plugin,
 * 422 for a well-formed one that may not be trusted or run here, 404 for something the marketplace
 * does not have and 502 for a marketplace that is broken or unreachable.
 */
public final class Rejections {

    /** Reasons (by name) that name a problem of the submitted jar itself. */
    private static final Set<String> MALFORMED = Set.of("TOO_LARGE", "NOT_A_JAR", "UNSAFE_ENTRY", "MANIFEST_MISSING",
            "MANIFEST_INVALID", "NO_EXTENSIONS");
    /** Reasons that say the jar may not be trusted: audited as DENIED rather than FAILURE. */
    private static final Set<String> UNTRUSTED = Set.of("CHECKSUM_MISMATCH", "SIGNATURE_MISSING", "SIGNATURE_INVALID",
            "PUBLISHER_UNTRUSTED");
    private static final Set<String> UPSTREAM = Set.of("INDEX_INVALID", "DOWNLOAD_FAILED");

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("MANIFEST_MISSING", "Plugin manifest missing"),
            Map.entry("MANIFEST_INVALID", "Plugin manifest invalid"),
            Map.entry("TOO_LARGE", "Plugin too large"),
            Map.entry("UNSAFE_ENTRY", "Unsafe jar entry"),
            Map.entry("NOT_A_JAR", "Not a jar"),
            Map.entry("NO_EXTENSIONS", "No extensions"),
            Map.entry("PLATFORM_UNSUPPORTED", "Platform version not supported"),
            Map.entry("CHECKSUM_MISMATCH", "Checksum mismatch"),
            Map.entry("SIGNATURE_MISSING", "Signature missing"),
            Map.entry("SIGNATURE_INVALID", "Signature invalid"),
            Map.entry("PUBLISHER_UNTRUSTED", "Publisher not trusted"),
            Map.entry("INDEX_INVALID", "Marketplace index invalid"),
            Map.entry("NOT_FOUND", "Not found in the marketplace"),
            Map.entry("DOWNLOAD_FAILED", "Download failed"),
            Map.entry("MISMATCH", "Jar does not match the index"));

    private Rejections() {
    }

    /** The problem to answer for {@code rejection}. */
    public static CustodianException problem(PluginRejectedException rejection) {
        return new CustodianException(errorCode(rejection.reason()), rejection.getMessage());
    }

    /**
     * The problem of a refusal known only by its code and sentence (as kept in a marketplace's
     * status); a code that is no rejection's answers as {@link PluginErrorCode#INVALID_REQUEST}.
     */
    public static CustodianException problem(String code, String message) {
        for (PluginRejectedException.Reason reason : PluginRejectedException.Reason.values()) {
            if (reason.code().equals(code)) {
                return new CustodianException(errorCode(reason), message);
            }
        }
        return new CustodianException(PluginErrorCode.INVALID_REQUEST, message);
    }

    /** The error code of a reason: its own code, with the status described above. */
    public static ErrorCode errorCode(PluginRejectedException.Reason reason) {
        String name = reason.name();
        int status = MALFORMED.contains(name) ? 400
                : "NOT_FOUND".equals(name) ? 404
                : UPSTREAM.contains(name) ? 502
                : 422;
        return ErrorCode.of(reason.code(), status, TITLES.getOrDefault(name, "Plugin refused"));
    }

    /** How a refusal with {@code code} is audited: DENIED for trust failures, FAILURE otherwise. */
    public static Outcome outcome(String code) {
        for (PluginRejectedException.Reason reason : PluginRejectedException.Reason.values()) {
            if (reason.code().equals(code)) {
                return UNTRUSTED.contains(reason.name()) ? Outcome.DENIED : Outcome.FAILURE;
            }
        }
        return Outcome.FAILURE;
    }
}
