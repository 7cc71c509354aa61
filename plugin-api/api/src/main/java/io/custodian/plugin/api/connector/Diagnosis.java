package io.custodian.plugin.api.connector;

/** Why a connection test or a session failed; each maps to a distinct error code and sentence in the platform. */
public enum Diagnosis {
    /** The connection works. */
    OK,
    /** The host name does not resolve or the network has no route to it. */
    UNREACHABLE,
    /** The host answered but refused the connection (nothing listens on the port). */
    REFUSED,
    /** TLS failed: handshake, certificate or protocol. */
    TLS,
    /** The source rejected the credentials. */
    AUTH_FAILED,
    /** The database, catalog or folder named in the settings does not exist. */
    DATABASE_MISSING,
    /** Connected, but the account lacks a privilege the connector needs. */
    PERMISSION_MISSING,
    /** The source did not answer in time. */
    TIMEOUT,
    /** The settings themselves are wrong (a malformed URL, a missing required value). */
    INVALID_SETTINGS,
    /** Anything else; the message says what. */
    OTHER
}
