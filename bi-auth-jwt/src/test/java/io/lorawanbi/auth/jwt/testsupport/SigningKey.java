package io.lorawanbi.auth.jwt.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;

/** A test issuer's signing key: the public JWK it publishes and the signer for its tokens. */
public record SigningKey(JWK publicJwk, JWSSigner signer, JWSAlgorithm algorithm) {

    /** An Ed25519 key (EdDSA), generated with the JDK. */
    public static SigningKey ed25519(String kid) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] spki = pair.getPublic().getEncoded(); // 12-byte prefix, then the 32 key bytes
            byte[] x = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
            OctetKeyPair jwk = new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(x))
                    .keyID(kid).keyUse(KeyUse.SIGNATURE).build();
            return new SigningKey(jwk, new JdkEd25519Signer(pair.getPrivate()), JWSAlgorithm.EdDSA);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A P-256 key (ES256), generated with Nimbus. */
    public static SigningKey es256(String kid) {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
            return new SigningKey(key.toPublicJWK(), new ECDSASigner(key), JWSAlgorithm.ES256);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 2048-bit RSA key (RS256), generated with Nimbus. */
    public static SigningKey rs256(String kid) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
            return new SigningKey(key.toPublicJWK(), new RSASSASigner(key), JWSAlgorithm.RS256);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key ID. */
    public String kid() {
        return publicJwk.getKeyID();
    }

    /** A compact JWS of these claims, with this key's algorithm and key ID. */
    public String sign(JWTClaimsSet claims) {
        return sign(claims, algorithm, kid());
    }

    /** A compact JWS with another algorithm name or key ID in the header (for mismatch tests). */
    public String sign(JWTClaimsSet claims, JWSAlgorithm alg, String kid) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(kid).type(JOSEObjectType.JWT).build(), claims);
            if (alg.equals(algorithm) || signer.supportedJWSAlgorithms().contains(alg)) {
                jwt.sign(signer);
                return jwt.serialize();
            }
            // the header names an algorithm the key cannot produce: sign with the key's own algorithm
            // and splice the foreign header in, as a forger would
            SignedJWT real = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(kid).build(), claims);
            real.sign(signer);
            String[] parts = real.serialize().split("\\.");
            return jwt.getHeader().toBase64URL() + "." + parts[1] + "." + parts[2];
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
