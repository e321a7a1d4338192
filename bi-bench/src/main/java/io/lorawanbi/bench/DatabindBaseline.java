package io.lorawanbi.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.lorawanbi.codec.BiCodec;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hand-written alternative: jackson-databind reading the same bytes into flat records that mirror
 * the JSON ({@link HomeNSReqJson}, {@link JoinAnsJson}, {@link PRStartReqJson}, {@link XmitDataReqJson}),
 * hex values kept as strings: {@code databind} without checks, {@code databindValidate} followed by
 * Hibernate Validator (the codec's provider and version, {@code ParameterMessageInterpolator}) checking
 * the Jakarta constraints on those records, which state the rules the codec applies.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class DatabindBaseline {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectReader HOME_NS_REQ = MAPPER.readerFor(HomeNSReqJson.class);
    private static final ObjectReader JOIN_ANS = MAPPER.readerFor(JoinAnsJson.class);
    private static final ObjectReader PR_START_REQ = MAPPER.readerFor(PRStartReqJson.class);
    private static final ObjectReader XMIT_DATA_REQ = MAPPER.readerFor(XmitDataReqJson.class);
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Param({"HomeNSReq", "JoinAns", "PRStartReq", "XmitDataReq"})
    public String message;

    @Param({"1.0", "1.1"})
    public String version;

    private byte[] bytes;
    private ObjectReader reader;

    @Setup
    public void setup() throws IOException {
        bytes = BiCodec.standard().encode(Samples.message(message, version));
        reader = switch (message) {
            case "HomeNSReq" -> HOME_NS_REQ;
            case "JoinAns" -> JOIN_ANS;
            case "PRStartReq" -> PR_START_REQ;
            default -> XMIT_DATA_REQ;
        };
        Object read = reader.readValue(bytes);
        boolean complete = read instanceof HomeNSReqJson h ? h.devEui() != null && h.transactionId() == Samples.TRANSACTION_ID
                : read instanceof JoinAnsJson j ? j.result().resultCode().equals("Success")
                        && j.phyPayload().length() == 66 && j.appSKey().aesKey().length() == 48
                        && (version.equals("1.0") ? j.nwkSKey() : j.nwkSEncKey()).kekLabel().equals("ns-kek-1")
                : read instanceof PRStartReqJson p ? p.phyPayload().equals(Samples.UPLINK.toString()) && uplink(p.ulMetaData())
                : read instanceof XmitDataReqJson x && x.phyPayload().equals(Samples.UPLINK.toString()) && uplink(x.ulMetaData());
        if (!complete) {
            throw new IllegalStateException("databind did not read every member: " + read);
        }
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(read);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the sample breaks the baseline's constraints: " + violations);
        }
        Object broken = reader.readValue(new String(bytes, StandardCharsets.UTF_8)
                .replace("\"ProtocolVersion\":\"" + version, "\"ProtocolVersion\":\"9.9"));
        if (VALIDATOR.validate(broken).isEmpty()) {
            throw new IllegalStateException("the baseline's constraints check nothing");
        }
    }

    private static boolean uplink(ULMetaDataJson u) {
        return u.gwInfo().size() == 3 && u.gwInfo().get(2).lon() != null && u.recvTime() != null && u.fCntUp() == 10L;
    }

    @Benchmark
    public Object databind() throws IOException {
        return reader.readValue(bytes);
    }

    /** Databind, then Hibernate Validator over the record; the violations are returned, never empty-checked away. */
    @Benchmark
    public Object databindValidate() throws IOException {
        Object read = reader.readValue(bytes);
        return VALIDATOR.validate(read);
    }
}
