package io.lorawanbi.server.auth;

/**
 * What a client certificate's extended key usage (RFC 5280 §4.2.1.12) must say before the
 * certificate authenticates a sender.
 */
public enum ClientAuthUsage {
    /** The extension is not looked at. */
    IGNORED,
    /**
     * When the leaf has the extension, it must list {@code clientAuth} (or {@code anyExtendedKeyUsage});
     * a leaf without it is accepted. This is what the JDK's and Go's TLS servers check, so what The
     * Things Stack's interop server enforces. The default.
     */
    IF_PRESENT,
    /** The leaf must have the extension, listing {@code clientAuth}. */
    REQUIRED
}
