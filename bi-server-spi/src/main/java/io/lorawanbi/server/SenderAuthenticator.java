package io.lorawanbi.server;

import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.message.Header;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Establishes who sent a request, from the transport facts and the request header (docs/reference.md
 * §5.5). The server compares the result with the request's SenderID and answers
 * {@code UnknownSender} when there is no result or they differ, before the body is decoded and before
 * any handler runs.
 *
 * <p>Implementations must be thread-safe, must not block for long (they run on the request path),
 * and must never log credentials. Ready implementations:
 * {@link io.lorawanbi.server.auth.ClientCertificateAuthenticator},
 * {@link io.lorawanbi.server.auth.BearerTokenAuthenticator}, and the combinators below.
 */
@FunctionalInterface
public interface SenderAuthenticator {

    /**
     * Authenticates the sender of a request.
     *
     * @param request the transport facts (certificate chain, Authorization header, address)
     * @param header the request header, which names the claimed SenderID
     * @return the authenticated peer, or empty to refuse
     */
    Optional<AuthenticatedPeer> authenticate(InboundRequest request, Header header);

    /** Refuses everyone: the default of a server that was given no authenticator. */
    static SenderAuthenticator denyAll() {
        return (request, header) -> Optional.empty();
    }

    /**
     * Tries each authenticator in order; the first that <em>applies</em> decides. A client-certificate
     * authenticator applies when a certificate was presented, a bearer-token authenticator when an
     * Authorization header was sent, so a presented but untrusted certificate is refused without
     * falling back to a token, as The Things Stack does.
     */
    static SenderAuthenticator firstApplicable(List<ApplicableAuthenticator> authenticators) {
        List<ApplicableAuthenticator> copy = List.copyOf(authenticators);
        return (request, header) -> {
            for (ApplicableAuthenticator a : copy) {
                if (a.appliesTo(request)) {
                    return a.authenticate(request, header);
                }
            }
            return Optional.empty();
        };
    }

    /**
     * Believes the claimed SenderID when it is one of the listed ones, without any credential. For
     * tests and closed networks only: anyone who can reach the endpoint can claim a listed ID.
     */
    static SenderAuthenticator insecureSenderAllowList(Set<? extends PartyID> senders) {
        Set<PartyID> copy = Set.copyOf(senders);
        return (request, header) -> header.senderId() != null && copy.contains(header.senderId())
                ? Optional.of(new AuthenticatedPeer(header.senderId(), AuthenticatedPeer.Mechanism.OTHER, List.of()))
                : Optional.empty();
    }

    /** An authenticator that can tell whether a request carries its kind of credential. */
    interface ApplicableAuthenticator extends SenderAuthenticator {
        /** Whether the request carries this authenticator's kind of credential. */
        boolean appliesTo(InboundRequest request);
    }
}
