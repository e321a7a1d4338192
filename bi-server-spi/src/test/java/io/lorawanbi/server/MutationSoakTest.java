package io.lorawanbi.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.codec.BiDecodeException;
import io.lorawanbi.codec.support.Mutator;
import io.lorawanbi.codec.support.Mutator.Op;
import io.lorawanbi.codec.support.Mutator.Source;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.JoinAns;
import io.lorawanbi.model.message.JoinReq;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.model.testsupport.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The mutation soak: a million mutants (or {@code -Dbi.soak.mutants}) of every fixture and peer
 * vector, each decoded by {@code BiCodec.standard()} and handled by a whole {@link BiServer}. The
 * property: decode yields a message or a {@link BiDecodeException} and nothing else; handle always
 * returns a response, whose body, when there is one, decodes; no mutant hangs (no progress for 60 s
 * fails the run, naming the mutant). Runs only with {@code -Pmutation-soak}; its figures go to
 * {@code target/mutation-soak.txt}.
 */
class MutationSoakTest {

    private static final long SEED = 0x536F616B42494D75L;
    private static final long MUTANTS = Long.getLong("bi.soak.mutants", 1_000_000L);
    /** The sample every build runs: 30 mutants of each source, every operator. */
    private static final long SAMPLE = 4_260;
    private static final long STALL_SECONDS = 60;
    private static final BiCodec CODEC = BiCodec.standard();
    private static final Pattern ANY_RESULT = Pattern.compile("\"Result\":\\{\"ResultCode\":\"(\\w+)\"");
    private static final Pattern BARE_RESULT = Pattern.compile("\\{\"ResultCode\":\"(\\w+)\"");

    private final BiServer server = BiServer.builder()
            .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.<PartyID>of(Fixtures.NET_ID, Fixtures.OTHER_NET_ID,
                    Fixtures.JOIN_EUI, Fixtures.AS_ID)))
            .answersFor(Fixtures.NET_ID, Fixtures.OTHER_NET_ID, Fixtures.JOIN_EUI, Fixtures.AS_ID)
            .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> req.devEui().equals(Fixtures.DEV_EUI)
                    ? HomeNSOutcome.found(Fixtures.NET_ID) : HomeNSOutcome.unknownDevice()))
            .handler(JoinReq.class, (req, ctx) -> CompletableFuture.completedFuture(new JoinAns(
                    req.header().answerHeader(), Result.success(), Fixtures.JOIN_ACCEPT, 3600L, null, null, null,
                    Fixtures.key(), Fixtures.key(), HexBytes.parse("0102"))))
            .build();

    /** What the run saw. Written by the worker thread only, read after it ends. */
    private static final class Tally {
        long mutants;
        long decoded;
        final Map<String, Long> decodeOutcomes = new TreeMap<>();
        final Map<String, Long> answers = new TreeMap<>();
        final Map<String, Long> byOp = new TreeMap<>();
        long undecodableAnswers;
        String firstUndecodableAnswer;
        long slowestNanos;
        String slowest;
        String failure;
    }

    /** The soak: a million mutants by default ({@code -Dbi.soak.mutants}), with {@code -Pmutation-soak} only. */
    @Test
    @Tag("mutation-soak")
    void a_million_mutants_decode_or_fail_cleanly_and_every_one_gets_a_response() throws Exception {
        soak(MUTANTS, Path.of("target", "mutation-soak.txt"));
    }

    /** The same property over a sample of the corpus, in every build. */
    @Test
    void a_sample_of_the_mutation_corpus_decodes_or_fails_cleanly_and_every_answer_decodes() throws Exception {
        soak(SAMPLE, Path.of("target", "mutation-sample.txt"));
    }

    private void soak(long mutants, Path out) throws Exception {
        List<Source> sources = Mutator.sources();
        Tally tally = new Tally();
        AtomicLong progress = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mutation-soak");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> run = worker.submit(() -> run(sources, mutants, tally, progress));
            long seen = -1;
            while (true) {
                try {
                    run.get(STALL_SECONDS, TimeUnit.SECONDS);
                    break;
                } catch (TimeoutException e) {
                    long now = progress.get();
                    assertThat(now).as("no progress for %s s at mutant %s (seed %s)", STALL_SECONDS, now, SEED + now)
                            .isNotEqualTo(seen);
                    seen = now;
                }
            }
        } finally {
            worker.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String report = report(tally, sources, millis);
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);

        assertThat(tally.failure).as(report).isNull();
        assertThat(tally.mutants).as(report).isEqualTo(mutants);
        assertThat(tally.decoded).as(report).isPositive();
        assertThat(tally.answers.values().stream().mapToLong(Long::longValue).sum()).as(report).isEqualTo(mutants);
        assertThat(tally.undecodableAnswers).as("every answer decodes with BiCodec.standard(): %s", report).isZero();
    }

    private void run(List<Source> sources, long mutants, Tally tally, AtomicLong progress) {
        Op[] ops = Op.values();
        for (long i = 0; i < mutants; i++) {
            progress.set(i);
            Source source = sources.get((int) (i % sources.size()));
            Op op = ops[(int) ((i / sources.size()) % ops.length)];
            byte[] bytes = Mutator.mutate(op, source, CODEC.limits(), new Random(SEED + i));
            String where = "mutant " + i + " (seed " + (SEED + i) + ", " + op + " of " + source.name() + ")";
            long t0 = System.nanoTime();
            try {
                BiMessage decoded = CODEC.decode(bytes);
                tally.decoded++;
                count(tally.decodeOutcomes, "decoded " + decoded.messageType());
            } catch (BiDecodeException e) {
                count(tally.decodeOutcomes, e.resultCode().name());
            } catch (Throwable t) {
                tally.failure = where + ": decode threw " + t + "\n" + Mutator.hex(bytes);
                return;
            }
            OutboundResponse response;
            try {
                response = server.handle(InboundRequest.of(bytes));
            } catch (Throwable t) {
                tally.failure = where + ": handle threw " + t + "\n" + Mutator.hex(bytes);
                return;
            }
            if (response == null) {
                tally.failure = where + ": handle gave no response\n" + Mutator.hex(bytes);
                return;
            }
            long took = System.nanoTime() - t0;
            if (took > tally.slowestNanos) {
                tally.slowestNanos = took;
                tally.slowest = where + ", " + bytes.length + " bytes";
            }
            count(tally.answers, response.status() + " " + answerCode(response, tally, where));
            count(tally.byOp, op.name());
            tally.mutants++;
        }
    }

    private static String answerCode(OutboundResponse response, Tally tally, String where) {
        byte[] body = response.body();
        if (body == null || body.length == 0) {
            return "(no body)";
        }
        if (response.status() != 200) { // a bare Result: {"ResultCode":"…","Description":"…"}
            Matcher m = BARE_RESULT.matcher(new String(body, StandardCharsets.UTF_8));
            return m.lookingAt() ? "bare Result " + m.group(1) : "(unexpected body)";
        }
        try {
            BiMessage answer = CODEC.decode(body);
            return answer instanceof io.lorawanbi.model.message.BiAnswer a && a.result() != null
                    ? String.valueOf(a.result().resultCode()) : answer.messageType().name();
        } catch (BiDecodeException e) {
            Matcher code = ANY_RESULT.matcher(new String(body, StandardCharsets.UTF_8));
            if (e.resultCode() == ResultCode.InvalidProtocolVersion && e.problems().size() == 1 && code.find()) {
                return code.group(1) + " (in the request's unsupported version)";
            }
            tally.undecodableAnswers++;
            if (tally.firstUndecodableAnswer == null) {
                tally.firstUndecodableAnswer = where + ": " + e.memberPath() + ": " + e.reason() + " ("
                        + body.length + " bytes)";
            }
            return "(answer that does not decode)";
        }
    }

    private static void count(Map<String, Long> map, String key) {
        map.merge(key, 1L, Long::sum);
    }

    private static String report(Tally t, List<Source> sources, long millis) {
        StringBuilder out = new StringBuilder();
        out.append("mutation soak: ").append(t.mutants).append(" mutants of ").append(sources.size())
                .append(" sources (").append(sources.stream().filter(Source::fixture).count()).append(" fixtures, ")
                .append(sources.stream().filter(s -> !s.fixture()).count()).append(" peer vectors), ")
                .append(Op.values().length).append(" operators\n");
        out.append("wall time ").append(millis).append(" ms, ")
                .append(millis == 0 ? "-" : String.valueOf(t.mutants * 1000 / millis))
                .append(" mutants/s (decode + handle + decoding the answer), on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" processors\n");
        out.append("decode: ").append(t.decodeOutcomes).append('\n');
        out.append("handle (HTTP status, answer ResultCode): ").append(t.answers).append('\n');
        out.append("HTTP 200 answers that do not decode with BiCodec.standard(): ").append(t.undecodableAnswers)
                .append(t.firstUndecodableAnswer == null ? "" : ", first: " + t.firstUndecodableAnswer).append('\n');
        out.append("by operator: ").append(t.byOp).append('\n');
        out.append("slowest mutant: ").append(t.slowestNanos / 1_000_000).append(" ms, ").append(t.slowest).append('\n');
        if (t.failure != null) {
            out.append("FAILURE: ").append(t.failure).append('\n');
        }
        return out.toString();
    }
}
