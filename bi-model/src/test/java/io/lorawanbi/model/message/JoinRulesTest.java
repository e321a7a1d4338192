package io.lorawanbi.model.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.object.KeyEnvelope;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.model.testsupport.Validation;
import java.lang.reflect.RecordComponent;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules of JoinReq, RejoinReq, JoinAns and RejoinAns, which share their members pairwise. */
class JoinRulesTest {

    private static final String NO_NETWORK_KEY = "a Success answer carries NwkSKey (LoRaWAN 1.0.x) "
            + "or FNwkSIntKey, SNwkSIntKey and NwkSEncKey (LoRaWAN 1.1)";
    private static final String PARTIAL_1_1_KEYS = "is required with the other LoRaWAN 1.1 session keys";

    /** The record rebuilt by its canonical constructor with the named component replaced. */
    @SuppressWarnings("unchecked")
    private static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                found |= components[i].getName().equals(component);
                args[i] = components[i].getName().equals(component) ? value
                        : components[i].getAccessor().invoke(record);
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + component);
            }
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <R extends Record> R withoutNetworkKeys(R answer) {
        return with(with(with(with(answer, "nwkSKey", null), "fNwkSIntKey", null), "sNwkSIntKey", null),
                "nwkSEncKey", null);
    }

    private static Stream<ProtocolVersion> versions() {
        return Stream.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1);
    }

    static Stream<Arguments> requests() {
        return versions().flatMap(v -> Stream.of(
                Arguments.of(MessageType.JoinReq, v, Fixtures.joinReq(v)),
                Arguments.of(MessageType.RejoinReq, v, Fixtures.rejoinReq(v))));
    }

    static Stream<Arguments> answers() {
        return versions().flatMap(v -> Stream.of(
                Arguments.of(MessageType.JoinAns, v, Fixtures.joinAns(v)),
                Arguments.of(MessageType.RejoinAns, v, Fixtures.rejoinAns(v))));
    }

    static Stream<Arguments> requiredRequestMembers() {
        String[][] members = {{"macVersion", "MACVersion"}, {"phyPayload", "PHYPayload"}, {"devEui", "DevEUI"},
                {"devAddr", "DevAddr"}, {"dlSettings", "DLSettings"}, {"rxDelay", "RxDelay"}};
        return requests().flatMap(r -> Stream.of(members)
                .map(m -> Arguments.of(r.get()[0], r.get()[1], m[1], with((Record) r.get()[2], m[0], null))));
    }

    // ---- JoinReq and RejoinReq ----

    @ParameterizedTest(name = "{0} in {1} without {2}")
    @MethodSource("requiredRequestMembers")
    void a_request_without_a_required_member_names_that_member(
            MessageType type, ProtocolVersion version, String member, BiMessage message) {
        assertThat(Validation.violations(message)).containsExactly(member + ": must not be null");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("requests")
    void an_empty_phy_payload_is_rejected(MessageType type, ProtocolVersion version, Record request) {
        BiMessage message = (BiMessage) with(request, "phyPayload", HexBytes.empty());

        assertThat(Validation.violations(message)).containsExactly("PHYPayload: must be at least 1 byte, got 0");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("requests")
    void an_rx_delay_above_15_is_rejected(MessageType type, ProtocolVersion version, Record request) {
        BiMessage message = (BiMessage) with(request, "rxDelay", 16);

        assertThat(Validation.violations(message)).containsExactly("RxDelay: must be less than or equal to 15");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("requests")
    void a_negative_rx_delay_is_rejected(MessageType type, ProtocolVersion version, Record request) {
        BiMessage message = (BiMessage) with(request, "rxDelay", -1);

        assertThat(Validation.violations(message)).containsExactly("RxDelay: must be greater than or equal to 0");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("requests")
    void the_rx_delay_bounds_are_accepted(MessageType type, ProtocolVersion version, Record request) {
        assertThat(Validation.violations((BiMessage) with(request, "rxDelay", 0))).isEmpty();
        assertThat(Validation.violations((BiMessage) with(request, "rxDelay", 15))).isEmpty();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("requests")
    void a_cf_list_of_other_than_16_bytes_is_rejected(MessageType type, ProtocolVersion version, Record request) {
        BiMessage short15 = (BiMessage) with(request, "cfList", HexBytes.of(new byte[15]));
        BiMessage long17 = (BiMessage) with(request, "cfList", HexBytes.of(new byte[17]));

        assertThat(Validation.violations(short15)).containsExactly("CFList: must be 16 bytes, got 15");
        assertThat(Validation.violations(long17)).containsExactly("CFList: must be 16 bytes, got 17");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("requests")
    void a_cf_list_of_16_bytes_or_none_is_accepted(MessageType type, ProtocolVersion version, Record request) {
        assertThat(Validation.violations((BiMessage) with(request, "cfList", HexBytes.of(new byte[16])))).isEmpty();
        assertThat(Validation.violations((BiMessage) with(request, "cfList", null))).isEmpty();
    }

    // ---- JoinAns and RejoinAns ----

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("answers")
    void a_success_answer_without_phy_payload_names_it(MessageType type, ProtocolVersion version, Record answer) {
        BiMessage missing = (BiMessage) with(answer, "phyPayload", null);
        BiMessage empty = (BiMessage) with(answer, "phyPayload", HexBytes.empty());

        assertThat(Validation.violations(missing))
                .containsExactly("PHYPayload: is required when the ResultCode is Success");
        assertThat(Validation.violations(empty))
                .containsExactly("PHYPayload: is required when the ResultCode is Success");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("answers")
    void a_success_answer_without_any_network_key_names_nwk_s_key(
            MessageType type, ProtocolVersion version, Record answer) {
        BiMessage message = (BiMessage) withoutNetworkKeys(answer);

        assertThat(Validation.violations(message)).containsExactly("NwkSKey: " + NO_NETWORK_KEY);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("answers")
    void a_partial_1_1_key_set_names_each_missing_key(MessageType type, ProtocolVersion version, Record answer) {
        BiMessage message = (BiMessage) with(withoutNetworkKeys(answer), "fNwkSIntKey", Fixtures.key());

        assertThat(Validation.violations(message))
                .containsExactly("NwkSEncKey: " + PARTIAL_1_1_KEYS, "SNwkSIntKey: " + PARTIAL_1_1_KEYS);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("answers")
    void the_full_1_1_key_set_without_nwk_s_key_is_valid(MessageType type, ProtocolVersion version, Record answer) {
        Record keys11 = with(with(with(withoutNetworkKeys(answer),
                "fNwkSIntKey", Fixtures.key()), "sNwkSIntKey", Fixtures.key()), "nwkSEncKey", Fixtures.key());

        assertThat(Validation.violations((BiMessage) keys11)).isEmpty();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("answers")
    void nwk_s_key_alone_is_valid(MessageType type, ProtocolVersion version, Record answer) {
        BiMessage message = (BiMessage) with(withoutNetworkKeys(answer), "nwkSKey", Fixtures.key());

        assertThat(Validation.violations(message)).isEmpty();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("answers")
    void a_failure_answer_without_payload_or_keys_is_valid(MessageType type, ProtocolVersion version, Record answer) {
        Record failure = with(with(with(withoutNetworkKeys(answer), "appSKey", null), "phyPayload", null),
                "result", Result.of(ResultCode.MICFailed, "MIC mismatch"));

        assertThat(Validation.violations((BiMessage) failure)).isEmpty();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("answers")
    void an_answer_without_result_names_only_result(MessageType type, ProtocolVersion version, Record answer) {
        BiMessage message = (BiMessage) with(answer, "result", null);

        assertThat(Validation.violations(message)).containsExactly("Result: must not be null");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("answers")
    void a_result_without_result_code_names_the_nested_member(
            MessageType type, ProtocolVersion version, Record answer) {
        BiMessage message = (BiMessage) with(answer, "result", new Result(null, "no code"));

        assertThat(Validation.violations(message)).containsExactly("Result.ResultCode: must not be null");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("answers")
    void a_15_byte_key_names_the_envelope_member(MessageType type, ProtocolVersion version, Record answer) {
        KeyEnvelope short15 = KeyEnvelope.plain(new byte[15]);
        BiMessage message = (BiMessage) with(answer, "nwkSKey", short15);

        assertThat(Validation.violations(message)).containsExactly("NwkSKey.AESKey: must be 16 to 40 bytes, got 15");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("answers")
    void an_envelope_without_key_names_the_envelope_member(MessageType type, ProtocolVersion version, Record answer) {
        BiMessage message = (BiMessage) with(answer, "appSKey", new KeyEnvelope("kek-1", null));

        assertThat(Validation.violations(message)).containsExactly("AppSKey.AESKey: must not be null");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("answers")
    void a_negative_lifetime_is_rejected(MessageType type, ProtocolVersion version, Record answer) {
        BiMessage message = (BiMessage) with(answer, "lifetime", -1L);

        assertThat(Validation.violations(message)).containsExactly("Lifetime: must be greater than or equal to 0");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("answers")
    void the_lifetime_bounds_are_accepted(MessageType type, ProtocolVersion version, Record answer) {
        assertThat(Validation.violations((BiMessage) with(answer, "lifetime", 0L))).isEmpty();
        assertThat(Validation.violations((BiMessage) with(answer, "lifetime", 4294967295L))).isEmpty();
        assertThat(Validation.violations((BiMessage) with(answer, "lifetime", 4294967296L)))
                .containsExactly("Lifetime: must be less than or equal to 4294967295");
    }
}
