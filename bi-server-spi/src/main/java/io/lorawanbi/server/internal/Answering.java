package io.lorawanbi.server.internal;

import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.model.message.Answers;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiRequest;
import io.lorawanbi.server.AuthenticatedPeer;
import io.lorawanbi.server.AuthenticationRefusedException;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.BiHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.server.RequestContext;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

/** The answers {@code BiServer} derives from handlers' results. Stateless and thread-safe. */
public final class Answering {

    private static final System.Logger LOG = System.getLogger("io.lorawanbi.server.BiServer");

    private Answering() {}

    /** The HomeNSAns for a handler's outcome, with the derived answer header. */
    public static HomeNSAns homeNsAnswer(HomeNSReq request, HomeNSOutcome outcome) {
        Header answerHeader = request.header().answerHeader();
        if (outcome instanceof HomeNSOutcome.Found found) {
            Header h = found.extension().isPresent()
                    ? answerHeader.toBuilder().vsExtension(found.extension().get()).build() : answerHeader;
            boolean v11 = ProtocolVersion.V1_1.equals(request.protocolVersion());
            return HomeNSAns.success(h, found.homeNetId(), v11 ? found.homeNsId().orElse(null) : null);
        }
        if (outcome instanceof HomeNSOutcome.UnknownDevice unknown) {
            return HomeNSAns.failure(answerHeader, Result.of(ResultCode.UnknownDevEUI, unknown.description()));
        }
        HomeNSOutcome.Failure failure = (HomeNSOutcome.Failure) outcome;
        return HomeNSAns.failure(answerHeader, Result.of(failure.code(), failure.description()));
    }

    /**
     * What makes a handler's answer reach another transaction than the request's: its type, version,
     * TransactionID, SenderID or ReceiverID differ from the derived answer header's; {@code null} when
     * it is addressed as it must be.
     */
    public static @Nullable String misaddressed(Header expected, @Nullable Header actual) {
        return actual == null ? "no header"
                : actual.messageType() != expected.messageType() ? "MessageType " + actual.messageType()
                : !expected.protocolVersion().equals(actual.protocolVersion()) ? "ProtocolVersion " + actual.protocolVersion()
                : !expected.transactionId().equals(actual.transactionId()) ? "TransactionID " + actual.transactionId()
                : !expected.senderId().equals(actual.senderId()) ? "SenderID " + actual.senderId()
                : !expected.receiverId().equals(actual.receiverId()) ? "ReceiverID " + actual.receiverId()
                : null;
    }

    /** The answer to a request of a type no handler is registered for: the version's malformed code. */
    public static BiAnswer notServed(Header header) {
        return Answers.failure(header, Result.of(ResultCode.malformed(header.protocolVersion()),
                header.messageType() + " is not served here"));
    }

    /** The request type whose record class this is. */
    public static MessageType requestType(Class<?> requestClass) {
        for (MessageType t : MessageType.values()) {
            if (t.messageClass() == requestClass && t.isRequest()) {
                return t;
            }
        }
        throw new IllegalArgumentException(requestClass.getName() + " is not a request type");
    }

    /** Calls a handler with a request of its type (the server dispatches by MessageType). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static CompletionStage<? extends BiAnswer> invoke(BiHandler handler, BiRequest<?> request,
            RequestContext context) {
        return handler.handle(request, context);
    }

    /**
     * The authenticated peer when the authenticator accepts the request as its SenderID; empty when it
     * refuses without a reason or fails.
     *
     * @throws AuthenticationRefusedException when the request carries Authorization more than once, the
     *     authenticator refuses with a reason, or the credential authenticates another identity than the
     *     SenderID
     */
    public static Optional<AuthenticatedPeer> authenticate(SenderAuthenticator authenticator, InboundRequest request,
            Header header) {
        if (request.headers().all("Authorization").size() > 1) {
            // one credential per request: which of two a proxy or firewall in front checked is unknowable
            throw new AuthenticationRefusedException("Authorization sent more than once");
        }
        Optional<AuthenticatedPeer> peer;
        try {
            peer = authenticator.authenticate(request, header);
        } catch (AuthenticationRefusedException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "authenticator failed: " + e.getClass().getName());
            return Optional.empty();
        }
        if (peer != null && peer.isPresent() && !peer.get().id().equals(header.senderId())) {
            throw new AuthenticationRefusedException("credential authenticates " + peer.get().id());
        }
        return peer == null ? Optional.empty() : peer;
    }
}
