package io.lorawanbi.server.auth;

import io.lorawanbi.model.NetID;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.server.AuthenticatedPeer;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.InboundRequest;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Authenticates a sender by an {@code Authorization: Bearer …} token (docs/reference.md §5.5): a
 * {@link TokenVerifier} checks the token, and a mapping turns its claims into the peer's identity.
 * {@link #roamingHub(TokenVerifier)} is the mapping for a roaming hub such as Packet Broker, which
 * authenticates as NetID {@code 000000} (so its requests must carry SenderID {@code 000000}).
 *
 * <p>It {@linkplain #appliesTo applies} when the request has an Authorization header with the Bearer
 * scheme (any case). The token never reaches a log line or an exception message. Immutable and
 * thread-safe.
 */
public final class BearerTokenAuthenticator implements SenderAuthenticator.ApplicableAuthenticator {

    /** The NetID a roaming hub authenticates as. */
    public static final NetID ROAMING_HUB_NET_ID = NetID.of(0);

    private static final String SCHEME = "bearer ";

    private final TokenVerifier verifier;
    private final Function<VerifiedToken, Optional<PartyID>> identity;

    private BearerTokenAuthenticator(TokenVerifier verifier, Function<VerifiedToken, Optional<PartyID>> identity) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    /**
     * An authenticator with a custom mapping from verified claims to identity.
     *
     * @param verifier checks tokens
     * @param identity the peer's identity from the verified token, or empty to refuse it
     */
    public static BearerTokenAuthenticator of(TokenVerifier verifier, Function<VerifiedToken, Optional<PartyID>> identity) {
        return new BearerTokenAuthenticator(verifier, identity);
    }

    /** An authenticator for a roaming hub: every verified token authenticates as NetID {@code 000000}. */
    public static BearerTokenAuthenticator roamingHub(TokenVerifier verifier) {
        return new BearerTokenAuthenticator(verifier, token -> Optional.of(ROAMING_HUB_NET_ID));
    }

    @Override
    public boolean appliesTo(InboundRequest request) {
        return request.authorization().map(BearerTokenAuthenticator::isBearer).orElse(false);
    }

    @Override
    public Optional<AuthenticatedPeer> authenticate(InboundRequest request, Header header) {
        Optional<String> value = request.authorization().filter(BearerTokenAuthenticator::isBearer);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String token = value.get().substring(SCHEME.length()).trim();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Optional<VerifiedToken> verified;
        try {
            verified = verifier.verify(token);
        } catch (RuntimeException e) {
            return Optional.empty(); // a verifier failure is a refusal; its message may quote the token
        }
        return verified.flatMap(t -> identity.apply(t)
                .map(id -> new AuthenticatedPeer(id, AuthenticatedPeer.Mechanism.BEARER_TOKEN, List.of(t.subject()))));
    }

    private static boolean isBearer(String authorization) {
        return authorization.length() > SCHEME.length()
                && authorization.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME);
    }

    @Override
    public String toString() {
        return "BearerTokenAuthenticator";
    }
}
