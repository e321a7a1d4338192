package io.lorawanbi.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.AppSKeyAns;
import io.lorawanbi.model.message.HRStartReq;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.message.JoinAns;
import io.lorawanbi.model.message.PRStartReq;
import io.lorawanbi.model.message.ProfileAns;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.model.object.DeviceProfile;
import io.lorawanbi.model.object.GWInfoElement;
import io.lorawanbi.model.object.KeyEnvelope;
import io.lorawanbi.model.object.ULMetaData;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.model.testsupport.Validation;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MemberPathTest {

    private static GWInfoElement withLat(GWInfoElement g, double lat) {
        return new GWInfoElement(g.id(), g.fineRecvTime(), g.rfRegion(), g.rssi(), g.snr(), lat, g.lon(),
                g.ulToken(), g.dlAllowed());
    }

    private static ULMetaData withGwInfo(ULMetaData u, List<GWInfoElement> gwInfo) {
        return new ULMetaData(u.devEui(), u.devAddr(), u.fPort(), u.fCntDown(), u.fCntUp(), u.confirmed(),
                u.dataRate(), u.ulFreq(), u.margin(), u.battery(), u.fnsUlToken(), u.recvTime(), u.rfRegion(),
                u.gwCnt(), gwInfo);
    }

    private static DeviceProfile withPingSlotDr(DeviceProfile d, Integer pingSlotDr) {
        return new DeviceProfile(d.deviceProfileId(), d.supportsClassB(), d.classBTimeout(), d.pingSlotPeriod(),
                pingSlotDr, d.pingSlotFreq(), d.supportsClassC(), d.classCTimeout(), d.macVersion(),
                d.regParamsRevision(), d.supportsJoin(), d.rxDelay1(), d.rxDrOffset1(), d.rxDataRate2(),
                d.rxFreq2(), d.factoryPresetFreqs(), d.maxEirp(), d.maxDutyCycle(), d.rfRegion(),
                d.supports32BitFCnt());
    }

    private static DeviceProfile withFactoryPresetFreqs(DeviceProfile d, List<Double> freqs) {
        return new DeviceProfile(d.deviceProfileId(), d.supportsClassB(), d.classBTimeout(), d.pingSlotPeriod(),
                d.pingSlotDr(), d.pingSlotFreq(), d.supportsClassC(), d.classCTimeout(), d.macVersion(),
                d.regParamsRevision(), d.supportsJoin(), d.rxDelay1(), d.rxDrOffset1(), d.rxDataRate2(),
                d.rxFreq2(), freqs, d.maxEirp(), d.maxDutyCycle(), d.rfRegion(), d.supports32BitFCnt());
    }

    /** A ULMetaData whose first GWInfo element has an impossible latitude. */
    private static ULMetaData ulMetaDataWithBadLatitude() {
        return withGwInfo(Fixtures.ulMetaData(), List.of(withLat(Fixtures.gwInfo(), 91.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_member_of_a_list_element_is_indexed_under_its_parents(ProtocolVersion version) {
        PRStartReq valid = Fixtures.prStartReq(version);
        PRStartReq message = new PRStartReq(valid.header(), valid.phyPayload(), ulMetaDataWithBadLatitude(),
                valid.dedupWindowSize());

        assertThat(Validation.violations(message))
                .containsExactly("ULMetaData.GWInfo[0].Lat: must be less than or equal to 90");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void the_index_is_that_of_the_broken_element(ProtocolVersion version) {
        PRStartReq valid = Fixtures.prStartReq(version);
        ULMetaData ulMetaData = withGwInfo(Fixtures.ulMetaData(),
                List.of(Fixtures.gwInfo(), Fixtures.gwInfo(), withLat(Fixtures.gwInfo(), -90.5)));
        PRStartReq message = new PRStartReq(valid.header(), valid.phyPayload(), ulMetaData, null);

        assertThat(Validation.paths(message)).containsExactly("ULMetaData.GWInfo[2].Lat");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_header_member_sits_at_the_top_level(ProtocolVersion version) {
        HomeNSReq valid = Fixtures.homeNSReq(version);
        HomeNSReq message = new HomeNSReq(valid.header().toBuilder().senderId(null).build(), valid.devEui());

        assertThat(Validation.paths(message)).containsExactly("SenderID");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_class_level_header_violation_sits_at_the_top_level(ProtocolVersion version) {
        HomeNSReq valid = Fixtures.homeNSReq(version);
        HomeNSReq message = new HomeNSReq(valid.header().toBuilder().receiverId(Fixtures.AS_ID).build(),
                valid.devEui());

        assertThat(Validation.paths(message)).containsExactly("ReceiverID");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_member_of_the_result_is_nested_under_result(ProtocolVersion version) {
        AppSKeyAns valid = Fixtures.appSKeyAns(version);
        AppSKeyAns message = new AppSKeyAns(valid.header(), new Result(null, null), valid.devEui(),
                valid.appSKey(), valid.sessionKeyId());

        assertThat(Validation.paths(message)).containsExactly("Result.ResultCode");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_member_of_a_key_envelope_is_nested_under_the_key_name(ProtocolVersion version) {
        JoinAns valid = Fixtures.joinAns(version);
        JoinAns message = new JoinAns(valid.header(), valid.result(), valid.phyPayload(), valid.lifetime(),
                valid.sNwkSIntKey(), valid.fNwkSIntKey(), valid.nwkSEncKey(), KeyEnvelope.plain(new byte[15]),
                valid.appSKey(), valid.sessionKeyId());

        assertThat(Validation.violations(message)).containsExactly("NwkSKey.AESKey: must be 16 to 40 bytes, got 15");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void an_aliased_member_is_named_by_its_canonical_wire_name(ProtocolVersion version) {
        ProfileAns valid = Fixtures.profileAns(version);
        ProfileAns message = new ProfileAns(valid.header(), valid.result(),
                withPingSlotDr(Fixtures.deviceProfile(), 16), valid.deviceProfileTimestamp(),
                valid.roamingActivationType());

        assertThat(Validation.violations(message))
                .containsExactly("DeviceProfile.PingSlotDR: must be less than or equal to 15");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_constrained_list_element_is_indexed_without_a_member_name(ProtocolVersion version) {
        ProfileAns valid = Fixtures.profileAns(version);
        DeviceProfile profile = withFactoryPresetFreqs(Fixtures.deviceProfile(), List.of(868.1, -1.0));
        ProfileAns message = new ProfileAns(valid.header(), valid.result(), profile,
                valid.deviceProfileTimestamp(), valid.roamingActivationType());

        assertThat(Validation.violations(message))
                .containsExactly("DeviceProfile.FactoryPresetFreqs[1]: must be greater than or equal to 0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void paths_under_two_nested_objects_of_one_message_are_all_translated(ProtocolVersion version) {
        HRStartReq valid = Fixtures.hrStartReq(version);
        HRStartReq message = new HRStartReq(valid.header(), valid.macVersion(), valid.phyPayload(),
                valid.devAddr(), withPingSlotDr(Fixtures.deviceProfile(), -1), ulMetaDataWithBadLatitude(),
                valid.dlSettings(), valid.rxDelay(), valid.cfList(), valid.deviceProfileTimestamp());

        assertThat(Validation.paths(message))
                .containsExactly("DeviceProfile.PingSlotDR", "ULMetaData.GWInfo[0].Lat");
    }

    @Test
    void a_nested_object_validated_directly_is_the_root_of_its_paths() {
        ULMetaData ulMetaData = ulMetaDataWithBadLatitude();

        Set<ConstraintViolation<ULMetaData>> violations = Validation.validator().validate(ulMetaData);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getRootBeanClass()).isEqualTo(ULMetaData.class);
            assertThat(MemberPath.of(v)).isEqualTo("GWInfo[0].Lat");
            assertThat(MemberPath.of(ULMetaData.class, v.getPropertyPath())).isEqualTo("GWInfo[0].Lat");
        });
    }

    @Test
    void a_nested_object_validated_directly_names_its_own_members() {
        DeviceProfile profile = withPingSlotDr(Fixtures.deviceProfile(), 16);

        assertThat(Validation.violations(profile)).containsExactly("PingSlotDR: must be less than or equal to 15");
        assertThat(Validation.violations(new Result(null, "x"))).containsExactly("ResultCode: must not be null");
    }
}
