package io.lorawanbi.bench;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.server.OutboundResponse;
import java.util.Set;
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
 * The whole server path for a HomeNSReq answered Success: bytes in (header read, version checked,
 * sender authenticated, ReceiverID checked, request decoded and validated, handler run, answer
 * derived, validated and encoded), bytes out. The handler is an in-memory lookup, so the figure is the
 * library's own cost. {@code handlerThread}: {@code pool} calls the handler on the server's default
 * handler executor (the default, which bounds every handler by the timeout), {@code caller} on the
 * calling thread ({@code handlerExecutor(Runnable::run)}), which shows the cost of the hand-off;
 * {@code inline} registers the lookup with {@code HomeNSHandler.nonBlocking}, which the server calls on
 * the request's thread while keeping the default executor for every other handler.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ServerBenchmark {

    @Param({"1.0", "1.1"})
    public String version;

    @Param({"pool", "caller", "inline"})
    public String handlerThread;

    private BiServer server;
    private InboundRequest request;

    @Setup
    public void setup() {
        BiServer.Builder builder = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Samples.NET_ID)))
                .answersFor(Samples.JOIN_EUI)
                .homeNsHandler(handlerThread.equals("inline")
                        ? HomeNSHandler.nonBlocking((q, c) -> HomeNSOutcome.found(Samples.NET_ID, Samples.NSID))
                        : HomeNSHandler.immediate((q, c) -> HomeNSOutcome.found(Samples.NET_ID, Samples.NSID)));
        if (handlerThread.equals("caller")) {
            builder.handlerExecutor(Runnable::run);
        }
        server = builder.build();
        request = InboundRequest.of(BiCodec.standard().encode(Samples.message("HomeNSReq", version)));
        OutboundResponse response = server.handle(request);
        if (response.status() != 200 || !response.bodyText().contains("\"Success\"")) {
            throw new IllegalStateException("the sample request is not answered Success: " + response.bodyText());
        }
        if (!ProtocolVersion.of(version).isSupported()) {
            throw new IllegalStateException("unsupported version " + version);
        }
    }

    @Benchmark
    public OutboundResponse handle() {
        return server.handle(request);
    }
}
