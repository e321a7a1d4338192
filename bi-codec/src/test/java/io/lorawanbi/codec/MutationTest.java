package io.lorawanbi.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.lorawanbi.codec.support.Mutator;
import io.lorawanbi.codec.support.Mutator.Op;
import io.lorawanbi.codec.support.Mutator.Source;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Mutants of every fixture and every peer vector, made by a seeded generator ({@link Mutator}):
 * whatever the bytes, decoding and peeking yield a value or a {@link BiDecodeException}, and what
 * decodes encodes again (or is refused only by the rules of the way out). Bounded for the default
 * build; the server module's {@code MutationSoakTest} ({@code -Pmutation-soak}) runs a million.
 */
class MutationTest {

    private static final long SEED = 0x4C6F5261574E4249L;
    private static final int MUTANTS = 18_460; // 130 per source: about the run time of the former 21,000 mutants of the fixtures alone
    private static final BiCodec STANDARD = BiCodec.standard();
    private static final BiCodec TIGHT = BiCodec.builder().limits(new CodecLimits(8 * 1024, 8, 256, 24, 8, 32)).build();
    private static final Set<ResultCode> CODES =
            Set.of(ResultCode.MalformedRequest, ResultCode.MalformedMessage, ResultCode.InvalidProtocolVersion);

    private record Mutant(int index, Op op, Source source, BiCodec codec, byte[] bytes, boolean sourceDecodes) {}

    @Test
    void every_mutant_of_every_fixture_and_peer_vector_decodes_or_fails_with_a_decode_exception() {
        List<Source> sources = Mutator.sources();
        Map<Source, boolean[]> verdicts = new HashMap<>();
        for (Source s : sources) {
            boolean[] decodes = {decodes(STANDARD, s), decodes(TIGHT, s)};
            if (s.fixture()) {
                assertThat(decodes).as(s.name()).containsExactly(true, true);
            }
            verdicts.put(s, decodes);
        }
        assertThat(sources).filteredOn(Source::fixture).hasSizeGreaterThanOrEqualTo(42);
        assertThat(sources).filteredOn(s -> !s.fixture()).hasSizeGreaterThanOrEqualTo(100);
        Tally tally = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> run(sources, verdicts));
        assertThat(tally.mutants).as(tally.toString()).isEqualTo(MUTANTS);
        assertThat(tally.decoded).as("some mutants decode: %s", tally).isPositive();
        assertThat(tally.rejected).as("most mutants fail: %s", tally).isGreaterThan(tally.mutants / 2);
        assertThat(tally.codes.keySet()).as(tally.toString())
                .containsExactlyInAnyOrder("MalformedRequest", "MalformedMessage", "InvalidProtocolVersion");
        for (Op op : Op.values()) {
            if (op != Op.SWAP_MEMBERS) {
                assertThat(tally.rejectedBy[op.ordinal()]).as("%s rejects some mutants: %s", op, tally).isPositive();
            }
            assertThat(tally.decodedBy[op.ordinal()] + tally.rejectedBy[op.ordinal()]).as("%s: %s", op, tally)
                    .isGreaterThanOrEqualTo(MUTANTS / Op.values().length - sources.size());
        }
        for (Op op : new Op[] {Op.TYPE_SWAP, Op.UNICODE_ESCAPE, Op.NUMBER_FORM, Op.SWAP_MEMBERS}) {
            assertThat(tally.decodedBy[op.ordinal()]).as("%s keeps some mutants valid: %s", op, tally).isPositive();
        }
        assertThat(tally.swapChangedVerdict).as("members in any order get the same verdict: %s", tally).isZero();
    }

    /**
     * The mutants this test checks, in its order, with the codec each is meant for: for other tests
     * that feed the same corpus elsewhere (the README snippet's decode-and-answer path).
     */
    static void forEachMutant(java.util.function.BiConsumer<BiCodec, byte[]> consumer) {
        List<Source> sources = Mutator.sources();
        Op[] ops = Op.values();
        for (int i = 0; i < MUTANTS; i++) {
            Random random = new Random(SEED + i);
            Source source = sources.get(i % sources.size());
            BiCodec codec = i % 3 == 0 ? TIGHT : STANDARD;
            consumer.accept(codec, Mutator.mutate(ops[(i / sources.size()) % ops.length], source, codec.limits(), random));
        }
    }

    private static boolean decodes(BiCodec codec, Source s) {
        try {
            codec.decode(s.json());
            return true;
        } catch (BiDecodeException e) {
            return false;
        }
    }

    private static Tally run(List<Source> sources, Map<Source, boolean[]> verdicts) {
        Tally tally = new Tally();
        long started = System.nanoTime();
        Op[] ops = Op.values();
        for (int i = 0; i < MUTANTS; i++) {
            Random random = new Random(SEED + i);
            Source source = sources.get(i % sources.size());
            Op op = ops[(i / sources.size()) % ops.length];
            boolean tight = i % 3 == 0;
            BiCodec codec = tight ? TIGHT : STANDARD;
            byte[] bytes = Mutator.mutate(op, source, codec.limits(), random);
            check(new Mutant(i, op, source, codec, bytes, verdicts.get(source)[tight ? 1 : 0]), tally);
        }
        tally.millis = (System.nanoTime() - started) / 1_000_000;
        return tally;
    }

    private static void check(Mutant m, Tally tally) {
        tally.mutants++;
        BiMessage decoded = null;
        String outcome;
        try {
            decoded = m.codec().decode(m.bytes());
            outcome = "decoded";
        } catch (BiDecodeException e) {
            outcome = checked(m, e, "decode");
            tally.codes.merge(e.resultCode().name(), 1, Integer::sum);
        } catch (Throwable t) {
            throw failure(m, "decode threw", t);
        }
        if (m.index() % 8 == 0) {
            String fromStream;
            try {
                m.codec().decode(new ByteArrayInputStream(m.bytes()));
                fromStream = "decoded";
            } catch (BiDecodeException e) {
                fromStream = checked(m, e, "decode from a stream");
            } catch (Throwable t) {
                throw failure(m, "decode from a stream threw", t);
            }
            if (!verdict(fromStream).equals(verdict(outcome))) { // the reasons may differ: a stream's size is unknown
                throw failure(m, "decode from a stream gave " + fromStream + " where decode gave " + outcome, null);
            }
        }
        Header peeked = null;
        try {
            peeked = m.codec().peekHeader(m.bytes());
        } catch (BiDecodeException e) {
            checked(m, e, "peekHeader");
        } catch (Throwable t) {
            throw failure(m, "peekHeader threw", t);
        }
        if (m.op() == Op.SWAP_MEMBERS && (decoded != null) != m.sourceDecodes()) {
            tally.swapChangedVerdict++;
        }
        if (decoded == null) {
            tally.rejected++;
            tally.rejectedBy[m.op().ordinal()]++;
            return;
        }
        tally.decoded++;
        tally.decodedBy[m.op().ordinal()]++;
        if (!decoded.header().equals(peeked)) {
            throw failure(m, "peekHeader gave " + peeked + " for a message with " + decoded.header(), null);
        }
        try { // encoding is canonical: what it emits decodes, and encodes to the same bytes
            byte[] encoded = m.codec().encode(decoded);
            byte[] again = m.codec().encode(m.codec().decode(encoded));
            if (!Arrays.equals(encoded, again)) {
                throw failure(m, "re-encoding is not stable: " + Mutator.text(encoded, 0, encoded.length) + " then "
                        + Mutator.text(again, 0, again.length), null);
            }
        } catch (AssertionFailedError e) {
            throw e;
        } catch (BiEncodeException e) { // read liberally, emitted strictly: only the rules of the way out
            if (!e.problems().stream().allMatch(p -> p.reason().startsWith("a Success answer carries at least one of"))) {
                throw failure(m, "re-encoding the decoded " + decoded.messageType() + " threw", e);
            }
        } catch (Throwable t) {
            throw failure(m, "re-encoding the decoded " + decoded.messageType() + " threw", t);
        }
    }

    /** The code and member of an outcome, without its reason. */
    private static String verdict(String outcome) {
        int reason = outcome.indexOf("': ");
        return reason < 0 ? outcome : outcome.substring(0, reason);
    }

    /** Checks the exception's contract and returns a summary of it. */
    private static String checked(Mutant m, BiDecodeException e, String call) {
        boolean readable = e.problems().stream()
                .allMatch(p -> p.memberPath() != null && p.reason() != null && !p.reason().contains("${"));
        if (!CODES.contains(e.resultCode()) || e.memberPath() == null || e.reason() == null || !readable
                || e.header() == null || e.rawMessageType() == null || e.description() == null) {
            throw failure(m, call + " threw an exception breaking its contract: " + e.problems(), e);
        }
        return e.resultCode() + " at '" + e.memberPath() + "': " + e.reason();
    }

    private static AssertionFailedError failure(Mutant m, String what, Throwable cause) {
        String message = "mutant " + m.index() + " (seed " + (SEED + m.index()) + ", " + m.op() + " of "
                + m.source().name() + (m.codec() == TIGHT ? ", tight limits" : "") + "): " + what
                + (cause == null ? "" : ": " + cause) + "\n" + Mutator.hex(m.bytes());
        return new AssertionFailedError(message, cause);
    }

    private static final class Tally {
        int mutants;
        int decoded;
        int rejected;
        int swapChangedVerdict;
        long millis;
        final int[] decodedBy = new int[Op.values().length];
        final int[] rejectedBy = new int[Op.values().length];
        final Map<String, Integer> codes = new TreeMap<>();

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(mutants + " mutants in " + millis + " ms: " + decoded + " decoded, "
                    + rejected + " rejected " + codes + ";");
            for (Op op : Op.values()) {
                out.append(' ').append(op).append(' ').append(decodedBy[op.ordinal()]).append('/')
                        .append(rejectedBy[op.ordinal()]);
            }
            return out.toString();
        }
    }
}
