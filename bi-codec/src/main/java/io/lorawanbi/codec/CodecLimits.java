package io.lorawanbi.codec;

/**
 * Bounds that a decoder enforces while it streams through a message, so that no input can make it
 * allocate or work without limit. Each bound, when exceeded, yields a {@link BiDecodeException} with
 * the malformed code of the message's version and the member path where it was exceeded.
 *
 * <p>Immutable and thread-safe. {@link #DEFAULTS} suits every message a real peer sends with a wide
 * margin: the largest real messages (PRStartReq with many gateways) are a few KiB.
 *
 * @param maxBodyBytes the largest body accepted, in bytes (default 64 KiB; The Things Stack accepts 32 KiB)
 * @param maxDepth the deepest nesting of objects and arrays (default 32; at most 1,000, which keeps the
 *     recursive readers far from the thread's stack limit)
 * @param maxStringLength the longest string value, in characters (default 16384)
 * @param maxNumberLength the longest number literal, counted in digits of its integer, fraction and
 *     exponent parts (default 64)
 * @param maxArrayLength the most elements in one array (default 1024)
 * @param maxMembers the most members in one object (default 256)
 */
public record CodecLimits(
        int maxBodyBytes, int maxDepth, int maxStringLength, int maxNumberLength, int maxArrayLength, int maxMembers) {

    /** The largest nesting limit that may be set. */
    public static final int MAX_DEPTH = 1000;

    /** The default limits. */
    public static final CodecLimits DEFAULTS = new CodecLimits(64 * 1024, 32, 16 * 1024, 64, 1024, 256);

    /**
     * Checks that every bound is positive.
     *
     * @throws IllegalArgumentException if a bound is zero or negative
     */
    public CodecLimits {
        positive(maxBodyBytes, "maxBodyBytes");
        positive(maxDepth, "maxDepth");
        if (maxDepth > MAX_DEPTH) {
            throw new IllegalArgumentException("maxDepth must be at most " + MAX_DEPTH + ", got " + maxDepth);
        }
        positive(maxStringLength, "maxStringLength");
        positive(maxNumberLength, "maxNumberLength");
        positive(maxArrayLength, "maxArrayLength");
        positive(maxMembers, "maxMembers");
    }

    /** These limits with another body size bound. */
    public CodecLimits withMaxBodyBytes(int value) {
        return new CodecLimits(value, maxDepth, maxStringLength, maxNumberLength, maxArrayLength, maxMembers);
    }

    /** These limits with another nesting bound. */
    public CodecLimits withMaxDepth(int value) {
        return new CodecLimits(maxBodyBytes, value, maxStringLength, maxNumberLength, maxArrayLength, maxMembers);
    }

    /** These limits with another string length bound. */
    public CodecLimits withMaxStringLength(int value) {
        return new CodecLimits(maxBodyBytes, maxDepth, value, maxNumberLength, maxArrayLength, maxMembers);
    }

    /** These limits with another number length bound. */
    public CodecLimits withMaxNumberLength(int value) {
        return new CodecLimits(maxBodyBytes, maxDepth, maxStringLength, value, maxArrayLength, maxMembers);
    }

    /** These limits with another array length bound. */
    public CodecLimits withMaxArrayLength(int value) {
        return new CodecLimits(maxBodyBytes, maxDepth, maxStringLength, maxNumberLength, value, maxMembers);
    }

    /** These limits with another member count bound. */
    public CodecLimits withMaxMembers(int value) {
        return new CodecLimits(maxBodyBytes, maxDepth, maxStringLength, maxNumberLength, maxArrayLength, value);
    }

    private static void positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
