package io.lorawanbi.server.auth;

import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.server.AuthenticatedPeer;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.InboundRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Authenticates a sender by a fixed secret in its {@code Authorization} header, for peers that use
 * one: a Helium route's fixed {@code Authorization} value, a static bearer token per network (as
 * brocaar's simple Join Server issues), or Packet Broker's {@code custom_auth} and {@code basic_auth}
 * target options. Each secret maps to one SenderID.
 *
 * <p>Every configured secret is compared, in constant time, with the whole header value (or, for
 * {@link Builder#bearer}, with the token after a case-insensitive {@code Bearer} scheme), so neither
 * the time taken nor the order of configuration tells which secret came close. Only SHA-256 digests
 * of the secrets are kept. No secret reaches a log line, an exception message or {@link #toString()}.
 *
 * <p>It {@linkplain #appliesTo applies} when the request has an Authorization header. Immutable and
 * thread-safe.
 */
public final class StaticCredentialAuthenticator implements SenderAuthenticator.ApplicableAuthenticator {

    private static final String BEARER = "bearer ";

    private record Entry(byte[] digest, boolean bearer, PartyID id) {}

    private final List<Entry> entries;

    private StaticCredentialAuthenticator(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** A builder with no credential. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean appliesTo(InboundRequest request) {
        return request.authorization().isPresent();
    }

    @Override
    public Optional<AuthenticatedPeer> authenticate(InboundRequest request, Header header) {
        Optional<String> authorization = request.authorization();
        if (authorization.isEmpty()) {
            return Optional.empty();
        }
        String value = authorization.get();
        byte[] whole = sha256(value);
        String token = isBearer(value) ? value.substring(BEARER.length()).strip() : null;
        byte[] bearer = token == null ? null : sha256(token);
        PartyID match = null;
        for (Entry e : entries) { // no early exit: every entry costs the same
            byte[] presented = e.bearer() && bearer != null ? bearer : whole;
            boolean equal = MessageDigest.isEqual(e.digest(), presented) & (bearer != null || !e.bearer());
            if (equal && match == null) {
                match = e.id();
            }
        }
        return match == null ? Optional.empty()
                : Optional.of(new AuthenticatedPeer(match, AuthenticatedPeer.Mechanism.OTHER, List.of()));
    }

    private static boolean isBearer(String value) {
        return value.length() > BEARER.length() && value.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER);
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    /** The number of credentials; never a secret. */
    @Override
    public String toString() {
        return "StaticCredentialAuthenticator[" + entries.size() + " credentials]";
    }

    /** Builds a {@link StaticCredentialAuthenticator}. Not thread-safe. */
    public static final class Builder {
        private final List<Entry> entries = new ArrayList<>();

        private Builder() {}

        /**
         * A request whose {@code Authorization} header equals this value exactly (scheme included, for
         * example {@code Basic dXNlcjpwYXNz} or a Helium route's value) authenticates as this ID.
         *
         * @throws IllegalArgumentException for a blank value or one already configured (the message
         *     names the ID, never the value)
         */
        public Builder authorization(String value, PartyID id) {
            return add(Objects.requireNonNull(value, "value"), false, id);
        }

        /**
         * A request with {@code Authorization: Bearer <token>} (scheme in any case) authenticates as
         * this ID.
         *
         * @throws IllegalArgumentException for a blank token or one already configured
         */
        public Builder bearer(String token, PartyID id) {
            return add(Objects.requireNonNull(token, "token").strip(), true, id);
        }

        private Builder add(String secret, boolean bearer, PartyID id) {
            Objects.requireNonNull(id, "id");
            if (secret.isBlank()) {
                throw new IllegalArgumentException("the credential for " + id + " is blank");
            }
            byte[] digest = sha256(secret);
            for (Entry e : entries) {
                if (e.bearer() == bearer && MessageDigest.isEqual(e.digest(), digest)) {
                    throw new IllegalArgumentException("the credential for " + id + " is already configured for " + e.id());
                }
            }
            entries.add(new Entry(digest, bearer, id));
            return this;
        }

        /** The authenticator. */
        public StaticCredentialAuthenticator build() {
            return new StaticCredentialAuthenticator(entries);
        }
    }
}
