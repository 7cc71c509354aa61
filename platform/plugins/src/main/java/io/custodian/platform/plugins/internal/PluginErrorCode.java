package io.custodian.platform.plugins.internal;

import io.custodian.platform.rest.api.ErrorCode;

/**
 * Errors of the {@code /plugins} and {@code /marketplace} endpoints and the plugin commands. Codes
 * are stable: clients may switch on them. A jar or marketplace that fails verification answers
 * with its rejection's own code instead ({@link Rejections}).
 */
public final class PluginErrorCode {
    /** A field of the request is missing or malformed. */
    public static final ErrorCode INVALID_REQUEST = ErrorCode.of("plugin.invalid_request", 400, "Invalid request");
    /** The grant does not cover every scope the plugin requests; the problem lists them in {@code requested}. */
    public static final ErrorCode SCOPES_NOT_GRANTED = ErrorCode.of("plugin.scopes_not_granted", 400,
            "Requested scopes not granted");
    /** No plugin with that id is installed (or offered by a marketplace). */
    public static final ErrorCode NOT_FOUND = ErrorCode.of("plugin.not_found", 404, "Plugin not found");
    /** The marketplace offers the plugin but not in that version (or none this platform supports). */
    public static final ErrorCode VERSION_NOT_FOUND = ErrorCode.of("plugin.version_not_found", 404,
            "Plugin version not found");
    /** That very version is installed already. */
    public static final ErrorCode ALREADY_INSTALLED = ErrorCode.of("plugin.already_installed", 409,
            "Plugin already installed");
    /** The plugin cannot start before an administrator grants its scopes. */
    public static final ErrorCode AWAITING_GRANT = ErrorCode.of("plugin.awaiting_grant", 409,
            "Plugin awaits a scope grant");
    /** A rollback needs a previous version whose jar is still kept. */
    public static final ErrorCode NO_PREVIOUS_VERSION = ErrorCode.of("plugin.no_previous_version", 409,
            "No previous version");
    /** The plugin came from the deploy/ folder, whose file decides its version. */
    public static final ErrorCode MANAGED_BY_DEPLOY = ErrorCode.of("plugin.managed_by_deploy", 409,
            "Plugin managed by the deploy folder");
    /** Installing over another version is an upgrade, which also needs {@code plugin.upgrade}. */
    public static final ErrorCode UPGRADE_NOT_ALLOWED = ErrorCode.of("plugin.upgrade_not_allowed", 403,
            "Upgrade not allowed");
    /** The OSGi framework refused the plugin's bundle (for example a package it imports is missing). */
    public static final ErrorCode BUNDLE_FAILED = ErrorCode.of("plugin.bundle_failed", 422,
            "Plugin bundle failed");

    private PluginErrorCode() {
    }
}
