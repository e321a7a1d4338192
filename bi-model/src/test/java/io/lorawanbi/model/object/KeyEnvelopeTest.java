package io.lorawanbi.model.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.testsupport.Fixtures;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeyEnvelopeTest {

    private static final String KEK_A = "08070605040302010807060504030201";
    private static final String KEY_A = "01020304050607080102030405060708";
    private static final String WRAPPED_A = "E3D5A47BA25CBE6E5DA820846E0CB6A82B750C59D848EC7A";
    private static final String KEK_B = "000102030405060708090A0B0C0D0E0F";
    private static final String KEY_B = "00112233445566778899AABBCCDDEEFF";
    private static final String WRAPPED_B = "1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5";

    static Stream<Arguments> vectors() {
        return Stream.of(Arguments.of(KEK_A, KEY_A, WRAPPED_A), Arguments.of(KEK_B, KEY_B, WRAPPED_B));
    }

    private static SecretKey kek(String hex) {
        return new SecretKeySpec(bytes(hex), "AES");
    }

    private static byte[] bytes(String hex) {
        return HexBytes.parse(hex).toByteArray();
    }

    @ParameterizedTest(name = "KEK {0}")
    @MethodSource("vectors")
    void wrap_matches_the_rfc_3394_vectors(String kek, String key, String wrapped) {
        KeyEnvelope envelope = KeyEnvelope.wrap("kek-1", kek(kek), bytes(key));
        assertThat(envelope.aesKey()).isEqualTo(HexBytes.parse(wrapped));
        assertThat(envelope.aesKey().length()).isEqualTo(24);
        assertThat(envelope.kekLabel()).isEqualTo("kek-1");
        assertThat(envelope.isWrapped()).isTrue();
    }

    @ParameterizedTest(name = "KEK {0}")
    @MethodSource("vectors")
    void unwrap_recovers_the_rfc_3394_keys(String kek, String key, String wrapped) {
        KeyEnvelope envelope = new KeyEnvelope("kek-1", HexBytes.parse(wrapped));
        assertThat(envelope.unwrap(kek(kek))).containsExactly(bytes(key));
    }

    @Test
    void a_kek_of_another_algorithm_name_is_used_as_aes() {
        KeyEnvelope envelope = KeyEnvelope.wrap("kek-1", new SecretKeySpec(bytes(KEK_B), "RAW"), bytes(KEY_B));
        assertThat(envelope.aesKey()).isEqualTo(HexBytes.parse(WRAPPED_B));
        assertThat(envelope.unwrap(new SecretKeySpec(bytes(KEK_B), "RAW"))).containsExactly(bytes(KEY_B));
    }

    @Test
    void wrap_then_unwrap_gives_the_key_back() {
        SecretKey kek = kek("00112233445566778899AABBCCDDEEFF0011223344556677");
        byte[] key = bytes("F0E1D2C3B4A5968778695A4B3C2D1E0F0F1E2D3C4B5A6978");
        KeyEnvelope envelope = KeyEnvelope.wrap("label", kek, key);
        assertThat(envelope.aesKey().length()).isEqualTo(key.length + 8);
        assertThat(envelope.unwrap(kek)).containsExactly(key);
    }

    @Test
    void unwrap_with_the_wrong_kek_fails_without_showing_keys() {
        KeyEnvelope envelope = new KeyEnvelope("kek-1", HexBytes.parse(WRAPPED_A));
        assertThatThrownBy(() -> envelope.unwrap(kek(KEK_B)))
                .isInstanceOf(KeyWrapException.class)
                .satisfies(e -> assertNoKeyMaterial(e, KEY_A, KEK_A, KEK_B, WRAPPED_A));
    }

    @Test
    void unwrap_of_corrupted_data_fails_without_showing_keys() {
        byte[] corrupted = bytes(WRAPPED_A);
        corrupted[10] ^= 0x01;
        KeyEnvelope envelope = new KeyEnvelope("kek-1", HexBytes.of(corrupted));
        assertThatThrownBy(() -> envelope.unwrap(kek(KEK_A)))
                .isInstanceOf(KeyWrapException.class)
                .satisfies(e -> assertNoKeyMaterial(e, KEY_A, KEK_A, HexBytes.of(corrupted).toHex()));
    }

    @Test
    void unwrap_of_an_impossible_length_fails() {
        KeyEnvelope envelope = new KeyEnvelope("kek-1", HexBytes.parse(KEY_A));
        assertThatThrownBy(() -> envelope.unwrap(kek(KEK_A)))
                .isInstanceOf(KeyWrapException.class)
                .satisfies(e -> assertNoKeyMaterial(e, KEY_A, KEK_A));
    }

    @Test
    void wrap_with_an_unusable_kek_fails_without_showing_keys() {
        String badKek = "0102030405060708090A";
        assertThatThrownBy(() -> KeyEnvelope.wrap("kek-1", kek(badKek), bytes(KEY_A)))
                .isInstanceOf(KeyWrapException.class)
                .satisfies(e -> assertNoKeyMaterial(e, KEY_A, badKek));
    }

    @Test
    void wrap_rejects_a_key_that_is_not_wrappable() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KeyEnvelope.wrap("kek-1", kek(KEK_A), bytes("0102030405060708")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KeyEnvelope.wrap("kek-1", kek(KEK_A), bytes(KEY_A + "01")));
    }

    @Test
    void wrap_rejects_an_empty_label() {
        assertThatIllegalArgumentException().isThrownBy(() -> KeyEnvelope.wrap("", kek(KEK_A), bytes(KEY_A)));
        assertThatThrownBy(() -> KeyEnvelope.wrap(null, kek(KEK_A), bytes(KEY_A)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void plain_envelope_has_an_empty_label_and_gives_the_key() {
        byte[] key = bytes(KEY_A);
        KeyEnvelope envelope = KeyEnvelope.plain(key);
        key[0] = 0x7F;
        assertThat(envelope.kekLabel()).isEmpty();
        assertThat(envelope.isWrapped()).isFalse();
        assertThat(envelope.plainKey()).containsExactly(bytes(KEY_A));
        assertThat(envelope.unwrap(kek(KEK_A))).containsExactly(bytes(KEY_A));
        assertThat(envelope.aesKey()).isEqualTo(HexBytes.parse(KEY_A));
    }

    @Test
    void plain_key_returns_a_fresh_array() {
        KeyEnvelope envelope = KeyEnvelope.plain(bytes(KEY_A));
        envelope.plainKey()[0] = 0x7F;
        assertThat(envelope.plainKey()).containsExactly(bytes(KEY_A));
    }

    @Test
    void plain_key_of_a_wrapped_envelope_is_refused() {
        KeyEnvelope envelope = KeyEnvelope.wrap("kek-1", kek(KEK_A), bytes(KEY_A));
        assertThatThrownBy(envelope::plainKey).isInstanceOf(IllegalStateException.class)
                .satisfies(e -> assertNoKeyMaterial(e, KEY_A, KEK_A, WRAPPED_A));
    }

    @Test
    void null_label_reads_as_empty() {
        KeyEnvelope envelope = new KeyEnvelope(null, HexBytes.parse(KEY_A));
        assertThat(envelope.kekLabel()).isEmpty();
        assertThat(envelope.isWrapped()).isFalse();
        assertThat(envelope).isEqualTo(KeyEnvelope.plain(bytes(KEY_A)));
    }

    @Test
    void to_string_of_a_plain_envelope_hides_the_key() {
        KeyEnvelope envelope = KeyEnvelope.plain(bytes(KEY_A));
        assertThat(envelope.toString()).doesNotContainIgnoringCase(KEY_A).contains("16 bytes");
    }

    @Test
    void to_string_of_a_wrapped_envelope_hides_the_key() {
        KeyEnvelope envelope = KeyEnvelope.wrap("kek-1", kek(KEK_A), bytes(KEY_A));
        assertThat(envelope.toString()).doesNotContainIgnoringCase(KEY_A).doesNotContainIgnoringCase(WRAPPED_A)
                .doesNotContainIgnoringCase(KEK_A).contains("kek-1").contains("24 bytes");
    }

    @Test
    void to_string_hides_a_key_given_in_lowercase() {
        KeyEnvelope envelope = new KeyEnvelope("", HexBytes.parse(KEY_B.toLowerCase()));
        assertThat(envelope.toString()).doesNotContainIgnoringCase(KEY_B);
    }

    @ParameterizedTest
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void messages_holding_keys_hide_them_in_to_string(ProtocolVersion version) {
        for (HexBytes key : List.of(Fixtures.KEY, Fixtures.APP_S_KEY)) {
            assertThat(Fixtures.joinAns(version).toString()).doesNotContainIgnoringCase(key.toHex());
        }
        for (HexBytes key : List.of(Fixtures.S_NWK_S_INT_KEY, Fixtures.F_NWK_S_INT_KEY, Fixtures.NWK_S_ENC_KEY)) {
            assertThat(Fixtures.rejoinAns(version).toString()).doesNotContainIgnoringCase(key.toHex());
        }
    }

    @ParameterizedTest
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void no_fixture_message_shows_key_bytes_in_to_string(ProtocolVersion version) {
        for (BiMessage message : Fixtures.all(version)) {
            assertThat(message.toString()).as(message.messageType().name()).doesNotContainIgnoringCase(KEY_A);
        }
    }

    private static void assertNoKeyMaterial(Throwable thrown, String... secretsHex) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            String text = String.valueOf(t);
            for (String secret : secretsHex) {
                assertThat(text).doesNotContainIgnoringCase(secret);
            }
        }
    }
}
