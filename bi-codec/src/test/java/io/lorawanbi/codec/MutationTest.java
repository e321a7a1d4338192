package io.lorawanbi.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.testsupport.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Mutants of the encoded fixtures, made by a seeded generator: whatever the bytes, decoding and
 * peeking yield a value or a {@link BiDecodeException}, and what decodes encodes again.
 */
class MutationTest {

    private static final long SEED = 0x4C6F5261574E4249L;
    private static final int MUTANTS_PER_SOURCE = 500;
    private static final BiCodec STANDARD = BiCodec.standard();
    private static final BiCodec TIGHT = BiCodec.builder().limits(new CodecLimits(8 * 1024, 8, 256, 24, 8, 32)).build();
    private static final Set<ResultCode> CODES =
            Set.of(ResultCode.MalformedRequest, ResultCode.MalformedMessage, ResultCode.InvalidProtocolVersion);
    private static final String[] LITERALS = {"\"x\"", "\"\"", "\"0102030405060708\"", "\"0x\"", "\"\\u0000\"",
        "\"\u00e9\u20ac\"", "0", "-1", "1.5", "-0", "1e400", "4294967296", "{}", "[]", "{\"a\":1}", "[1,\"x\",null]",
        "null", "true", "false", "[{}]"};

    enum Op {
        FLIP_BITS, REPLACE_BYTES, DELETE_RANGE, INSERT_BYTES, TRUNCATE, DUPLICATE_MEMBER, DROP_MEMBER, RETYPE_VALUE,
        DEEP_NESTING, HUGE_STRING, LONG_NUMBER, SWAP_MEMBERS
    }

    private record Source(String name, byte[] json, List<Member> members) {}

    /** A member of an object in a source: the object's number, where its name starts, its value starts and ends. */
    private record Member(int object, int start, int valueStart, int end) {}

    private record Mutant(int index, Op op, Source source, BiCodec codec, byte[] bytes) {}

    @Test
    void every_mutant_of_every_fixture_decodes_or_fails_with_a_decode_exception() {
        List<Source> sources = sources();
        for (Source s : sources) {
            assertThat(STANDARD.decode(s.json())).as(s.name()).isNotNull();
            assertThat(TIGHT.decode(s.json())).as(s.name()).isNotNull();
        }
        Tally tally = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(sources));
        assertThat(tally.mutants).as(tally.toString()).isGreaterThanOrEqualTo(20_000);
        assertThat(tally.decoded).as("some mutants decode: %s", tally).isPositive();
        assertThat(tally.rejected).as("most mutants fail: %s", tally).isGreaterThan(tally.mutants / 2);
        assertThat(tally.codes.keySet()).as(tally.toString())
                .containsExactlyInAnyOrder("MalformedRequest", "MalformedMessage", "InvalidProtocolVersion");
        for (Op op : Op.values()) {
            if (op != Op.SWAP_MEMBERS) {
                assertThat(tally.rejectedBy[op.ordinal()]).as("%s rejects some mutants: %s", op, tally).isPositive();
            }
        }
        assertThat(tally.rejectedBy[Op.SWAP_MEMBERS.ordinal()]).as("members in any order decode: %s", tally).isZero();
    }

    /**
     * The mutants this test checks, in its order, with the codec each is meant for: for other tests
     * that feed the same corpus elsewhere (the README snippet's decode-and-answer path).
     */
    static void forEachMutant(java.util.function.BiConsumer<BiCodec, byte[]> consumer) {
        List<Source> sources = sources();
        Op[] ops = Op.values();
        for (int i = 0; i < sources.size() * MUTANTS_PER_SOURCE; i++) {
            Random random = new Random(SEED + i);
            Source source = sources.get(i % sources.size());
            BiCodec codec = i % 3 == 0 ? TIGHT : STANDARD;
            consumer.accept(codec, mutate(ops[(i / sources.size()) % ops.length], source, codec.limits(), random));
        }
    }

    private static Tally run(List<Source> sources) {
        Tally tally = new Tally();
        long started = System.nanoTime();
        int total = sources.size() * MUTANTS_PER_SOURCE;
        Op[] ops = Op.values();
        for (int i = 0; i < total; i++) {
            Random random = new Random(SEED + i);
            Source source = sources.get(i % sources.size());
            Op op = ops[(i / sources.size()) % ops.length];
            BiCodec codec = i % 3 == 0 ? TIGHT : STANDARD;
            check(new Mutant(i, op, source, codec, mutate(op, source, codec.limits(), random)), tally);
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
            if (!fromStream.equals(outcome)) {
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
                throw failure(m, "re-encoding is not stable: " + text(encoded, 0, encoded.length) + " then "
                        + text(again, 0, again.length), null);
            }
        } catch (AssertionFailedError e) {
            throw e;
        } catch (Throwable t) {
            throw failure(m, "re-encoding the decoded " + decoded.messageType() + " threw", t);
        }
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
                + (cause == null ? "" : ": " + cause) + "\n" + hex(m.bytes());
        return new AssertionFailedError(message, cause);
    }

    // ------------------------------------------------------------------------------ mutation

    private static byte[] mutate(Op op, Source source, CodecLimits limits, Random r) {
        byte[] s = source.json();
        List<Member> members = source.members();
        Member a = members.get(r.nextInt(members.size()));
        switch (op) {
            case FLIP_BITS: {
                byte[] out = s.clone();
                for (int n = 1 + r.nextInt(3); n > 0; n--) {
                    out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return out;
            }
            case REPLACE_BYTES: {
                byte[] out = s.clone();
                byte[] special = "\"{}[],:\\0-+ e.\u0000\u007f".getBytes(UTF_8);
                for (int n = 1 + r.nextInt(3); n > 0; n--) {
                    int b = r.nextBoolean() ? 0x80 + r.nextInt(0x80) : special[r.nextInt(special.length)];
                    out[r.nextInt(out.length)] = (byte) b;
                }
                return out;
            }
            case DELETE_RANGE: {
                int from = r.nextInt(s.length);
                return splice(s, from, Math.min(s.length, from + 1 + r.nextInt(32)), new byte[0]);
            }
            case INSERT_BYTES: {
                byte[] bytes = new byte[1 + r.nextInt(8)];
                r.nextBytes(bytes);
                int at = r.nextInt(s.length + 1);
                return splice(s, at, at, bytes);
            }
            case TRUNCATE:
                return Arrays.copyOf(s, r.nextInt(s.length));
            case DUPLICATE_MEMBER: {
                byte[] member = (text(s, a.start(), a.end()) + ",").getBytes(UTF_8);
                int at = r.nextInt(4) == 0 ? 1 : a.start(); // at the top or beside itself
                return splice(s, at, at, member);
            }
            case DROP_MEMBER:
                if (s[a.end()] == ',') {
                    return splice(s, a.start(), a.end() + 1, new byte[0]);
                }
                return splice(s, s[a.start() - 1] == ',' ? a.start() - 1 : a.start(), a.end(), new byte[0]);
            case RETYPE_VALUE:
                return splice(s, a.valueStart(), a.end(), LITERALS[r.nextInt(LITERALS.length)].getBytes(UTF_8));
            case DEEP_NESTING: {
                int n = 1 + r.nextInt(limits.maxDepth());
                if (r.nextBoolean()) {
                    String open = "{\"VSExtension\":{\"Object\":".repeat(n);
                    return (open + new String(s, UTF_8) + "}}".repeat(n)).getBytes(UTF_8);
                }
                String value = text(s, a.valueStart(), a.end());
                String nested = r.nextBoolean() ? "[".repeat(n) + value + "]".repeat(n)
                        : "{\"a\":".repeat(n) + value + "}".repeat(n);
                return splice(s, a.valueStart(), a.end(), nested.getBytes(UTF_8));
            }
            case HUGE_STRING: {
                String unit = r.nextBoolean() ? "A" : "\u00e9";
                String huge = "\"" + unit.repeat(limits.maxStringLength() + 1 + r.nextInt(64)) + "\"";
                if (r.nextBoolean()) {
                    return splice(s, a.valueStart(), a.end(), huge.getBytes(UTF_8));
                }
                return splice(s, 1, 1, ("\"Foo\":" + huge + ",").getBytes(UTF_8));
            }
            case LONG_NUMBER: {
                String digits = "9".repeat(limits.maxNumberLength() - 1 + r.nextInt(4));
                String[] forms = {digits, "-" + digits, "0." + digits, "1e" + digits, "-1E-" + digits};
                return splice(s, a.valueStart(), a.end(), forms[r.nextInt(forms.length)].getBytes(UTF_8));
            }
            case SWAP_MEMBERS: {
                List<Member> siblings = members.stream().filter(x -> x.object() == a.object() && x != a).toList();
                if (siblings.isEmpty()) {
                    return s.clone();
                }
                Member b = siblings.get(r.nextInt(siblings.size()));
                Member first = a.start() < b.start() ? a : b;
                Member second = first == a ? b : a;
                String swapped = text(s, 0, first.start()) + text(s, second.start(), second.end())
                        + text(s, first.end(), second.start()) + text(s, first.start(), first.end())
                        + text(s, second.end(), s.length);
                return swapped.getBytes(UTF_8);
            }
            default:
                throw new IllegalStateException(op.name());
        }
    }

    private static byte[] splice(byte[] s, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length + insert.length);
        out.write(s, 0, from);
        out.writeBytes(insert);
        out.write(s, to, s.length - to);
        return out.toByteArray();
    }

    private static String text(byte[] s, int from, int to) {
        return new String(s, from, to - from, UTF_8);
    }

    // ------------------------------------------------------------------------------ sources

    private static List<Source> sources() {
        return Stream.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1)
                .flatMap(v -> Fixtures.all(v).stream())
                .map(m -> {
                    byte[] json = STANDARD.encode(m);
                    List<Member> members = new ArrayList<>();
                    scan(json, 0, members, new int[1]);
                    return new Source(m.messageType() + " " + m.protocolVersion(), json, members);
                })
                .toList();
    }

    /** Scans the compact JSON value at {@code i}, recording the members of objects; returns the index after it. */
    private static int scan(byte[] s, int i, List<Member> out, int[] objects) {
        switch (s[i]) {
            case '{': {
                int object = objects[0]++;
                i++;
                while (s[i] != '}') {
                    int valueStart = stringEnd(s, i) + 1;
                    int end = scan(s, valueStart, out, objects);
                    out.add(new Member(object, i, valueStart, end));
                    i = s[end] == ',' ? end + 1 : end;
                }
                return i + 1;
            }
            case '[': {
                i++;
                while (s[i] != ']') {
                    int end = scan(s, i, out, objects);
                    i = s[end] == ',' ? end + 1 : end;
                }
                return i + 1;
            }
            case '"':
                return stringEnd(s, i);
            default:
                while (i < s.length && ",}]".indexOf(s[i]) < 0) {
                    i++;
                }
                return i;
        }
    }

    private static int stringEnd(byte[] s, int quote) {
        int i = quote + 1;
        while (s[i] != '"') {
            i += s[i] == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(bytes.length, 4096);
        for (int i = 0; i < shown; i += 32) {
            out.append(String.format("%05d ", i));
            for (int j = i; j < Math.min(i + 32, shown); j++) {
                out.append(String.format("%02X", bytes[j] & 0xFF));
            }
            out.append('\n');
        }
        if (bytes.length > shown) {
            out.append("… (").append(bytes.length).append(" bytes)");
        }
        return out.toString();
    }

    private static final class Tally {
        int mutants;
        int decoded;
        int rejected;
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
