package io.lorawanbi.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.message.BiMessage;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding one message: the parser floor (every token read, nothing built), the codec without and
 * with validation (the default: the rules generated at build time), and with the same rules run by
 * Hibernate Validator. All read the same bytes, the codec's own encoding of the sample message.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class DecodeBenchmark {

    private static final JsonFactory JSON = new JsonFactory();

    @Param({"HomeNSReq", "JoinAns", "PRStartReq", "XmitDataReq"})
    public String message;

    @Param({"1.0", "1.1"})
    public String version;

    private byte[] bytes;
    private BiCodec plain;
    private BiCodec standard;
    private BiCodec hibernate;

    @Setup
    public void setup() {
        BiMessage sample = Samples.message(message, version);
        standard = BiCodec.standard();
        plain = BiCodec.builder().validation(false).build();
        hibernate = BiCodec.builder().hibernateValidator().build();
        bytes = standard.encode(sample);
        if (!sample.equals(plain.decode(bytes)) || !sample.equals(standard.decode(bytes))
                || !sample.equals(hibernate.decode(bytes))) {
            throw new IllegalStateException("the sample does not survive a round trip");
        }
    }

    /** Every token of the bytes, each value taken out of the parser: the cost of reading the bytes at all. */
    @Benchmark
    public void floor(Blackhole bh) throws IOException {
        try (JsonParser p = JSON.createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    bh.consume(p.currentName());
                } else if (t == JsonToken.VALUE_STRING) {
                    bh.consume(p.getText());
                } else if (t == JsonToken.VALUE_NUMBER_INT) {
                    bh.consume(p.getLongValue());
                } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                    bh.consume(p.getDoubleValue());
                } else {
                    bh.consume(t);
                }
            }
        }
    }

    @Benchmark
    public BiMessage decode() {
        return plain.decode(bytes);
    }

    @Benchmark
    public BiMessage decodeValidate() {
        return standard.decode(bytes);
    }

    /** Decoding and validation with Hibernate Validator in place of the generated rules. */
    @Benchmark
    public BiMessage decodeHibernateValidator() {
        return hibernate.decode(bytes);
    }
}
