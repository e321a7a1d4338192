package io.lorawanbi.server.internal;

import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.RequestContext;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A lookup its integrator declared non-blocking ({@link HomeNSHandler#nonBlocking}): the server calls it
 * on the thread handling the request instead of the handler executor. Immutable and thread-safe when
 * the lookup is.
 */
public final class InlineLookup implements HomeNSHandler {

    private final HomeNSHandler.Blocking lookup;

    public InlineLookup(HomeNSHandler.Blocking lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    @Override
    public CompletionStage<HomeNSOutcome> resolve(HomeNSReq request, RequestContext context) {
        try {
            return CompletableFuture.completedFuture(lookup.resolve(request, context));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
