package io.lorawanbi.model.object;

import io.lorawanbi.model.AlwaysEmitted;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.WireName;
import io.lorawanbi.model.internal.AesKeyWrap;
import io.lorawanbi.model.validation.ByteLength;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import javax.crypto.SecretKey;

/**
 * A session key as carried between Backend Interfaces parties (TS002 §3.3 "KeyEnvelope").
 *
 * <p>With an empty {@code KEKLabel} the {@code AESKey} is the plain 16-byte key. With a label, it is
 * the key wrapped with the key-encryption key (KEK) both parties know under that label, by AES Key
 * Wrap (RFC 3394, default IV {@code A6A6A6A6A6A6A6A6}): 24 bytes for a 16-byte key.
 * {@link #wrap(String, SecretKey, byte[])} and {@link #unwrap(SecretKey)} do that with the JDK's
 * {@code AESWrap} cipher.
 *
 * <p>Validation accepts an AESKey of 16 to 40 bytes whatever the label, because peers pass wrapped
 * keys through without unwrapping them and one (ChirpStack) labels a plain 16-byte key.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows key bytes, nor does any exception
 * this type throws.
 *
 * @param kekLabel {@code KEKLabel}: the KEK's label, empty for a plain key (never {@code null})
 * @param aesKey {@code AESKey}: the plain or wrapped key (required)
 */
public record KeyEnvelope(
        @WireName("KEKLabel") @AlwaysEmitted @Size(max = 4096) String kekLabel,
        @WireName("AESKey") @NotNull @ByteLength(min = 16, max = 40) HexBytes aesKey) {

    /** Reads a {@code null} label as the empty label. */
    public KeyEnvelope {
        kekLabel = kekLabel == null ? "" : kekLabel;
    }

    /**
     * An envelope holding a plain key (empty KEKLabel).
     *
     * @param key the key bytes, copied
     */
    public static KeyEnvelope plain(byte[] key) {
        return new KeyEnvelope("", HexBytes.of(key));
    }

    /**
     * An envelope holding a key wrapped with a KEK by RFC 3394 AES Key Wrap.
     *
     * @param kekLabel the label under which the receiver knows the KEK, not empty
     * @param kek the key-encryption key (AES, 16, 24 or 32 bytes)
     * @param key the key to wrap: a multiple of 8 bytes, at least 16
     * @throws IllegalArgumentException if the label is empty or the key length is not wrappable
     * @throws KeyWrapException if the KEK is unusable
     */
    public static KeyEnvelope wrap(String kekLabel, SecretKey kek, byte[] key) {
        Objects.requireNonNull(kekLabel, "kekLabel");
        if (kekLabel.isEmpty()) {
            throw new IllegalArgumentException("a wrapped key needs a KEK label; use plain(..) for a plain key");
        }
        return new KeyEnvelope(kekLabel, HexBytes.of(AesKeyWrap.wrap(kek, key)));
    }

    /** Whether the key is wrapped: the KEKLabel is not empty. */
    public boolean isWrapped() {
        return !kekLabel.isEmpty();
    }

    /**
     * The key in plain form: unwrapped with the KEK if the envelope is wrapped, else the plain bytes.
     * The caller owns the returned array and should clear it after use.
     *
     * @param kek the key-encryption key named by {@link #kekLabel()}; ignored for a plain key
     * @return a fresh array holding the key
     * @throws KeyWrapException if the integrity check fails (wrong KEK or corrupted data) or the
     *     wrapped data has an impossible length
     */
    public byte[] unwrap(SecretKey kek) {
        return isWrapped() ? AesKeyWrap.unwrap(kek, aesKey.toByteArray()) : aesKey.toByteArray();
    }

    /**
     * The plain key of an unwrapped envelope.
     *
     * @return a fresh array holding the key
     * @throws IllegalStateException if the envelope is wrapped
     */
    public byte[] plainKey() {
        if (isWrapped()) {
            throw new IllegalStateException("the key is wrapped under KEK label '" + kekLabel + "'; use unwrap(kek)");
        }
        return aesKey.toByteArray();
    }

    /** The label and the key's length; never the key bytes. */
    @Override
    public String toString() {
        int length = aesKey == null ? 0 : aesKey.length();
        return "KeyEnvelope[kekLabel=" + kekLabel + ", aesKey=(" + length + " bytes, hidden)]";
    }
}
