package io.lorawanbi.bench;

/**
 * The patterns the Hibernate Validator baseline checks the flat records with: what a user would write
 * for the same rules the codec applies (hex with an optional {@code 0x}, IDs of their role's length,
 * the two versions).
 */
final class Rules {

    static final String VERSION = "1\\.[01]";
    static final String HEX = "(0[xX])?([0-9A-Fa-f]{2})*";
    static final String NET_ID = "(0[xX])?[0-9A-Fa-f]{6}";
    static final String EUI = "(0[xX])?[0-9A-Fa-f]{16}";
    static final String DEV_ADDR = "(0[xX])?[0-9A-Fa-f]{8}";
    static final String AES_KEY = "(0[xX])?([0-9A-Fa-f]{32}|[0-9A-Fa-f]{48})";
    static final String REQUEST = "[A-Za-z]+Req";
    static final String ANSWER = "[A-Za-z]+Ans";
    static final long MAX_U32 = 4294967295L;

    private Rules() {}
}
