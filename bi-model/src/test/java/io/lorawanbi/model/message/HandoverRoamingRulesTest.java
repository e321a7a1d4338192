package io.lorawanbi.model.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.object.KeyEnvelope;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.model.testsupport.Validation;
import io.lorawanbi.model.testsupport.VersionsSource;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HandoverRoamingRulesTest {

    private static final String VERSIONS = "io.lorawanbi.model.testsupport.VersionsSource#versions";
    private static final String NO_KEYS = "NwkSKey: a Success answer carries NwkSKey (LoRaWAN 1.0.x) "
            + "or FNwkSIntKey, SNwkSIntKey and NwkSEncKey (LoRaWAN 1.1)";

    static Stream<Arguments> hrStartReqRequiredMembers() {
        return VersionsSource.versions().flatMap(v -> Stream.of("MACVersion", "PHYPayload", "DevAddr",
                "DeviceProfile", "ULMetaData", "DLSettings", "RxDelay", "DeviceProfileTimestamp")
                .map(member -> Arguments.of(v, member)));
    }

    static Stream<Arguments> hrStartAnsSuccessMembers() {
        return VersionsSource.versions().flatMap(v -> Stream.of("PHYPayload", "Lifetime", "ServiceProfile",
                "DLMetaData").map(member -> Arguments.of(v, member)));
    }

    // HRStartReq

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("hrStartReqRequiredMembers")
    void hr_start_req_without_a_required_member_names_it(ProtocolVersion v, String member) {
        HRStartReq broken = without(Fixtures.hrStartReq(v), member);

        assertThat(Validation.violations(broken)).containsExactly(member + ": must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void hr_start_req_with_an_empty_phy_payload_names_phy_payload(ProtocolVersion v) {
        HRStartReq m = Fixtures.hrStartReq(v);
        HRStartReq broken = new HRStartReq(m.header(), m.macVersion(), HexBytes.empty(), m.devAddr(),
                m.deviceProfile(), m.ulMetaData(), m.dlSettings(), m.rxDelay(), m.cfList(),
                m.deviceProfileTimestamp());

        assertThat(Validation.violations(broken)).containsExactly("PHYPayload: must be at least 1 byte, got 0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void hr_start_req_rejects_a_cf_list_that_is_not_16_bytes(ProtocolVersion v) {
        assertThat(Validation.violations(withCfList(Fixtures.hrStartReq(v), HexBytes.of(new byte[15]))))
                .containsExactly("CFList: must be 16 bytes, got 15");
        assertThat(Validation.violations(withCfList(Fixtures.hrStartReq(v), HexBytes.of(new byte[17]))))
                .containsExactly("CFList: must be 16 bytes, got 17");
        assertThat(Validation.violations(withCfList(Fixtures.hrStartReq(v), HexBytes.of(new byte[16])))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void hr_start_req_rejects_rx_delay_above_15(ProtocolVersion v) {
        HRStartReq m = Fixtures.hrStartReq(v);
        HRStartReq broken = new HRStartReq(m.header(), m.macVersion(), m.phyPayload(), m.devAddr(),
                m.deviceProfile(), m.ulMetaData(), m.dlSettings(), 16, m.cfList(), m.deviceProfileTimestamp());

        assertThat(Validation.violations(broken)).containsExactly("RxDelay: must be less than or equal to 15");
    }

    // HRStartAns

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("hrStartAnsSuccessMembers")
    void hr_start_ans_success_without_a_conditional_member_names_it(ProtocolVersion v, String member) {
        HRStartAns broken = without(Fixtures.hrStartAns(v), member);

        assertThat(Validation.violations(broken))
                .containsExactly(member + ": is required when the ResultCode is Success");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void hr_start_ans_success_counts_an_empty_phy_payload_as_missing(ProtocolVersion v) {
        HRStartAns m = Fixtures.hrStartAns(v);
        HRStartAns broken = new HRStartAns(m.header(), m.result(), HexBytes.empty(), m.lifetime(), m.sNwkSIntKey(),
                m.fNwkSIntKey(), m.nwkSEncKey(), m.nwkSKey(), m.deviceProfile(), m.serviceProfile(), m.dlMetaData(),
                m.deviceProfileTimestamp());

        assertThat(Validation.violations(broken))
                .containsExactly("PHYPayload: is required when the ResultCode is Success");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void hr_start_ans_success_without_session_keys_names_nwk_s_key(ProtocolVersion v) {
        assertThat(Validation.violations(withKeys(Fixtures.hrStartAns(v), null, null, null, null)))
                .containsExactly(NO_KEYS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void hr_start_ans_success_with_the_three_lorawan_1_1_keys_is_valid(ProtocolVersion v) {
        KeyEnvelope k = Fixtures.key();

        assertThat(Validation.violations(withKeys(Fixtures.hrStartAns(v), k, k, k, null))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void hr_start_ans_success_with_a_partial_lorawan_1_1_key_set_names_each_missing_key(ProtocolVersion v) {
        HRStartAns broken = withKeys(Fixtures.hrStartAns(v), null, Fixtures.key(), null, null);

        assertThat(Validation.violations(broken)).containsExactly(
                "NwkSEncKey: is required with the other LoRaWAN 1.1 session keys",
                "SNwkSIntKey: is required with the other LoRaWAN 1.1 session keys");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void hr_start_ans_stale_device_profile_failure_with_profile_and_timestamp_is_valid(ProtocolVersion v) {
        HRStartAns failure = new HRStartAns(Fixtures.header(MessageType.HRStartAns, v),
                Result.of(ResultCode.StaleDeviceProfile), null, null, null, null, null, null,
                Fixtures.deviceProfile(), null, null, Fixtures.TIME);

        assertThat(Validation.violations(failure)).isEmpty();
    }

    // HRStopReq, HRStopAns

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void hr_stop_req_without_dev_eui_names_dev_eui(ProtocolVersion v) {
        HRStopReq m = Fixtures.hrStopReq(v);

        assertThat(Validation.violations(new HRStopReq(m.header(), null))).containsExactly("DevEUI: must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void hr_stop_ans_without_result_names_result(ProtocolVersion v) {
        HRStopAns m = Fixtures.hrStopAns(v);

        assertThat(Validation.violations(new HRStopAns(m.header(), null))).containsExactly("Result: must not be null");
    }

    private static HRStartReq without(HRStartReq m, String member) {
        return new HRStartReq(m.header(),
                member.equals("MACVersion") ? null : m.macVersion(),
                member.equals("PHYPayload") ? null : m.phyPayload(),
                member.equals("DevAddr") ? null : m.devAddr(),
                member.equals("DeviceProfile") ? null : m.deviceProfile(),
                member.equals("ULMetaData") ? null : m.ulMetaData(),
                member.equals("DLSettings") ? null : m.dlSettings(),
                member.equals("RxDelay") ? null : m.rxDelay(),
                m.cfList(),
                member.equals("DeviceProfileTimestamp") ? null : m.deviceProfileTimestamp());
    }

    private static HRStartReq withCfList(HRStartReq m, HexBytes cfList) {
        return new HRStartReq(m.header(), m.macVersion(), m.phyPayload(), m.devAddr(), m.deviceProfile(),
                m.ulMetaData(), m.dlSettings(), m.rxDelay(), cfList, m.deviceProfileTimestamp());
    }

    private static HRStartAns without(HRStartAns m, String member) {
        return new HRStartAns(m.header(), m.result(),
                member.equals("PHYPayload") ? null : m.phyPayload(),
                member.equals("Lifetime") ? null : m.lifetime(),
                m.sNwkSIntKey(), m.fNwkSIntKey(), m.nwkSEncKey(), m.nwkSKey(), m.deviceProfile(),
                member.equals("ServiceProfile") ? null : m.serviceProfile(),
                member.equals("DLMetaData") ? null : m.dlMetaData(),
                m.deviceProfileTimestamp());
    }

    private static HRStartAns withKeys(HRStartAns m, KeyEnvelope sNwkSIntKey, KeyEnvelope fNwkSIntKey,
            KeyEnvelope nwkSEncKey, KeyEnvelope nwkSKey) {
        return new HRStartAns(m.header(), m.result(), m.phyPayload(), m.lifetime(), sNwkSIntKey, fNwkSIntKey,
                nwkSEncKey, nwkSKey, m.deviceProfile(), m.serviceProfile(), m.dlMetaData(),
                m.deviceProfileTimestamp());
    }
}
