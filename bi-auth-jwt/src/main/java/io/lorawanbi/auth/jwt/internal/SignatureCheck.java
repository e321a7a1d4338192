package io.lorawanbi.auth.jwt.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.lorawanbi.server.AuthenticationRefusedException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks a JWS signature against the issuer's keys, with the algorithm taken from an allow-list of
 * asymmetric algorithms and required to fit the selected key's type (and its {@code alg}, when the
 * JWK names one). HMAC and {@code none} can never be allowed, which closes the algorithm-confusion
 * attack (an HS256 token "signed" with the issuer's public key).
 */
public final class SignatureCheck {

    /** The elliptic-curve algorithms a verifier may allow, each with the curve its key must be on. */
    private static final Map<JWSAlgorithm, Curve> CURVES = Map.of(
            JWSAlgorithm.EdDSA, Curve.Ed25519,
            JWSAlgorithm.Ed25519, Curve.Ed25519,
            JWSAlgorithm.ES256, Curve.P_256,
            JWSAlgorithm.ES384, Curve.P_384,
            JWSAlgorithm.ES512, Curve.P_521);

    /** The RSA algorithms a verifier may allow (PKCS #1 v1.5 and PSS). */
    private static final Set<JWSAlgorithm> RSA = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512);

    private SignatureCheck() {}

    /**
     * Parses an algorithm name for an allow-list.
     *
     * @throws IllegalArgumentException for {@code none}, an HMAC algorithm or any name that is not a
     *     supported asymmetric JWS algorithm
     */
    public static JWSAlgorithm allowable(String name) {
        JWSAlgorithm alg = JWSAlgorithm.parse(name);
        if (!RSA.contains(alg) && !CURVES.containsKey(alg)) {
            throw new IllegalArgumentException("not an allowed signature algorithm: " + name
                    + " (allowed: EdDSA, Ed25519, ES256, ES384, ES512, RS256, RS384, RS512, PS256, PS384, PS512)");
        }
        return alg;
    }

    /**
     * Verifies the token's signature.
     *
     * @throws AuthenticationRefusedException naming the cause
     */
    public static void verify(SignedJWT jwt, Set<JWSAlgorithm> allowed, KeySource keys) {
        JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
        if (!allowed.contains(alg)) {
            throw new AuthenticationRefusedException(Reasons.ALGORITHM_NOT_ALLOWED + nameIfStandard(alg));
        }
        String kid = jwt.getHeader().getKeyID();
        if (kid == null || kid.isEmpty()) {
            throw new AuthenticationRefusedException(Reasons.NO_KEY_ID);
        }
        List<JWK> candidates = keys.keys(kid);
        boolean fitted = false;
        for (JWK jwk : candidates) {
            JWSVerifier verifier = verifierFor(jwk, alg);
            if (verifier == null) {
                continue;
            }
            fitted = true;
            try {
                if (jwt.verify(verifier)) {
                    return;
                }
            } catch (JOSEException | IllegalStateException e) {
                // an unusable key or signature encoding: a bad signature for this key
            }
        }
        throw new AuthenticationRefusedException(fitted ? Reasons.BAD_SIGNATURE : Reasons.KEY_ALGORITHM_MISMATCH);
    }

    private static @Nullable JWSVerifier verifierFor(JWK jwk, JWSAlgorithm alg) {
        if (jwk.getAlgorithm() != null && !jwk.getAlgorithm().getName().equals(alg.getName())) {
            return null;
        }
        try {
            if (RSA.contains(alg)) {
                return jwk instanceof RSAKey rsa ? new RSASSAVerifier(rsa) : null;
            }
            Curve curve = CURVES.get(alg);
            if (jwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(curve) && curve.equals(okp.getCurve())) {
                return new JdkEd25519Verifier(okp);
            }
            if (jwk instanceof ECKey ec && curve != null && curve.equals(ec.getCurve())) {
                return new ECDSAVerifier(ec);
            }
        } catch (JOSEException e) {
            return null;
        }
        return null;
    }

    /** The algorithm's name after ": " when it is a registered JWS name, else nothing (never echo free text). */
    private static String nameIfStandard(@Nullable JWSAlgorithm alg) {
        if (alg == null) {
            return "";
        }
        for (JWSAlgorithm known : List.of(JWSAlgorithm.HS256, JWSAlgorithm.HS384, JWSAlgorithm.HS512,
                JWSAlgorithm.ES256K, JWSAlgorithm.Ed448)) {
            if (known.equals(alg)) {
                return ": " + known.getName();
            }
        }
        return RSA.contains(alg) || CURVES.containsKey(alg) ? ": " + alg.getName() : "";
    }
}
