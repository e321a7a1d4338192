package io.lorawanbi.auth.jwt.internal;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The issuer's keys, from its JWKS URL, through Nimbus's {@link JWKSourceBuilder}: refresh-ahead cache
 * (scheduled in the background), rate-limited refetch on an unknown key ID, outage tolerance, and a
 * bounded wait for the request thread ({@link BoundedRetriever}). Its threads are daemons and stop on
 * {@link #close()}.
 */
public final class KeySource implements Closeable {

    private static final System.Logger LOG = System.getLogger(KeySource.class.getName());
    private static final AtomicInteger POOL = new AtomicInteger();

    private final JWKSource<SecurityContext> source;
    private final ExecutorService fetcher;

    /** A key source for this JWKS URL with this policy. */
    public KeySource(URI jwksUri, JwksPolicy policy) {
        int pool = POOL.incrementAndGet();
        this.fetcher = Executors.newCachedThreadPool(daemons("bi-jwks-fetch-" + pool));
        ExecutorService refresher = Executors.newSingleThreadExecutor(daemons("bi-jwks-refresh-" + pool));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemons("bi-jwks-schedule-" + pool));
        BoundedRetriever retriever = new BoundedRetriever(policy.fetchTimeout(), policy.maxBytes(), fetcher);
        try {
            this.source = JWKSourceBuilder.<SecurityContext>create(jwksUri.toURL(), retriever)
                    .cache(policy.cacheTimeToLive().toMillis(), policy.fetchTimeout().toMillis())
                    .refreshAheadCache(policy.refreshAhead().toMillis(), null, refresher, true, scheduler, true)
                    .rateLimited(policy.refetchInterval().toMillis())
                    .outageTolerant(policy.outageTolerance().toMillis())
                    .retrying(false)
                    .build();
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
     *     was rate-limited), "signing keys unavailable" when the key set cannot be had
     */
    public List<JWK> keys(String keyId) {
        JWKSelector selector = new JWKSelector(new JWKMatcher.Builder()
                .keyID(keyId)
                .keyUses(KeyUse.SIGNATURE, null)
                .publicOnly(false)
                .build());
        List<JWK> keys;
        try {
            keys = source.get(selector, null);
        } catch (RateLimitReachedException e) {
            throw new AuthenticationRefusedException(Reasons.UNKNOWN_KEY);
        } catch (com.nimbusds.jose.KeySourceException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "signing keys unavailable: " + e.getClass().getSimpleName()
                    + (e.getCause() == null ? "" : " (" + e.getCause().getClass().getSimpleName() + ")"));
            throw new AuthenticationRefusedException(Reasons.KEYS_UNAVAILABLE);
        }
        if (keys.isEmpty()) {
            throw new AuthenticationRefusedException(Reasons.UNKNOWN_KEY);
        }
        return keys;
    }

    @Override
    public void close() {
        try {
            if (source instanceof Closeable c) {
                c.close();
            }
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
