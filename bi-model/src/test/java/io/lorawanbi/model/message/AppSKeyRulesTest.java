package io.lorawanbi.model.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.object.KeyEnvelope;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.model.testsupport.Validation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AppSKeyRulesTest {

    private static final String ON_SUCCESS = "is required when the ResultCode is Success";

    // ---- AppSKeyReq ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_request_without_dev_eui_names_it(ProtocolVersion version) {
        AppSKeyReq valid = Fixtures.appSKeyReq(version);
        AppSKeyReq message = new AppSKeyReq(valid.header(), null, valid.sessionKeyId());

        assertThat(Validation.violations(message)).containsExactly("DevEUI: must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_request_without_session_key_id_names_it(ProtocolVersion version) {
        AppSKeyReq valid = Fixtures.appSKeyReq(version);
        AppSKeyReq message = new AppSKeyReq(valid.header(), valid.devEui(), null);

        assertThat(Validation.violations(message)).containsExactly("SessionKeyID: must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_request_with_an_empty_session_key_id_is_rejected(ProtocolVersion version) {
        AppSKeyReq valid = Fixtures.appSKeyReq(version);
        AppSKeyReq message = new AppSKeyReq(valid.header(), valid.devEui(), HexBytes.empty());

        assertThat(Validation.violations(message)).containsExactly("SessionKeyID: must be at least 1 byte, got 0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_request_with_a_one_byte_session_key_id_is_valid(ProtocolVersion version) {
        AppSKeyReq valid = Fixtures.appSKeyReq(version);
        AppSKeyReq message = new AppSKeyReq(valid.header(), valid.devEui(), HexBytes.parse("07"));

        assertThat(Validation.violations(message)).isEmpty();
    }

    // ---- AppSKeyAns ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_success_answer_without_dev_eui_is_accepted_as_the_things_stack_accepts_it(ProtocolVersion version) {
        AppSKeyAns valid = Fixtures.appSKeyAns(version);
        AppSKeyAns message = new AppSKeyAns(valid.header(), valid.result(), null, valid.appSKey(),
                valid.sessionKeyId());

        assertThat(Validation.violations(message)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_success_answer_without_app_s_key_names_it(ProtocolVersion version) {
        AppSKeyAns valid = Fixtures.appSKeyAns(version);
        AppSKeyAns message = new AppSKeyAns(valid.header(), valid.result(), valid.devEui(), null,
                valid.sessionKeyId());

        assertThat(Validation.violations(message)).containsExactly("AppSKey: " + ON_SUCCESS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_success_answer_without_session_key_id_names_it(ProtocolVersion version) {
        AppSKeyAns valid = Fixtures.appSKeyAns(version);
        AppSKeyAns message = new AppSKeyAns(valid.header(), valid.result(), valid.devEui(), valid.appSKey(), null);

        assertThat(Validation.violations(message)).containsExactly("SessionKeyID: " + ON_SUCCESS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_success_answer_with_an_empty_session_key_id_counts_it_as_missing(ProtocolVersion version) {
        AppSKeyAns valid = Fixtures.appSKeyAns(version);
        AppSKeyAns message = new AppSKeyAns(valid.header(), valid.result(), valid.devEui(), valid.appSKey(),
                HexBytes.empty());

        assertThat(Validation.violations(message)).containsExactly("SessionKeyID: " + ON_SUCCESS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_success_answer_with_only_a_result_names_every_missing_member(ProtocolVersion version) {
        AppSKeyAns message = new AppSKeyAns(Fixtures.appSKeyAns(version).header(), Result.success(), null, null,
                null);

        assertThat(Validation.violations(message))
                .containsExactly("AppSKey: " + ON_SUCCESS, "SessionKeyID: " + ON_SUCCESS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_failure_answer_with_header_and_result_only_is_valid(ProtocolVersion version) {
        AppSKeyAns message = new AppSKeyAns(Fixtures.appSKeyAns(version).header(),
                Result.of(ResultCode.UnknownDevEUI, "no such device"), null, null, null);

        assertThat(Validation.violations(message)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void an_answer_without_result_names_only_result(ProtocolVersion version) {
        AppSKeyAns message = new AppSKeyAns(Fixtures.appSKeyAns(version).header(), null, null, null, null);

        assertThat(Validation.violations(message)).containsExactly("Result: must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void an_invalid_app_s_key_envelope_names_the_nested_member(ProtocolVersion version) {
        AppSKeyAns valid = Fixtures.appSKeyAns(version);
        AppSKeyAns message = new AppSKeyAns(valid.header(), valid.result(), valid.devEui(),
                KeyEnvelope.plain(new byte[41]), valid.sessionKeyId());

        assertThat(Validation.violations(message)).containsExactly("AppSKey.AESKey: must be 16 to 40 bytes, got 41");
    }
}
