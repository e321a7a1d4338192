package io.lorawanbi.server;

import java.util.Objects;

/**
 * Thrown by an {@link SenderAuthenticator} (or a {@link io.lorawanbi.server.auth.TokenVerifier} behind a
 * {@link io.lorawanbi.server.auth.BearerTokenAuthenticator}) to refuse a credential with a reason.
 * {@link BiServer} answers {@code UnknownSender} as for any refusal, and puts the reason in the
 * answer's {@code Description}, after {@code "sender not authenticated as <SenderID>: "}.
 *
 * <p>The reason is sent to the caller: it names the cause ({@code "token expired"},
 * {@code "wrong audience"}) and must never quote the credential, a key or any other secret. The
 * exception carries no stack trace, so refusing is cheap.
 */
public final class AuthenticationRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A refusal.
     *
     * @param reason a short cause for the caller, without any secret
     */
    public AuthenticationRefusedException(String reason) {
        super(Objects.requireNonNull(reason, "reason"), null, false, false);
    }

    /** The cause for the caller, as given. */
    public String reason() {
        return getMessage();
    }
}
