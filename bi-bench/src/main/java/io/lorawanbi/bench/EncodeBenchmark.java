package io.lorawanbi.bench;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.message.BiMessage;
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

/** Encoding one message, without and with validation. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class EncodeBenchmark {

    @Param({"HomeNSReq", "JoinAns", "PRStartReq", "XmitDataReq"})
    public String message;

    @Param({"1.0", "1.1"})
    public String version;

    private BiMessage sample;
    private BiCodec plain;
    private BiCodec standard;

    @Setup
    public void setup() {
        sample = Samples.message(message, version);
        standard = BiCodec.standard();
        plain = BiCodec.builder().validation(false).build();
        if (!sample.equals(standard.decode(plain.encode(sample)))) {
            throw new IllegalStateException("the sample does not survive a round trip");
        }
    }

    @Benchmark
    public byte[] encode() {
        return plain.encode(sample);
    }

    @Benchmark
    public byte[] encodeValidate() {
        return standard.encode(sample);
    }
}
