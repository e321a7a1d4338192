package io.lorawanbi.client.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read up to a bound: at most {@code limit + 1} bytes are kept, and once that many
 * have arrived the rest is not read (the subscription is cancelled, which closes the stream or the
 * connection), so a peer that sends a huge body costs no more memory than the bound. A body cut this
 * way is longer than {@code limit}, which the decoder refuses as oversize. One instance per response.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final int limit;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private boolean done;

    BoundedBody(int limit) {
        this.limit = limit;
    }

    /** A handler giving each response its own bounded body. */
    static HttpResponse.BodyHandler<byte[]> handler(int limit) {
        return info -> new BoundedBody(limit);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> items) {
        if (done) {
            return;
        }
        for (ByteBuffer b : items) {
            int n = Math.min(b.remaining(), limit + 1 - kept.size());
            byte[] chunk = new byte[n];
            b.get(chunk);
            kept.write(chunk, 0, n);
            if (kept.size() > limit) {
                done = true;
                subscription.cancel();
                result.complete(kept.toByteArray());
                return;
            }
        }
    }

    @Override
    public synchronized void onError(Throwable failure) {
        if (!done) {
            done = true;
            result.completeExceptionally(failure);
        }
    }

    @Override
    public synchronized void onComplete() {
        if (!done) {
            done = true;
            result.complete(kept.toByteArray());
        }
    }
}
