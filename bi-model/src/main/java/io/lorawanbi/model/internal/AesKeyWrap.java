package io.lorawanbi.model.internal;

import io.lorawanbi.model.object.KeyWrapException;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 3394 AES Key Wrap with the default IV, through the JDK's {@code AESWrap} cipher.
 *
 * <p>Exceptions never carry key bytes: JCE failures are replaced by a {@link KeyWrapException} whose
 * message names the fault and whose cause is dropped, since provider messages are not under our
 * control. Stateless and thread-safe (a cipher is created per call).
 */
public final class AesKeyWrap {

    private static final String ALGORITHM = "AESWrap";

    private AesKeyWrap() {}

    /**
     * Wraps a key.
     *
     * @param kek the key-encryption key
     * @param key the key to wrap: a multiple of 8 bytes, at least 16
     * @return the wrapped key, 8 bytes longer than the key
     */
    public static byte[] wrap(SecretKey kek, byte[] key) {
        Objects.requireNonNull(kek, "kek");
        Objects.requireNonNull(key, "key");
        if (key.length < 16 || key.length % 8 != 0) {
            throw new IllegalArgumentException("a key to wrap must be a multiple of 8 bytes, at least 16; got " + key.length);
        }
        SecretKeySpec plain = new SecretKeySpec(key, "AES");
        try {
            Cipher cipher = Cipher.getInstance(ALGORITHM);
            cipher.init(Cipher.WRAP_MODE, asAes(kek));
            return cipher.wrap(plain);
        } catch (InvalidKeyException e) {
            throw new KeyWrapException("the KEK is not a usable AES key");
        } catch (GeneralSecurityException e) {
            throw new KeyWrapException("AES key wrap failed: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Unwraps a key.
     *
     * @param kek the key-encryption key
     * @param wrapped the wrapped key: a multiple of 8 bytes, at least 24
     * @return the key, 8 bytes shorter than the wrapped data
     */
    public static byte[] unwrap(SecretKey kek, byte[] wrapped) {
        Objects.requireNonNull(kek, "kek");
        Objects.requireNonNull(wrapped, "wrapped");
        if (wrapped.length < 24 || wrapped.length % 8 != 0) {
            throw new KeyWrapException("wrapped key must be a multiple of 8 bytes, at least 24; got " + wrapped.length);
        }
        try {
            Cipher cipher = Cipher.getInstance(ALGORITHM);
            cipher.init(Cipher.UNWRAP_MODE, asAes(kek));
            Key key = cipher.unwrap(wrapped, "AES", Cipher.SECRET_KEY);
            return key.getEncoded();
        } catch (InvalidKeyException e) {
            // Both an unusable KEK and a failed integrity check surface here.
            throw new KeyWrapException("AES key unwrap failed: wrong KEK or corrupted wrapped key");
        } catch (GeneralSecurityException e) {
            throw new KeyWrapException("AES key unwrap failed: " + e.getClass().getSimpleName());
        }
    }

    private static SecretKey asAes(SecretKey kek) {
        if ("AES".equalsIgnoreCase(kek.getAlgorithm())) {
            return kek;
        }
        byte[] raw = kek.getEncoded();
        if (raw == null) {
            return kek; // a key that does not export its bytes (an HSM key): let its provider decide
        }
        try {
            return new SecretKeySpec(raw, "AES");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }
}
