package io.lorawanbi.server.internal;

import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.server.BiHandler;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.RequestContext;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A {@link HomeNSHandler} as an ordinary {@link BiHandler}: the outcome becomes the HomeNSAns the
 * server derives from the request (docs/reference.md §2.3, §5). Its answers are valid by construction,
 * so the server sends them without validating them again. Immutable and thread-safe when the handler is.
 */
public final class HomeNSHandlerAdapter implements BiHandler<HomeNSReq, HomeNSAns> {

    private final HomeNSHandler handler;

    public HomeNSHandlerAdapter(HomeNSHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /** Whether the server may call this handler on the request's own thread: its lookup never blocks. */
    public boolean runsInline() {
        return handler instanceof InlineLookup;
    }

    @Override
    public CompletionStage<HomeNSAns> handle(HomeNSReq request, RequestContext context) {
        CompletionStage<HomeNSOutcome> outcome = handler.resolve(request, context);
        if (outcome == null) {
            return null; // answered Other as a handler that returned no stage
        }
        return outcome.thenApply(o -> {
            if (o == null) {
                throw new IllegalStateException("the handler completed with null");
            }
            return Answering.homeNsAnswer(request, o);
        });
    }
}
