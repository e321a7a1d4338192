package io.lorawanbi.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.testsupport.Fixtures;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every numeric member of the messages and nested objects, by class: measurements held as integers
 * take any number and round it; measurements held as decimals take any number as it is; identifiers,
 * counters, indexes, codes and protocol parameters take whole numbers only.
 */
class NumericMembersTest {

    private static final BiCodec CODEC = BiCodec.standard();
    private static final ProtocolVersion V = ProtocolVersion.V1_0;

    /** Where a member lives: a fixture of a message type and the text that opens the member's object. */
    private static String source(String where) {
        BiMessage message = switch (where.substring(0, where.indexOf(':'))) {
            case "PRStartReq" -> Fixtures.prStartReq(V);
            case "PRStartAns" -> Fixtures.prStartAns(V);
            case "ProfileAns" -> Fixtures.profileAns(V);
            case "XmitDataAns" -> Fixtures.xmitDataAns(V);
            case "JoinReq" -> Fixtures.joinReq(V);
            case "PRStopReq" -> Fixtures.prStopReq(V);
            default -> throw new IllegalArgumentException(where);
        };
        return new String(CODEC.encode(message), UTF_8);
    }

    /** The fixture's JSON with the member, in the object that {@code where} opens, set to {@code value}. */
    static byte[] with(String where, String member, String value) {
        String json = source(where);
        String anchor = where.substring(where.indexOf(':') + 1);
        int from = anchor.isEmpty() ? 0 : json.indexOf(anchor);
        assertThat(from).as("%s in %s", anchor, json).isNotNegative();
        from += anchor.isEmpty() ? 1 : anchor.length();
        Matcher m = Pattern.compile("\"" + member + "\":(\\[[^\\]]*\\]|[^,}\\]]*)").matcher(json);
        if (m.find(from) && depthBetween(json, from, m.start()) == 0) {
            return (json.substring(0, m.start()) + "\"" + member + "\":" + value + json.substring(m.end())).getBytes(UTF_8);
        }
        return (json.substring(0, from) + "\"" + member + "\":" + value + "," + json.substring(from)).getBytes(UTF_8);
    }

    private static int depthBetween(String json, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = json.charAt(i);
            depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
            if (depth < 0) {
                return -1;
            }
        }
        return depth;
    }

    private static String reencoded(byte[] json) {
        return new String(CODEC.encode(CODEC.decode(json)), UTF_8);
    }

    private static void assertRefused(byte[] json, String member, String reason) {
        BiDecodeException e = catchThrowableOfType(() -> CODEC.decode(json), BiDecodeException.class);
        assertThat(e).as(new String(json, UTF_8)).isNotNull();
        assertThat(e.problems()).as(e.problems().toString())
                .anySatisfy(p -> {
                    assertThat(p.memberPath()).matches("(.*\\.)?" + Pattern.quote(member) + "(\\[\\d+\\])?");
                    assertThat(p.reason()).isEqualTo(reason);
                });
    }

    @ParameterizedTest(name = "{1} = {2} reads as {3}")
    @CsvSource(delimiter = '|', value = {
        "PRStartReq:\"GWInfo\":[{|RSSI|-113.5|-114", "PRStartReq:\"GWInfo\":[{|RSSI|-113.49|-113",
        "PRStartReq:\"GWInfo\":[{|RSSI|-40.0|-40", "PRStartReq:\"GWInfo\":[{|RSSI|-1.1e2|-110",
        "PRStartReq:\"GWInfo\":[{|RSSI|-0.4|0", "PRStartReq:\"GWInfo\":[{|RSSI|-1e-9999999999|0",
        "PRStartReq:\"GWInfo\":[{|RSSI|12.5|13",
        "PRStartReq:\"GWInfo\":[{|FineRecvTime|1000.5|1001", "PRStartReq:\"GWInfo\":[{|FineRecvTime|2.5e3|2500",
        "PRStartReq:\"ULMetaData\":{|Margin|7.5|8", "PRStartReq:\"ULMetaData\":{|Margin|-3.2|-3",
        "ProfileAns:\"DeviceProfile\":{|MaxEIRP|16.5|17", "ProfileAns:\"DeviceProfile\":{|MaxEIRP|14|14"})
    void a_measurement_held_as_an_integer_takes_any_number_and_rounds_halves_away_from_zero(
            String where, String member, String value, String expected) {
        assertThat(reencoded(with(where, member, value))).contains("\"" + member + "\":" + expected + ",");
    }

    @ParameterizedTest(name = "{1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "PRStartReq:\"GWInfo\":[{|RSSI|-2147483649", "PRStartReq:\"GWInfo\":[{|RSSI|1e400",
        "PRStartReq:\"GWInfo\":[{|RSSI|-9e9999999999", "PRStartReq:\"ULMetaData\":{|Margin|3000000000.5",
        "ProfileAns:\"DeviceProfile\":{|MaxEIRP|2147483648"})
    void a_measurement_beyond_its_type_is_refused_with_the_range(String where, String member, String value) {
        assertRefused(with(where, member, value), member, "must be a number from -2147483648 to 2147483647");
        assertRefused(with("PRStartReq:\"GWInfo\":[{", "FineRecvTime", "-0.5"), "FineRecvTime",
                "must be a number from 0 to 4294967295");
        assertRefused(with(where, member, "\"-40\""), member, "must be a number");
    }

    @ParameterizedTest(name = "{1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "PRStartReq:\"GWInfo\":[{|SNR|-7|-7.0", "PRStartReq:\"GWInfo\":[{|SNR|5.25|5.25",
        "PRStartReq:\"GWInfo\":[{|Lat|52|52.0", "PRStartReq:\"GWInfo\":[{|Lon|-0.125|-0.125",
        "PRStartReq:\"ULMetaData\":{|ULFreq|868|868.0", "PRStartReq:\"ULMetaData\":{|ULFreq|8.681e2|868.1",
        "PRStartAns:\"DLMetaData\":{|DLFreq1|869|869.0", "PRStartAns:\"DLMetaData\":{|DLFreq2|869.525|869.525",
        "PRStartAns:\"ServiceProfile\":{|TargetPER|0|0.0", "ProfileAns:\"DeviceProfile\":{|PingSlotFreq|869|869.0",
        "ProfileAns:\"DeviceProfile\":{|RXFreq2|869.5250|869.525",
        "ProfileAns:\"DeviceProfile\":{|MaxDutyCycle|1|1.0",
        "ProfileAns:\"DeviceProfile\":{|FactoryPresetFreqs|[868,868.3]|[868.0,868.3]",
        "XmitDataAns:|DLFreq1|868|868.0", "XmitDataAns:|DLFreq2|869.525|869.525"})
    void a_measurement_held_as_a_decimal_takes_any_number_as_it_is(
            String where, String member, String value, String expected) {
        String out = reencoded(with(where, member, value));
        assertThat(out).containsAnyOf("\"" + member + "\":" + expected + ",", "\"" + member + "\":" + expected + "}");
    }

    @ParameterizedTest(name = "{1} (up to {2})")
    @CsvSource(delimiter = '|', value = {
        "PRStopReq:|TransactionID|4294967295", "PRStopReq:|Lifetime|4294967295", "PRStartAns:|FCntUp|4294967295",
        "JoinReq:|RxDelay|2147483647", "PRStartReq:|DedupWindowSize|4294967295",
        "PRStartReq:\"ULMetaData\":{|FPort|2147483647", "PRStartReq:\"ULMetaData\":{|FCntDown|4294967295",
        "PRStartReq:\"ULMetaData\":{|FCntUp|4294967295", "PRStartReq:\"ULMetaData\":{|DataRate|2147483647",
        "PRStartReq:\"ULMetaData\":{|Battery|2147483647", "PRStartReq:\"ULMetaData\":{|GWCnt|2147483647",
        "PRStartAns:\"DLMetaData\":{|FPort|2147483647", "PRStartAns:\"DLMetaData\":{|FCntDown|4294967295",
        "PRStartAns:\"DLMetaData\":{|RXDelay1|2147483647", "PRStartAns:\"DLMetaData\":{|DataRate1|2147483647",
        "PRStartAns:\"DLMetaData\":{|DataRate2|2147483647", "PRStartAns:\"ServiceProfile\":{|ULRate|2147483647",
        "PRStartAns:\"ServiceProfile\":{|ULBucketSize|2147483647", "PRStartAns:\"ServiceProfile\":{|DLRate|2147483647",
        "PRStartAns:\"ServiceProfile\":{|DLBucketSize|2147483647",
        "PRStartAns:\"ServiceProfile\":{|DevStatusReqFreq|2147483647",
        "PRStartAns:\"ServiceProfile\":{|DRMin|2147483647", "PRStartAns:\"ServiceProfile\":{|DRMax|2147483647",
        "PRStartAns:\"ServiceProfile\":{|MinGWDiversity|2147483647",
        "ProfileAns:\"DeviceProfile\":{|ClassBTimeout|2147483647",
        "ProfileAns:\"DeviceProfile\":{|PingSlotPeriod|2147483647",
        "ProfileAns:\"DeviceProfile\":{|PingSlotDR|2147483647",
        "ProfileAns:\"DeviceProfile\":{|ClassCTimeout|2147483647",
        "ProfileAns:\"DeviceProfile\":{|RXDelay1|2147483647",
        "ProfileAns:\"DeviceProfile\":{|RXDROffset1|2147483647",
        "ProfileAns:\"DeviceProfile\":{|RXDataRate2|2147483647"})
    void an_identifier_counter_index_code_or_parameter_must_be_a_whole_number(String where, String member, long max) {
        String anyType = where;
        for (String fraction : new String[] {"1.5", "0.001", "-2.5e-1", "1e-9999999999", "\"x\"", "true", "{}",
            "[1]"}) {
            assertRefused(with(anyType, member, fraction), member, "must be a whole number");
        }
        if (!member.equals("DedupWindowSize")) { // the one member that may come as a numeric string
            assertRefused(with(anyType, member, "\"1\""), member, "must be a whole number");
        }
        String min = max == 4294967295L ? "0" : "-2147483648";
        String range = "must be a whole number from " + min + " to " + max;
        for (String outside : new String[] {String.valueOf(max + 1), max + 1 + ".0", "1e400", "9e9999999999"}) {
            assertRefused(with(anyType, member, outside), member, range);
        }
        if (member.equals("TransactionID")) { // a signed echo of the same 32 bits is read (docs/codec.md)
            assertRefused(with(anyType, member, "-2147483649"), member, range);
        } else if (min.equals("0")) {
            assertRefused(with(anyType, member, "-1"), member, range);
        }
        String current = source(anyType).replaceAll(".*\"" + member + "\":(\\d+).*", "$1");
        String value = current.matches("\\d+") ? current : "1";
        BiMessage asInteger = CODEC.decode(with(anyType, member, value));
        assertThat(CODEC.decode(with(anyType, member, value + ".0"))).isEqualTo(asInteger);
        assertThat(CODEC.decode(with(anyType, member, value + "e0"))).isEqualTo(asInteger);
    }
}
