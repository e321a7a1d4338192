package io.lorawanbi.model.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.HRStartAns;
import io.lorawanbi.model.message.HRStartReq;
import io.lorawanbi.model.message.PRStartAns;
import io.lorawanbi.model.message.PRStartReq;
import io.lorawanbi.model.message.XmitDataReq;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.model.testsupport.Validation;
import jakarta.validation.groups.Default;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NestedObjectRulesTest {

    private static final String VERSIONS = "io.lorawanbi.model.testsupport.VersionsSource#versions";

    static Stream<Arguments> brokenUlMetaData() {
        return Stream.of(
                Arguments.of("fPort", 256, "FPort: must be less than or equal to 255"),
                Arguments.of("dataRate", 16, "DataRate: must be less than or equal to 15"),
                Arguments.of("battery", 256, "Battery: must be less than or equal to 255"),
                Arguments.of("ulFreq", -868.1, "ULFreq: must be greater than or equal to 0"),
                Arguments.of("gwCnt", -1, "GWCnt: must be greater than or equal to 0"));
    }

    static Stream<Arguments> brokenGwInfo() {
        return Stream.of(
                Arguments.of("lat", 90.5, "Lat: must be less than or equal to 90"),
                Arguments.of("lat", -90.5, "Lat: must be greater than or equal to -90"),
                Arguments.of("lon", 180.5, "Lon: must be less than or equal to 180"),
                Arguments.of("lon", -180.5, "Lon: must be greater than or equal to -180"),
                Arguments.of("fineRecvTime", 1_000_000_000L, "FineRecvTime: must be less than or equal to 999999999"),
                Arguments.of("fineRecvTime", -1L, "FineRecvTime: must be greater than or equal to 0"));
    }

    static Stream<Arguments> brokenServiceProfile() {
        return Stream.of(
                Arguments.of("targetPer", 1.5, "TargetPER: must be less than or equal to 1"),
                Arguments.of("targetPer", -0.1, "TargetPER: must be greater than or equal to 0"),
                Arguments.of("drMin", 16, "DRMin: must be less than or equal to 15"));
    }

    static Stream<Arguments> brokenDeviceProfile() {
        return Stream.of(
                Arguments.of("rxDrOffset1", 8, "RXDROffset1: must be less than or equal to 7"),
                Arguments.of("maxDutyCycle", -0.1, "MaxDutyCycle: must be greater than or equal to 0"),
                Arguments.of("factoryPresetFreqs", List.of(-868.1),
                        "FactoryPresetFreqs[0]: must be greater than or equal to 0"),
                Arguments.of("pingSlotDr", 16, "PingSlotDR: must be less than or equal to 15"));
    }

    // ULMetaData and GWInfoElement

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("brokenUlMetaData")
    void ul_meta_data_rejects_an_out_of_range_member(String component, Object value, String expected) {
        assertThat(Validation.violations(with(Fixtures.ulMetaData(), component, value), Default.class))
                .containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void ul_meta_data_violations_inside_a_message_carry_the_message_path(ProtocolVersion v) {
        PRStartReq m = Fixtures.prStartReq(v);
        PRStartReq broken = new PRStartReq(m.header(), m.phyPayload(), with(m.ulMetaData(), "fPort", 256), null);

        assertThat(Validation.violations(broken))
                .containsExactly("ULMetaData.FPort: must be less than or equal to 255");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("brokenGwInfo")
    void gw_info_element_rejects_an_out_of_range_member(String component, Object value, String expected) {
        assertThat(Validation.violations(with(Fixtures.gwInfo(), component, value), Default.class))
                .containsExactly(expected);
    }

    @Test
    void gw_info_element_accepts_the_range_bounds() {
        GWInfoElement bounds = new GWInfoElement(null, 999_999_999L, null, null, null, -90.0, 180.0, null, null);
        GWInfoElement otherBounds = new GWInfoElement(null, 0L, null, null, null, 90.0, -180.0, null, null);

        assertThat(Validation.violations(bounds, Default.class)).isEmpty();
        assertThat(Validation.violations(otherBounds, Default.class)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void gw_info_violations_inside_a_message_carry_the_element_index(ProtocolVersion v) {
        PRStartReq m = Fixtures.prStartReq(v);
        GWInfoElement tooFarNorth = with(Fixtures.gwInfo(), "lat", 90.5);
        ULMetaData ul = with(m.ulMetaData(), "gwInfo", List.of(Fixtures.gwInfo(), tooFarNorth));

        assertThat(Validation.violations(new PRStartReq(m.header(), m.phyPayload(), ul, null)))
                .containsExactly("ULMetaData.GWInfo[1].Lat: must be less than or equal to 90");
    }

    @Test
    void gw_info_lists_read_null_as_empty() {
        assertThat(with(Fixtures.ulMetaData(), "gwInfo", null).gwInfo()).isEmpty();
        assertThat(with(Fixtures.dlMetaData(), "gwInfo", null).gwInfo()).isEmpty();
        assertThat(with(Fixtures.deviceProfile(), "factoryPresetFreqs", null).factoryPresetFreqs()).isEmpty();
    }

    @Test
    void gw_info_lists_are_unmodifiable_copies() {
        List<GWInfoElement> source = new ArrayList<>(List.of(Fixtures.gwInfo()));
        ULMetaData ul = with(Fixtures.ulMetaData(), "gwInfo", source);
        source.add(Fixtures.gwInfo());

        assertThat(ul.gwInfo()).hasSize(1);
        assertThatThrownBy(() -> ul.gwInfo().add(Fixtures.gwInfo())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Fixtures.dlMetaData().gwInfo().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Fixtures.deviceProfile().factoryPresetFreqs().add(868.5))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // DLMetaData

    @Test
    void dl_meta_data_with_dl_freq1_but_no_data_rate1_names_data_rate1() {
        assertThat(Validation.violations(with(Fixtures.dlMetaData(), "dataRate1", null), Default.class))
                .containsExactly("DataRate1: is required when DLFreq1 is present");
    }

    @Test
    void dl_meta_data_with_dl_freq2_but_no_data_rate2_names_data_rate2() {
        assertThat(Validation.violations(with(Fixtures.dlMetaData(), "dataRate2", null), Default.class))
                .containsExactly("DataRate2: is required when DLFreq2 is present");
    }

    @Test
    void dl_meta_data_without_either_frequency_names_dl_freq1() {
        DLMetaData noFrequency = with(with(Fixtures.dlMetaData(), "dlFreq1", null), "dlFreq2", null);

        assertThat(Validation.violations(noFrequency, Default.class))
                .containsExactly("DLFreq1: at least one of DLFreq1, DLFreq2 must be present");
    }

    @Test
    void dl_meta_data_with_only_the_rx2_window_is_valid() {
        DLMetaData rx2Only = with(with(Fixtures.dlMetaData(), "dlFreq1", null), "dataRate1", null);

        assertThat(Validation.violations(rx2Only, Default.class)).isEmpty();
    }

    @Test
    void dl_meta_data_rejects_rx_delay1_above_15() {
        assertThat(Validation.violations(with(Fixtures.dlMetaData(), "rxDelay1", 16), Default.class))
                .containsExactly("RXDelay1: must be less than or equal to 15");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void dl_meta_data_violations_inside_a_message_carry_the_message_path(ProtocolVersion v) {
        XmitDataReq m = Fixtures.xmitDataReq(v);
        XmitDataReq broken = new XmitDataReq(m.header(), m.phyPayload(), null, null,
                with(m.dlMetaData(), "dataRate1", null));

        assertThat(Validation.violations(broken))
                .containsExactly("DLMetaData.DataRate1: is required when DLFreq1 is present");
    }

    // ServiceProfile and DeviceProfile

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("brokenServiceProfile")
    void service_profile_rejects_an_out_of_range_member(String component, Object value, String expected) {
        assertThat(Validation.violations(with(Fixtures.serviceProfile(), component, value), Default.class))
                .containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void service_profile_violations_inside_a_message_carry_the_message_path(ProtocolVersion v) {
        HRStartAns m = Fixtures.hrStartAns(v);
        HRStartAns broken = new HRStartAns(m.header(), m.result(), m.phyPayload(), m.lifetime(), m.sNwkSIntKey(),
                m.fNwkSIntKey(), m.nwkSEncKey(), m.nwkSKey(), m.deviceProfile(),
                with(m.serviceProfile(), "drMin", 16), m.dlMetaData(), m.deviceProfileTimestamp());

        assertThat(Validation.violations(broken))
                .containsExactly("ServiceProfile.DRMin: must be less than or equal to 15");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("brokenDeviceProfile")
    void device_profile_rejects_an_out_of_range_member(String component, Object value, String expected) {
        assertThat(Validation.violations(with(Fixtures.deviceProfile(), component, value), Default.class))
                .containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void device_profile_violations_inside_a_message_carry_the_message_path(ProtocolVersion v) {
        HRStartReq m = Fixtures.hrStartReq(v);
        DeviceProfile dp = with(with(m.deviceProfile(), "pingSlotDr", 16), "factoryPresetFreqs", List.of(868.1, -1.0));
        HRStartReq broken = new HRStartReq(m.header(), m.macVersion(), m.phyPayload(), m.devAddr(), dp,
                m.ulMetaData(), m.dlSettings(), m.rxDelay(), m.cfList(), m.deviceProfileTimestamp());

        assertThat(Validation.violations(broken)).containsExactly(
                "DeviceProfile.FactoryPresetFreqs[1]: must be greater than or equal to 0",
                "DeviceProfile.PingSlotDR: must be less than or equal to 15");
    }

    // KeyEnvelope and VSExtension

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {15, 41})
    void key_envelope_rejects_an_aes_key_outside_16_to_40_bytes(int length) {
        KeyEnvelope key = new KeyEnvelope("", HexBytes.of(new byte[length]));

        assertThat(Validation.violations(key, Default.class))
                .containsExactly("AESKey: must be 16 to 40 bytes, got " + length);
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {16, 24, 40})
    void key_envelope_accepts_a_plain_or_wrapped_aes_key_length(int length) {
        assertThat(Validation.violations(new KeyEnvelope("", HexBytes.of(new byte[length])), Default.class)).isEmpty();
        assertThat(Validation.violations(new KeyEnvelope("kek-1", HexBytes.of(new byte[length])), Default.class))
                .isEmpty();
    }

    @Test
    void key_envelope_without_aes_key_names_aes_key() {
        assertThat(Validation.violations(new KeyEnvelope(null, null), Default.class))
                .containsExactly("AESKey: must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void key_envelope_violations_inside_a_message_carry_the_key_member(ProtocolVersion v) {
        PRStartAns m = Fixtures.prStartAns(v);
        PRStartAns broken = new PRStartAns(m.header(), m.result(), m.phyPayload(), m.devEui(), m.lifetime(),
                m.fNwkSIntKey(), new KeyEnvelope("", HexBytes.of(new byte[15])), m.fCntUp(), m.serviceProfile(),
                m.dlMetaData(), m.devAddr());

        assertThat(Validation.violations(broken)).containsExactly("NwkSKey.AESKey: must be 16 to 40 bytes, got 15");
    }

    @Test
    void vs_extension_without_vendor_id_and_object_is_valid() {
        assertThat(Validation.violations(new VSExtension(null, null), Default.class)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(VERSIONS)
    void an_empty_vs_extension_in_a_header_is_valid(ProtocolVersion v) {
        PRStartReq m = Fixtures.prStartReq(v);
        PRStartReq req = new PRStartReq(m.header().toBuilder().vsExtension(new VSExtension(null, null)).build(),
                m.phyPayload(), m.ulMetaData(), m.dedupWindowSize());

        assertThat(Validation.violations(req)).isEmpty();
    }

    /** A copy of a record, built by its canonical constructor, with one component replaced. */
    @SuppressWarnings("unchecked")
    private static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        assertThat(Arrays.stream(components).map(RecordComponent::getName)).as("components").contains(component);
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(component) ? value
                        : components[i].getAccessor().invoke(record);
            }
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
        }
    }
}
