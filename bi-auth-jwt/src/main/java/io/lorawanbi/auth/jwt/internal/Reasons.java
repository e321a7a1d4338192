package io.lorawanbi.auth.jwt.internal;

/** The reasons a token is refused, as sent in the UnknownSender Description. None quotes the token. */
public final class Reasons {
    public static final String MALFORMED = "malformed token";
    public static final String ENCRYPTED = "encrypted tokens are not accepted";
    public static final String ALGORITHM_NOT_ALLOWED = "algorithm not allowed";
    public static final String NO_KEY_ID = "token has no key ID";
    public static final String UNKNOWN_KEY = "unknown key";
    public static final String KEY_ALGORITHM_MISMATCH = "algorithm does not match the key";
    public static final String KEYS_UNAVAILABLE = "signing keys unavailable";
    public static final String BAD_SIGNATURE = "bad signature";
    public static final String WRONG_ISSUER = "wrong issuer";
    public static final String WRONG_AUDIENCE = "wrong audience";
    public static final String NO_EXPIRY = "token has no expiry";
    public static final String EXPIRED = "token expired";
    public static final String NOT_YET_VALID = "token not yet valid";
    public static final String ISSUED_IN_FUTURE = "token issued in the future";
    public static final String NO_SUBJECT = "token has no subject";

    private Reasons() {}
}
