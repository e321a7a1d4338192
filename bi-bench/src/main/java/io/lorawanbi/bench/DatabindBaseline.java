package io.lorawanbi.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.lorawanbi.codec.BiCodec;
import java.io.IOException;
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
 * the JSON ({@link HomeNSReqJson}, {@link JoinAnsJson}), hex values kept as strings, no checks.
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

    @Param({"HomeNSReq", "JoinAns"})
    public String message;

    @Param({"1.0", "1.1"})
    public String version;

    private byte[] bytes;
    private ObjectReader reader;

    @Setup
    public void setup() throws IOException {
        bytes = BiCodec.standard().encode(Samples.message(message, version));
        reader = message.equals("HomeNSReq") ? HOME_NS_REQ : JOIN_ANS;
        Object read = reader.readValue(bytes);
        boolean complete = read instanceof HomeNSReqJson h ? h.devEui() != null && h.transactionId() == Samples.TRANSACTION_ID
                : read instanceof JoinAnsJson j && j.result().resultCode().equals("Success")
                        && j.phyPayload().length() == 66 && j.appSKey().aesKey().length() == 48
                        && (version.equals("1.0") ? j.nwkSKey() : j.nwkSEncKey()).kekLabel().equals("ns-kek-1");
        if (!complete) {
            throw new IllegalStateException("databind did not read every member: " + read);
        }
    }

    @Benchmark
    public Object databind() throws IOException {
        return reader.readValue(bytes);
    }
}
