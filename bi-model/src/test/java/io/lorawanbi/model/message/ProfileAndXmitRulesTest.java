package io.lorawanbi.model.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.model.testsupport.Validation;
import io.lorawanbi.model.testsupport.VersionsSource;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProfileAndXmitRulesTest {

    private static final String VERSIONS = "io.lorawanbi.model.testsupport.VersionsSource#versions";
    private static final String ONE_PAYLOAD = "exactly one of PHYPayload, FRMPayload must be present";
    private static final String ONE_META_DATA = "exactly one of ULMetaData, DLMetaData must be present";
    private static final HexBytes FRM_PAYLOAD = HexBytes.parse("0A0B0C");

    static Stream<Arguments> profileAnsSuccessMembers() {
        return VersionsSource.versions().flatMap(v -> Stream.of("DeviceProfile", "DeviceProfileTimestamp",
                "RoamingActivationType").map(member -> Arguments.of(v, member)));
    }

    // ProfileReq, ProfileAns

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void profile_req_without_dev_eui_names_dev_eui(ProtocolVersion v) {
        ProfileReq m = Fixtures.profileReq(v);

        assertThat(Validation.violations(new ProfileReq(m.header(), null))).containsExactly("DevEUI: must not be null");
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("profileAnsSuccessMembers")
    void profile_ans_success_without_a_conditional_member_names_it(ProtocolVersion v, String member) {
        ProfileAns m = Fixtures.profileAns(v);
        ProfileAns broken = new ProfileAns(m.header(), m.result(),
                member.equals("DeviceProfile") ? null : m.deviceProfile(),
                member.equals("DeviceProfileTimestamp") ? null : m.deviceProfileTimestamp(),
                member.equals("RoamingActivationType") ? null : m.roamingActivationType());

        assertThat(Validation.violations(broken))
                .containsExactly(member + ": is required when the ResultCode is Success");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void profile_ans_failure_without_the_success_members_is_valid(ProtocolVersion v) {
        ProfileAns failure = new ProfileAns(Fixtures.header(MessageType.ProfileAns, v),
                Result.of(ResultCode.UnknownDevEUI), null, null, null);

        assertThat(Validation.violations(failure)).isEmpty();
    }

    // XmitDataReq

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void xmit_data_req_with_both_phy_payload_and_frm_payload_names_both(ProtocolVersion v) {
        XmitDataReq m = Fixtures.xmitDataReq(v);
        XmitDataReq broken = new XmitDataReq(m.header(), m.phyPayload(), FRM_PAYLOAD, null, m.dlMetaData());

        assertThat(Validation.violations(broken))
                .containsExactly("FRMPayload: " + ONE_PAYLOAD, "PHYPayload: " + ONE_PAYLOAD);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void xmit_data_req_with_neither_payload_names_phy_payload(ProtocolVersion v) {
        XmitDataReq m = Fixtures.xmitDataReq(v);
        XmitDataReq broken = new XmitDataReq(m.header(), null, null, null, m.dlMetaData());

        assertThat(Validation.violations(broken)).containsExactly("PHYPayload: " + ONE_PAYLOAD);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void xmit_data_req_with_frm_payload_alone_is_valid(ProtocolVersion v) {
        XmitDataReq m = Fixtures.xmitDataReq(v);

        assertThat(Validation.violations(new XmitDataReq(m.header(), null, FRM_PAYLOAD, null, m.dlMetaData())))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void xmit_data_req_counts_an_empty_phy_payload_beside_frm_payload_as_absent(ProtocolVersion v) {
        XmitDataReq m = Fixtures.xmitDataReq(v);
        XmitDataReq req = new XmitDataReq(m.header(), HexBytes.empty(), FRM_PAYLOAD, null, m.dlMetaData());

        assertThat(Validation.violations(req)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void xmit_data_req_with_both_ul_and_dl_meta_data_names_both(ProtocolVersion v) {
        XmitDataReq m = Fixtures.xmitDataReq(v);
        XmitDataReq broken = new XmitDataReq(m.header(), m.phyPayload(), null, Fixtures.ulMetaData(),
                m.dlMetaData());

        assertThat(Validation.violations(broken))
                .containsExactly("DLMetaData: " + ONE_META_DATA, "ULMetaData: " + ONE_META_DATA);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void xmit_data_req_with_neither_meta_data_names_ul_meta_data(ProtocolVersion v) {
        XmitDataReq m = Fixtures.xmitDataReq(v);
        XmitDataReq broken = new XmitDataReq(m.header(), m.phyPayload(), null, null, null);

        assertThat(Validation.violations(broken)).containsExactly("ULMetaData: " + ONE_META_DATA);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void xmit_data_req_uplink_with_ul_meta_data_is_valid(ProtocolVersion v) {
        XmitDataReq m = Fixtures.xmitDataReq(v);
        XmitDataReq uplink = new XmitDataReq(m.header(), m.phyPayload(), null, Fixtures.ulMetaData(), null);

        assertThat(Validation.violations(uplink)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void xmit_data_req_breaking_both_rules_reports_each_rule(ProtocolVersion v) {
        XmitDataReq m = Fixtures.xmitDataReq(v);
        XmitDataReq broken = new XmitDataReq(m.header(), null, null, null, null);

        assertThat(Validation.violations(broken))
                .containsExactly("PHYPayload: " + ONE_PAYLOAD, "ULMetaData: " + ONE_META_DATA);
    }

    // XmitDataAns

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void xmit_data_ans_rejects_a_negative_dl_freq1(ProtocolVersion v) {
        XmitDataAns m = Fixtures.xmitDataAns(v);

        assertThat(Validation.violations(new XmitDataAns(m.header(), m.result(), -868.1, null)))
                .containsExactly("DLFreq1: must be greater than or equal to 0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void xmit_data_ans_rejects_a_negative_dl_freq2(ProtocolVersion v) {
        XmitDataAns m = Fixtures.xmitDataAns(v);

        assertThat(Validation.violations(new XmitDataAns(m.header(), m.result(), null, -869.525)))
                .containsExactly("DLFreq2: must be greater than or equal to 0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void xmit_data_ans_without_either_frequency_is_valid(ProtocolVersion v) {
        XmitDataAns m = Fixtures.xmitDataAns(v);

        assertThat(Validation.violations(new XmitDataAns(m.header(), m.result(), null, null))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void xmit_data_ans_without_result_names_result(ProtocolVersion v) {
        XmitDataAns m = Fixtures.xmitDataAns(v);

        assertThat(Validation.violations(new XmitDataAns(m.header(), null, m.dlFreq1(), m.dlFreq2())))
                .containsExactly("Result: must not be null");
    }
}
