package io.lorawanbi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResultCodeTest {

    private static final ProtocolVersion V1_0 = ProtocolVersion.V1_0;
    private static final ProtocolVersion V1_1 = ProtocolVersion.V1_1;

    /** Each canonical code, its name, and whether it exists in 1.0 and in 1.1. */
    static Stream<Arguments> catalogue() {
        return Stream.of(
                Arguments.of(ResultCode.Success, "Success", true, true),
                Arguments.of(ResultCode.NoAction, "NoAction", false, true),
                Arguments.of(ResultCode.MICFailed, "MICFailed", true, true),
                Arguments.of(ResultCode.FrameReplayed, "FrameReplayed", false, true),
                Arguments.of(ResultCode.JoinReqFailed, "JoinReqFailed", true, true),
                Arguments.of(ResultCode.NoRoamingAgreement, "NoRoamingAgreement", true, true),
                Arguments.of(ResultCode.DevRoamingDisallowed, "DevRoamingDisallowed", true, true),
                Arguments.of(ResultCode.RoamingActDisallowed, "RoamingActDisallowed", true, true),
                Arguments.of(ResultCode.ActivationDisallowed, "ActivationDisallowed", true, true),
                Arguments.of(ResultCode.UnknownDevEUI, "UnknownDevEUI", true, true),
                Arguments.of(ResultCode.UnknownDevAddr, "UnknownDevAddr", true, true),
                Arguments.of(ResultCode.UnknownSender, "UnknownSender", true, true),
                Arguments.of(ResultCode.UnkownReceiver, "UnkownReceiver", true, true),
                Arguments.of(ResultCode.Deferred, "Deferred", true, true),
                Arguments.of(ResultCode.XmitFailed, "XmitFailed", true, true),
                Arguments.of(ResultCode.InvalidFPort, "InvalidFPort", true, true),
                Arguments.of(ResultCode.InvalidProtocolVersion, "InvalidProtocolVersion", true, true),
                Arguments.of(ResultCode.StaleDeviceProfile, "StaleDeviceProfile", true, true),
                Arguments.of(ResultCode.MalformedRequest, "MalformedRequest", true, true),
                Arguments.of(ResultCode.MalformedMessage, "MalformedMessage", true, true),
                Arguments.of(ResultCode.FrameSizeError, "FrameSizeError", true, true),
                Arguments.of(ResultCode.Other, "Other", true, true));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("catalogue")
    void each_constant_has_its_specification_name_and_reads_back(ResultCode code, String name) {
        assertThat(code.name()).isEqualTo(name);
        assertThat(code).hasToString(name);
        assertThat(code.isKnown()).isTrue();
        assertThat(ResultCode.of(name)).isSameAs(code);
    }

    @ParameterizedTest(name = "{1}: 1.0 {2}, 1.1 {3}")
    @MethodSource("catalogue")
    void each_constant_exists_in_its_versions_only(ResultCode code, String name, boolean in1_0, boolean in1_1) {
        assertThat(code.existsIn(V1_0)).isEqualTo(in1_0);
        assertThat(code.existsIn(V1_1)).isEqualTo(in1_1);
        assertThat(code.existsIn(ProtocolVersion.of("1.2"))).isFalse();
    }

    @Test
    void known_codes_lists_each_canonical_code_once_in_catalogue_order() {
        assertThat(ResultCode.knownCodes())
                .containsExactlyElementsOf(catalogue().map(a -> (ResultCode) a.get()[0]).toList())
                .doesNotHaveDuplicates();
        assertThat(ResultCode.knownCodes()).extracting(ResultCode::name).doesNotContain("UnknownReceiver",
                "RoamingActDisallowedA");
    }

    @Test
    void every_public_constant_is_a_known_code() throws IllegalAccessException {
        Set<ResultCode> constants = new LinkedHashSet<>();
        for (Field f : ResultCode.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == ResultCode.class) {
                constants.add((ResultCode) f.get(null));
            }
        }
        assertThat(constants).containsExactlyInAnyOrderElementsOf(ResultCode.knownCodes());
    }

    @Test
    void correct_spelling_of_unknown_receiver_reads_as_the_specification_code() {
        assertThat(ResultCode.of("UnknownReceiver")).isSameAs(ResultCode.UnkownReceiver)
                .isEqualTo(ResultCode.UnknownReceiver);
        assertThat(ResultCode.UnknownReceiver).isSameAs(ResultCode.UnkownReceiver);
        assertThat(ResultCode.of("UnknownReceiver").name()).isEqualTo("UnkownReceiver");
    }

    @Test
    void brocaar_spelling_of_roaming_act_disallowed_reads_as_the_specification_code() {
        assertThat(ResultCode.of("RoamingActDisallowedA")).isSameAs(ResultCode.RoamingActDisallowed);
        assertThat(ResultCode.of("RoamingActDisallowedA").name()).isEqualTo("RoamingActDisallowed");
    }

    @ParameterizedTest
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void unkown_receiver_is_emitted_with_the_specification_spelling(ProtocolVersion version) {
        assertThat(ResultCode.UnkownReceiver.wireName(version)).isEqualTo("UnkownReceiver");
        assertThat(ResultCode.of("UnknownReceiver").wireName(version)).isEqualTo("UnkownReceiver");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NoSuchCode", "success", "SUCCESS", "Success ", "", "MalformedRequests"})
    void unknown_text_is_an_unknown_code_that_keeps_it(String text) {
        ResultCode code = ResultCode.of(text);
        assertThat(code.isKnown()).isFalse();
        assertThat(code.name()).isEqualTo(text);
        assertThat(code).hasToString(text);
        assertThat(code.wireName(V1_0)).isEqualTo(text);
        assertThat(code.wireName(V1_1)).isEqualTo(text);
        assertThat(code.existsIn(V1_0)).isFalse();
        assertThat(code.existsIn(V1_1)).isFalse();
        assertThat(code.isSuccess()).isFalse();
        assertThat(code.isMalformed()).isFalse();
        assertThat(ResultCode.knownCodes()).doesNotContain(code);
    }

    @Test
    void unknown_codes_with_the_same_text_are_equal() {
        assertThat(ResultCode.of("Vendor42")).isEqualTo(ResultCode.of("Vendor42"))
                .hasSameHashCodeAs(ResultCode.of("Vendor42")).isNotEqualTo(ResultCode.of("Vendor43"));
    }

    @Test
    void malformed_code_of_each_version() {
        assertThat(ResultCode.malformed(V1_0)).isSameAs(ResultCode.MalformedRequest);
        assertThat(ResultCode.malformed(V1_1)).isSameAs(ResultCode.MalformedMessage);
        assertThat(ResultCode.malformed(ProtocolVersion.of("1.2"))).isSameAs(ResultCode.MalformedMessage);
    }

    @Test
    void malformed_codes_take_the_name_of_the_version() {
        assertThat(ResultCode.MalformedMessage.wireName(V1_0)).isEqualTo("MalformedRequest");
        assertThat(ResultCode.MalformedRequest.wireName(V1_0)).isEqualTo("MalformedRequest");
        assertThat(ResultCode.MalformedRequest.wireName(V1_1)).isEqualTo("MalformedMessage");
        assertThat(ResultCode.MalformedMessage.wireName(V1_1)).isEqualTo("MalformedMessage");
    }

    @Test
    void both_malformed_codes_are_malformed_and_distinct() {
        assertThat(ResultCode.MalformedRequest.isMalformed()).isTrue();
        assertThat(ResultCode.MalformedMessage.isMalformed()).isTrue();
        assertThat(ResultCode.MalformedRequest).isNotEqualTo(ResultCode.MalformedMessage);
        assertThat(ResultCode.Other.isMalformed()).isFalse();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("catalogue")
    void other_codes_keep_their_name_in_both_versions(ResultCode code, String name) {
        if (!code.isMalformed()) {
            assertThat(code.wireName(V1_0)).isEqualTo(name);
            assertThat(code.wireName(V1_1)).isEqualTo(name);
        }
    }

    @Test
    void only_success_is_success() {
        assertThat(ResultCode.Success.isSuccess()).isTrue();
        assertThat(ResultCode.of("Success").isSuccess()).isTrue();
        assertThat(ResultCode.knownCodes()).filteredOn(ResultCode::isSuccess).containsExactly(ResultCode.Success);
    }
}
