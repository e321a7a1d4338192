package io.lorawanbi.model.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.object.DLMetaData;
import io.lorawanbi.model.object.ServiceProfile;
import io.lorawanbi.model.object.ULMetaData;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.model.testsupport.Validation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PassiveRoamingRulesTest {

    private static final String VERSIONS = "io.lorawanbi.model.testsupport.VersionsSource#versions";
    private static final long UINT32_MAX = 4294967295L;

    // PRStartReq

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void pr_start_req_without_phy_payload_names_phy_payload(ProtocolVersion v) {
        PRStartReq m = Fixtures.prStartReq(v);
        PRStartReq broken = new PRStartReq(m.header(), null, m.ulMetaData(), m.dedupWindowSize());

        assertThat(Validation.violations(broken)).containsExactly("PHYPayload: must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void pr_start_req_with_an_empty_phy_payload_names_phy_payload(ProtocolVersion v) {
        PRStartReq m = Fixtures.prStartReq(v);
        PRStartReq broken = new PRStartReq(m.header(), HexBytes.empty(), m.ulMetaData(), m.dedupWindowSize());

        assertThat(Validation.violations(broken)).containsExactly("PHYPayload: must be at least 1 byte, got 0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void pr_start_req_without_ul_meta_data_names_ul_meta_data(ProtocolVersion v) {
        PRStartReq m = Fixtures.prStartReq(v);
        PRStartReq broken = new PRStartReq(m.header(), m.phyPayload(), null, m.dedupWindowSize());

        assertThat(Validation.violations(broken)).containsExactly("ULMetaData: must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void pr_start_req_whose_ul_meta_data_lacks_recv_time_names_the_nested_member(ProtocolVersion v) {
        PRStartReq m = Fixtures.prStartReq(v);
        ULMetaData ul = m.ulMetaData();
        ULMetaData noRecvTime = new ULMetaData(ul.devEui(), ul.devAddr(), ul.fPort(), ul.fCntDown(), ul.fCntUp(),
                ul.confirmed(), ul.dataRate(), ul.ulFreq(), ul.margin(), ul.battery(), ul.fnsUlToken(), null,
                ul.rfRegion(), ul.gwCnt(), ul.gwInfo());
        PRStartReq broken = new PRStartReq(m.header(), m.phyPayload(), noRecvTime, m.dedupWindowSize());

        assertThat(Validation.violations(broken)).containsExactly("ULMetaData.RecvTime: must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void pr_start_req_accepts_a_dedup_window_size_in_either_version(ProtocolVersion v) {
        PRStartReq m = Fixtures.prStartReq(v);

        assertThat(Validation.violations(new PRStartReq(m.header(), m.phyPayload(), m.ulMetaData(), 200L))).isEmpty();
        assertThat(Validation.violations(new PRStartReq(m.header(), m.phyPayload(), m.ulMetaData(), 0L))).isEmpty();
        assertThat(Validation.violations(new PRStartReq(m.header(), m.phyPayload(), m.ulMetaData(), UINT32_MAX)))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void pr_start_req_rejects_a_negative_dedup_window_size(ProtocolVersion v) {
        PRStartReq m = Fixtures.prStartReq(v);
        PRStartReq broken = new PRStartReq(m.header(), m.phyPayload(), m.ulMetaData(), -1L);

        assertThat(Validation.violations(broken))
                .containsExactly("DedupWindowSize: must be greater than or equal to 0");
    }

    // PRStartAns

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void pr_start_ans_failure_with_result_only_is_valid(ProtocolVersion v) {
        PRStartAns failure = new PRStartAns(Fixtures.header(MessageType.PRStartAns, v),
                Result.of(ResultCode.UnknownDevEUI, "no such device"), null, null, null, null, null, null, null,
                null, null);

        assertThat(Validation.violations(failure)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void pr_start_ans_rejects_f_cnt_up_outside_uint32(ProtocolVersion v) {
        assertThat(Validation.violations(prStartAnsWithCounters(v, 0L, -1L)))
                .containsExactly("FCntUp: must be greater than or equal to 0");
        assertThat(Validation.violations(prStartAnsWithCounters(v, 0L, UINT32_MAX + 1)))
                .containsExactly("FCntUp: must be less than or equal to 4294967295");
        assertThat(Validation.violations(prStartAnsWithCounters(v, 0L, UINT32_MAX))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void pr_start_ans_rejects_lifetime_outside_uint32(ProtocolVersion v) {
        assertThat(Validation.violations(prStartAnsWithCounters(v, -1L, 0L)))
                .containsExactly("Lifetime: must be greater than or equal to 0");
        assertThat(Validation.violations(prStartAnsWithCounters(v, UINT32_MAX + 1, 0L)))
                .containsExactly("Lifetime: must be less than or equal to 4294967295");
        assertThat(Validation.violations(prStartAnsWithCounters(v, UINT32_MAX, 0L))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void pr_start_ans_with_dl_meta_data_lacking_both_frequencies_names_dl_freq1(ProtocolVersion v) {
        PRStartAns m = Fixtures.prStartAns(v);
        DLMetaData dl = m.dlMetaData();
        DLMetaData noFrequency = new DLMetaData(dl.devEui(), dl.fPort(), dl.fCntDown(), dl.confirmed(), null, null,
                dl.rxDelay1(), dl.classMode(), dl.dataRate1(), dl.dataRate2(), dl.fnsUlToken(), dl.gwInfo(),
                dl.hiPriorityFlag());
        PRStartAns broken = new PRStartAns(m.header(), m.result(), m.phyPayload(), m.devEui(), m.lifetime(),
                m.fNwkSIntKey(), m.nwkSKey(), m.fCntUp(), m.serviceProfile(), noFrequency, m.devAddr());

        assertThat(Validation.violations(broken))
                .containsExactly("DLMetaData.DLFreq1: at least one of DLFreq1, DLFreq2 must be present");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void pr_start_ans_with_a_broken_service_profile_member_names_its_path(ProtocolVersion v) {
        PRStartAns m = Fixtures.prStartAns(v);
        ServiceProfile sp = m.serviceProfile();
        ServiceProfile badPer = new ServiceProfile(sp.serviceProfileId(), sp.ulRate(), sp.ulBucketSize(),
                sp.ulRatePolicy(), sp.dlRate(), sp.dlBucketSize(), sp.dlRatePolicy(), sp.addGwMetadata(),
                sp.devStatusReqFreq(), sp.reportDevStatusBattery(), sp.reportDevStatusMargin(), sp.drMin(),
                sp.drMax(), sp.channelMask(), sp.prAllowed(), sp.hrAllowed(), sp.raAllowed(), sp.nwkGeoLoc(), 1.5,
                sp.minGwDiversity());
        PRStartAns broken = new PRStartAns(m.header(), m.result(), m.phyPayload(), m.devEui(), m.lifetime(),
                m.fNwkSIntKey(), m.nwkSKey(), m.fCntUp(), badPer, m.dlMetaData(), m.devAddr());

        assertThat(Validation.violations(broken))
                .containsExactly("ServiceProfile.TargetPER: must be less than or equal to 1");
    }

    // PRStopReq, PRStopAns

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void pr_stop_req_without_dev_eui_names_dev_eui(ProtocolVersion v) {
        PRStopReq m = Fixtures.prStopReq(v);

        assertThat(Validation.violations(new PRStopReq(m.header(), null, m.lifetime())))
                .containsExactly("DevEUI: must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void pr_stop_req_lifetime_is_optional(ProtocolVersion v) {
        PRStopReq m = Fixtures.prStopReq(v);

        assertThat(Validation.violations(new PRStopReq(m.header(), m.devEui(), null))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void pr_stop_req_rejects_a_negative_lifetime(ProtocolVersion v) {
        PRStopReq m = Fixtures.prStopReq(v);

        assertThat(Validation.violations(new PRStopReq(m.header(), m.devEui(), -1L)))
                .containsExactly("Lifetime: must be greater than or equal to 0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void pr_stop_ans_without_result_names_result(ProtocolVersion v) {
        PRStopAns m = Fixtures.prStopAns(v);

        assertThat(Validation.violations(new PRStopAns(m.header(), null))).containsExactly("Result: must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void pr_stop_ans_without_result_code_names_the_nested_member(ProtocolVersion v) {
        PRStopAns m = Fixtures.prStopAns(v);

        assertThat(Validation.violations(new PRStopAns(m.header(), new Result(null, "no code"))))
                .containsExactly("Result.ResultCode: must not be null");
    }

    private static PRStartAns prStartAnsWithCounters(ProtocolVersion v, Long lifetime, Long fCntUp) {
        PRStartAns m = Fixtures.prStartAns(v);
        return new PRStartAns(m.header(), m.result(), m.phyPayload(), m.devEui(), lifetime, m.fNwkSIntKey(),
                m.nwkSKey(), fCntUp, m.serviceProfile(), m.dlMetaData(), m.devAddr());
    }
}
