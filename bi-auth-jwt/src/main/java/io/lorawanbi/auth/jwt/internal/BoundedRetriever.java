package io.lorawanbi.auth.jwt.internal;

import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a key set with Nimbus's {@link DefaultResourceRetriever} on a background thread and waits
 * for it at most a fixed time, so a slow or trickling key endpoint never holds the calling (request)
 * thread longer than that. The background fetch itself stops at its connect and read timeouts.
 */
final class BoundedRetriever implements ResourceRetriever {

    private final ResourceRetriever delegate;
    private final ExecutorService executor;
    private final long timeoutMillis;

    BoundedRetriever(Duration timeout, int maxBytes, ExecutorService executor) {
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        this.delegate = new DefaultResourceRetriever(millis, millis, maxBytes);
        this.executor = executor;
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    public Resource retrieveResource(URL url) throws IOException {
        Future<Resource> fetch = executor.submit(() -> delegate.retrieveResource(url));
        try {
            return fetch.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            fetch.cancel(true);
            throw new IOException("key set not fetched within " + timeoutMillis + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? io : new IOException("key set fetch failed", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fetch.cancel(true);
            throw new IOException("interrupted while fetching the key set");
        }
    }
}
