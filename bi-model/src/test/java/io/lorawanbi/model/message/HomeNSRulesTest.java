package io.lorawanbi.model.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.model.testsupport.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HomeNSRulesTest {

    private static HomeNSAns answer(ProtocolVersion version, Result result) {
        return HomeNSAns.failure(Fixtures.homeNSAns(version).header(), result);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_request_without_dev_eui_names_it(ProtocolVersion version) {
        HomeNSReq message = new HomeNSReq(Fixtures.homeNSReq(version).header(), null);

        assertThat(Validation.violations(message)).containsExactly("DevEUI: must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_success_answer_without_h_net_id_names_it(ProtocolVersion version) {
        HomeNSAns message = new HomeNSAns(Fixtures.homeNSAns(version).header(), Result.success(), null, null);

        assertThat(Validation.violations(message))
                .containsExactly("HNetID: is required when the ResultCode is Success");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void an_unknown_dev_eui_failure_without_h_net_id_is_valid(ProtocolVersion version) {
        HomeNSAns message = answer(version, Result.of(ResultCode.UnknownDevEUI));

        assertThat(message.hNetId()).isNull();
        assertThat(Validation.violations(message)).isEmpty();
    }

    @Test
    void h_nsid_is_rejected_in_1_0() {
        HomeNSAns message = HomeNSAns.success(Fixtures.homeNSAns(ProtocolVersion.V1_0).header(), Fixtures.NET_ID,
                Fixtures.NSID);

        assertThat(Validation.violations(message)).containsExactly("HNSID: is a 1.1 member, not allowed in 1.0");
    }

    @Test
    void h_nsid_is_accepted_in_1_1() {
        HomeNSAns message = Fixtures.homeNSAns(ProtocolVersion.V1_1);

        assertThat(message.hNsId()).isEqualTo(Fixtures.HOME_NSID);
        assertThat(Validation.violations(message)).isEmpty();
    }

    @Test
    void a_1_1_answer_with_h_nsid_is_rejected_under_1_0_rules() {
        HomeNSAns valid = Fixtures.homeNSAns(ProtocolVersion.V1_1);
        HomeNSAns message = new HomeNSAns(valid.header().toBuilder().receiverNsid(null).build(), valid.result(),
                valid.hNetId(), valid.hNsId());

        assertThat(Validation.violations(message, ProtocolVersion.V1_0))
                .containsExactly("HNSID: is a 1.1 member, not allowed in 1.0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void an_unknown_result_code_in_a_failure_answer_is_valid(ProtocolVersion version) {
        ResultCode unknown = ResultCode.of("SomethingNew");
        HomeNSAns message = answer(version, Result.of(unknown, "a code from a later version"));

        assertThat(unknown.isKnown()).isFalse();
        assertThat(message.isSuccess()).isFalse();
        assertThat(Validation.violations(message)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_result_without_code_names_the_nested_member_and_skips_the_success_rule(ProtocolVersion version) {
        HomeNSAns message = answer(version, new Result(null, null));

        assertThat(Validation.violations(message)).containsExactly("Result.ResultCode: must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void an_answer_from_a_network_server_is_rejected(ProtocolVersion version) {
        HomeNSAns valid = Fixtures.homeNSAns(version);
        HomeNSAns message = new HomeNSAns(valid.header().toBuilder().senderId(Fixtures.OTHER_NET_ID).build(),
                valid.result(), valid.hNetId(), valid.hNsId());

        assertThat(Validation.violations(message))
                .containsExactly("SenderID: must be a JoinEUI (8 bytes of hex) when MessageType is HomeNSAns");
    }
}
