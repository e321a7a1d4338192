package io.lorawanbi.auth.jwt.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Set;

/**
 * Verifies EdDSA (Ed25519, RFC 8037) signatures with the JDK's own Ed25519 implementation (Java 15+).
 * Nimbus's {@code Ed25519Verifier} needs Google Tink at run time; the JDK makes that dependency
 * unnecessary.
 */
public final class JdkEd25519Verifier implements JWSVerifier {

    /** The DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410), before the 32 key bytes. */
    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private final PublicKey key;
    private final JCAContext jcaContext = new JCAContext();

    /**
     * A verifier for the public part of an Ed25519 OKP key.
     *
     * @throws JOSEException if the key is not an Ed25519 public key of 32 bytes
     */
    public JdkEd25519Verifier(OctetKeyPair jwk) throws JOSEException {
        if (!Curve.Ed25519.equals(jwk.getCurve())) {
            throw new JOSEException("not an Ed25519 key");
        }
        byte[] x = jwk.getDecodedX();
        if (x.length != 32) {
            throw new JOSEException("Ed25519 public key must have 32 bytes");
        }
        byte[] der = new byte[SPKI_PREFIX.length + x.length];
        System.arraycopy(SPKI_PREFIX, 0, der, 0, SPKI_PREFIX.length);
        System.arraycopy(x, 0, der, SPKI_PREFIX.length, x.length);
        try {
            this.key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new JOSEException("unusable Ed25519 public key", e);
        }
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);
    }

    @Override
    public JCAContext getJCAContext() {
        return jcaContext;
    }

    @Override
    public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) throws JOSEException {
        if (!supportedJWSAlgorithms().contains(header.getAlgorithm())) {
            throw new JOSEException("unsupported algorithm");
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(signingInput);
            return verifier.verify(signature.decode());
        } catch (SignatureException e) {
            return false; // a signature of the wrong length or form
        } catch (GeneralSecurityException e) {
            throw new JOSEException("Ed25519 verification unavailable", e);
        }
    }
}
