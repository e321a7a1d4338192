package io.lorawanbi.auth.jwt.internal;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.source.JWKSetBasedJWKSource;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import io.lorawanbi.auth.jwt.JwksPolicy;
import io.lorawanbi.server.AuthenticationRefusedException;
import java.io.Closeable;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The issuer's keys, from its JWKS URL, through Nimbus's {@link JWKSourceBuilder}: refresh-ahead cache
 * (scheduled in the background), rate-limited refetch on an unknown key ID, outage tolerance, and a
 * bounded wait for the request thread ({@link BoundedRetriever}). Its threads are daemons and stop on
 * {@link #close()}.
 */
public final class KeySource implements Closeable {

    private static final System.Logger LOG = System.getLogger(KeySource.class.getName());
    private static final AtomicInteger POOL = new AtomicInteger();

    private static final long WARNING_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final URI jwksUri;
    private final JWKSetSource<SecurityContext> sets;
    private final ExecutorService fetcher;
    private final AtomicLong lastWarning = new AtomicLong();

    /** A key source for this JWKS URL with this policy. */
    public KeySource(URI jwksUri, JwksPolicy policy) {
        this.jwksUri = jwksUri;
        int pool = POOL.incrementAndGet();
        this.fetcher = Executors.newCachedThreadPool(daemons("bi-jwks-fetch-" + pool));
        ExecutorService refresher = Executors.newSingleThreadExecutor(daemons("bi-jwks-refresh-" + pool));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemons("bi-jwks-schedule-" + pool));
        BoundedRetriever retriever = new BoundedRetriever(policy.fetchTimeout(), policy.maxBytes(), fetcher);
        try {
            JWKSource<SecurityContext> source = JWKSourceBuilder.<SecurityContext>create(jwksUri.toURL(), retriever)
                    .cache(policy.cacheTimeToLive().toMillis(), policy.fetchTimeout().toMillis())
                    .refreshAheadCache(policy.refreshAhead().toMillis(), null, refresher, true, scheduler, true)
                    .rateLimited(policy.refetchInterval().toMillis())
                    .outageTolerant(policy.outageTolerance().toMillis())
                    .retrying(false)
                    .build();
            // Without a failover the builder's source is JWKSetBasedJWKSource; its key set source is
            // used directly to tell a failed load ("unavailable") from a rate-limited refetch for an
            // unknown kid ("unknown key").
            this.sets = ((JWKSetBasedJWKSource<SecurityContext>) source).getJWKSetSource();
        } catch (MalformedURLException | IllegalArgumentException e) {
            refresher.shutdownNow();
            scheduler.shutdownNow();
            fetcher.shutdownNow();
            throw new IllegalArgumentException("unusable JWKS URL: " + jwksUri, e);
        }
    }

    /**
     * The signature keys with this key ID; a miss in the cache triggers one rate-limited refetch.
     *
     * @throws AuthenticationRefusedException "unknown key" when no key has the ID (also when the refetch
     *     was rate-limited or failed), "signing keys unavailable" when no key set can be had at all
     */
    public List<JWK> keys(String keyId) {
        JWKSelector selector = new JWKSelector(new JWKMatcher.Builder()
                .keyID(keyId)
                .keyUses(KeyUse.SIGNATURE, null)
                .build());
        long now = System.currentTimeMillis();
        JWKSet set;
        try {
            set = sets.getJWKSet(JWKSetCacheRefreshEvaluator.noRefresh(), now, null);
        } catch (KeySourceException e) { // a failed or rate-limited load with nothing usable cached
            logUnavailable(e);
            throw new AuthenticationRefusedException(Reasons.KEYS_UNAVAILABLE);
        }
        List<JWK> keys = selector.select(set);
        if (keys.isEmpty()) {
            // an unknown kid: refetch once (the rate limiter decides), as the issuer may have rotated
            try {
                keys = selector.select(sets.getJWKSet(JWKSetCacheRefreshEvaluator.referenceComparison(set), now, null));
            } catch (KeySourceException e) {
                throw new AuthenticationRefusedException(Reasons.UNKNOWN_KEY);
            }
        }
        if (keys.isEmpty()) {
            throw new AuthenticationRefusedException(Reasons.UNKNOWN_KEY);
        }
        return keys;
    }

    /** WARNING at most once a minute while the keys stay unavailable (every refused token would flood the log). */
    private void logUnavailable(Exception e) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        boolean warn = (last == 0 || now - last >= WARNING_INTERVAL_NANOS) && lastWarning.compareAndSet(last, now == 0 ? 1 : now);
        LOG.log(warn ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG, () -> "signing keys from " + jwksUri
                + " unavailable: " + e.getClass().getSimpleName()
                + (e.getCause() == null ? "" : " (" + e.getCause().getClass().getSimpleName() + ")"));
    }

    @Override
    public void close() {
        try {
            sets.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the key source failed: " + e.getClass().getSimpleName());
        } finally {
            fetcher.shutdownNow();
        }
    }

    private static ThreadFactory daemons(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
