package io.lorawanbi.testkit.client;

import io.lorawanbi.testkit.client.BiClientException.Kind;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

/**
 * Reports the production client's failures ({@link io.lorawanbi.client.BiClientException}) with this
 * package's {@link Kind}s, keeping status, Result, answer, message and cause. Stateless and thread-safe.
 */
final class ProductionFailures {

    private ProductionFailures() {}

    /** The failure as this package's exception. */
    static BiClientException map(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (t instanceof BiClientException own) {
            return own;
        }
        if (t instanceof CancellationException) {
            return new BiClientException(Kind.TRANSPORT, "the exchange was cancelled", t);
        }
        if (!(t instanceof io.lorawanbi.client.BiClientException e)) {
            return new BiClientException(Kind.TRANSPORT, "the exchange failed: " + t.getClass().getSimpleName(), t);
        }
        int status = e.status().orElse(-1);
        boolean ok = status >= 200 && status < 300;
        Kind kind = switch (e.kind()) {
            case HTTP_STATUS -> Kind.HTTP_STATUS;
            case BARE_RESULT, ERROR_PAGE -> ok ? Kind.UNDECODABLE : Kind.HTTP_STATUS;
            case ANSWERED_ASYNCHRONOUSLY -> Kind.ANSWERED_ASYNCHRONOUSLY;
            case NOT_JSON, UNDECODABLE, WRONG_ANSWER_TYPE -> Kind.UNDECODABLE;
            case OTHER_TRANSACTION -> Kind.MISMATCHED_ANSWER;
            case NONCONFORMING_HEADER -> Kind.NONCONFORMING_HEADER;
            case TIMEOUT -> Kind.TIMEOUT;
            case TRANSPORT -> Kind.TRANSPORT;
        };
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return new BiClientException(kind, status, e.result().orElse(null), e.answer().orElse(null), e.getMessage(), cause);
    }

    /**
     * Whether the failure of a synchronous read means, for an asynchronous exchange, that the peer
     * acknowledged the request: any 2xx whose body is not an answer to it.
     */
    static boolean isAcknowledgement(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (!(t instanceof io.lorawanbi.client.BiClientException e)) {
            return false;
        }
        int status = e.status().orElse(-1);
        return status >= 200 && status < 300 && e.kind() != io.lorawanbi.client.BiClientException.Kind.OTHER_TRANSACTION
                && e.kind() != io.lorawanbi.client.BiClientException.Kind.NONCONFORMING_HEADER;
    }
}
