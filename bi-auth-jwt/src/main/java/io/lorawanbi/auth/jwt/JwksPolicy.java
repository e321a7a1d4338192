package io.lorawanbi.auth.jwt;

import java.time.Duration;
import java.util.Objects;

/**
 * How a verifier fetches and keeps the issuer's signing keys (its JWKS, RFC 7517 §5).
 *
 * <ul>
 *   <li>The key set is cached for {@link #cacheTimeToLive()} and refreshed in the background
 *       {@link #refreshAhead()} before it expires, so requests normally never wait for a fetch.
 *   <li>A token whose {@code kid} is not in the cached set triggers a refetch (key rotation works
 *       without a restart); at most two fetches happen per {@link #refetchInterval()}, so a stream of
 *       tokens with made-up key IDs cannot flood the key endpoint.
 *   <li>When the key endpoint fails, the last good key set keeps being used for up to
 *       {@link #outageTolerance()} after it was fetched (plus at most one {@link #cacheTimeToLive()}
 *       during which the cache holds that copy); after that, every token is refused until the
 *       endpoint answers again.
 *   <li>A request thread that must wait for a fetch (the very first one, or a refetch for an unknown
 *       {@code kid}) waits at most {@link #fetchTimeout()}; the fetch also stops at that connect and
 *       read timeout. A key set larger than {@link #maxBytes()} is refused.
 * </ul>
 *
 * <p>Immutable; the {@code with…} methods return modified copies.
 *
 * @param cacheTimeToLive how long a fetched key set is used before it is fetched again
 * @param refreshAhead how long before expiry the background refresh runs
 * @param refetchInterval the window in which at most two fetches happen (rate limit); must be shorter
 *     than {@code cacheTimeToLive}
 * @param outageTolerance how long the last good key set outlives a failing key endpoint
 * @param fetchTimeout the longest a request thread waits for a fetch; also the HTTP connect and read
 *     timeout
 * @param maxBytes the largest key set document accepted, in bytes
 */
public record JwksPolicy(Duration cacheTimeToLive, Duration refreshAhead, Duration refetchInterval,
        Duration outageTolerance, Duration fetchTimeout, int maxBytes) {

    /**
     * The defaults: cache 10 minutes (as The Things Stack), refresh 30 s ahead, at most two fetches
     * per 30 s, keep the last good keys 1 hour through an outage, wait at most 2 s, at most 64 KiB.
     */
    public static JwksPolicy defaults() {
        return new JwksPolicy(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofSeconds(30),
                Duration.ofHours(1), Duration.ofSeconds(2), 64 * 1024);
    }

    /**
     * Checks the durations against each other.
     *
     * @throws IllegalArgumentException if a duration is not positive, the refetch interval is not
     *     shorter than the cache time, or the refresh-ahead time plus the fetch timeout exceed the
     *     cache time
     */
    public JwksPolicy {
        positive(cacheTimeToLive, "cacheTimeToLive");
        positive(refreshAhead, "refreshAhead");
        positive(refetchInterval, "refetchInterval");
        positive(outageTolerance, "outageTolerance");
        positive(fetchTimeout, "fetchTimeout");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        if (refetchInterval.compareTo(cacheTimeToLive) >= 0) {
            throw new IllegalArgumentException("refetchInterval (" + refetchInterval
                    + ") must be shorter than cacheTimeToLive (" + cacheTimeToLive + ")");
        }
        if (refreshAhead.plus(fetchTimeout).compareTo(cacheTimeToLive) > 0) {
            throw new IllegalArgumentException("refreshAhead + fetchTimeout (" + refreshAhead.plus(fetchTimeout)
                    + ") must not exceed cacheTimeToLive (" + cacheTimeToLive + ")");
        }
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    /** A copy with another cache time. */
    public JwksPolicy withCacheTimeToLive(Duration value) {
        return new JwksPolicy(value, refreshAhead, refetchInterval, outageTolerance, fetchTimeout, maxBytes);
    }

    /** A copy with another refresh-ahead time. */
    public JwksPolicy withRefreshAhead(Duration value) {
        return new JwksPolicy(cacheTimeToLive, value, refetchInterval, outageTolerance, fetchTimeout, maxBytes);
    }

    /** A copy with another rate-limit window. */
    public JwksPolicy withRefetchInterval(Duration value) {
        return new JwksPolicy(cacheTimeToLive, refreshAhead, value, outageTolerance, fetchTimeout, maxBytes);
    }

    /** A copy with another outage tolerance. */
    public JwksPolicy withOutageTolerance(Duration value) {
        return new JwksPolicy(cacheTimeToLive, refreshAhead, refetchInterval, value, fetchTimeout, maxBytes);
    }

    /** A copy with another fetch timeout. */
    public JwksPolicy withFetchTimeout(Duration value) {
        return new JwksPolicy(cacheTimeToLive, refreshAhead, refetchInterval, outageTolerance, value, maxBytes);
    }

    /** A copy with another size limit. */
    public JwksPolicy withMaxBytes(int value) {
        return new JwksPolicy(cacheTimeToLive, refreshAhead, refetchInterval, outageTolerance, fetchTimeout, value);
    }
}
