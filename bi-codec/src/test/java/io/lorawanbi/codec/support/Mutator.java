package io.lorawanbi.codec.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.codec.CodecLimits;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.testsupport.Fixtures;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A seeded generator of broken messages: each mutant is one operator applied to one source message
 * (an encoded fixture or a peer vector), driven by a {@link Random}. The same seed gives the same
 * bytes, so a failure names its seed and can be replayed. Shared by the codec's mutation test and the
 * server's mutation soak (through this module's test jar).
 */
public final class Mutator {

    /** The operators. */
    public enum Op {
        /** Flips 1 to 3 bits anywhere. */
        FLIP_BITS,
        /** Replaces 1 to 3 bytes with JSON punctuation or high bytes. */
        REPLACE_BYTES,
        /** Deletes up to 32 bytes. */
        DELETE_RANGE,
        /** Inserts 1 to 8 random bytes. */
        INSERT_BYTES,
        /** Cuts the body short. */
        TRUNCATE,
        /** Repeats a member, beside itself or at the top. */
        DUPLICATE_MEMBER,
        /** Removes a member. */
        DROP_MEMBER,
        /** Replaces a value with a literal of any JSON type. */
        RETYPE_VALUE,
        /** Wraps a value (or the body) in arrays or objects, up to the depth limit. */
        DEEP_NESTING,
        /** A string value one past the string limit and beyond. */
        HUGE_STRING,
        /** A number at and past the number-length limit. */
        LONG_NUMBER,
        /** Exchanges two members of one object (must never change the verdict). */
        SWAP_MEMBERS,
        /** Carries a value's content in another JSON type: {@code "5"} for 5, {@code ["x"]} for "x", ... */
        TYPE_SWAP,
        /** Writes a member name or string value with {@code \\uXXXX} escapes, valid or broken. */
        UNICODE_ESCAPE,
        /** Writes a number in another form, valid ({@code 5.0}, {@code 5e0}) or not ({@code 05}, {@code +5}, {@code NaN}). */
        NUMBER_FORM,
        /** Nests past the depth limit, balanced or not, up to tens of thousands of levels. */
        NEST_BEYOND_LIMIT
    }

    /** A member of an object in a source: the object's number, where its name starts, its value starts and ends. */
    public record Member(int object, int start, int valueStart, int end) {}

    /**
     * A message to mutate: its name, its compact JSON, its members, and whether it is a fixture (a
     * valid message by construction) rather than a peer vector (which may be refused as it is).
     */
    public record Source(String name, byte[] json, List<Member> members, boolean fixture) {

        /** A source from compact JSON (no whitespace between tokens). */
        public static Source of(String name, byte[] json, boolean fixture) {
            List<Member> members = new ArrayList<>();
            scan(json, 0, members, new int[1]);
            return new Source(name, json, List.copyOf(members), fixture);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String[] LITERALS = {"\"x\"", "\"\"", "\"0102030405060708\"", "\"0x\"", "\"\\u0000\"",
        "\"\u00e9\u20ac\"", "0", "-1", "1.5", "-0", "1e400", "4294967296", "{}", "[]", "{\"a\":1}", "[1,\"x\",null]",
        "null", "true", "false", "[{}]"};
    private static final String[] ESCAPES = {"\\u0000", "\\uD800", "\\uDFFF", "\\uD83D\\uDE00", "\\u00E9", "\\u00e9",
        "\\u12G4", "\\u12", "\\u", "\\x41", "\\/", "\\uFFFF", "\\uFEFF", "\\\"", "\\\\"};

    private Mutator() {}

    /**
     * Every source: the fixtures of both versions encoded by the standard codec, then every peer vector.
     */
    public static List<Source> sources() {
        BiCodec codec = BiCodec.standard();
        List<Source> out = new ArrayList<>();
        Stream.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1)
                .flatMap(v -> Fixtures.all(v).stream())
                .forEach(m -> out.add(Source.of(m.messageType() + " " + m.protocolVersion(), codec.encode(m), true)));
        for (PeerVectors.Vector v : PeerVectors.all()) {
            out.add(Source.of(v.name(), v.body(), false));
        }
        return List.copyOf(out);
    }

    /** One mutant: the operator applied to the source, within (and past) the given limits. */
    public static byte[] mutate(Op op, Source source, CodecLimits limits, Random r) {
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
            case TYPE_SWAP:
                return splice(s, a.valueStart(), a.end(), swapType(text(s, a.valueStart(), a.end()), r).getBytes(UTF_8));
            case UNICODE_ESCAPE: {
                boolean name = r.nextBoolean() || s[a.valueStart()] != '"';
                int from = name ? a.start() : a.valueStart();
                int to = name ? a.valueStart() - 1 : a.end(); // the quoted string, quotes included
                String quoted = text(s, from, to);
                return splice(s, from, to, escape(quoted, r).getBytes(UTF_8));
            }
            case NUMBER_FORM: {
                Member n = numberMember(members, s, r, a);
                String value = text(s, n.valueStart(), n.end());
                return splice(s, n.valueStart(), n.end(), numberForm(value, r).getBytes(UTF_8));
            }
            case NEST_BEYOND_LIMIT: {
                int depth = r.nextInt(8) == 0 ? 20_000 + r.nextInt(30_000)
                        : limits.maxDepth() + 1 + r.nextInt(limits.maxDepth() * 3 + 1);
                String value = text(s, a.valueStart(), a.end());
                String open = r.nextBoolean() ? "[" : "{\"a\":";
                String close = open.equals("[") ? "]" : "}";
                boolean balanced = r.nextBoolean();
                String nested = open.repeat(depth) + value + (balanced ? close.repeat(depth) : "");
                return splice(s, a.valueStart(), a.end(), nested.getBytes(UTF_8));
            }
            default:
                throw new IllegalStateException(op.name());
        }
    }

    private static String swapType(String value, Random r) {
        char c = value.charAt(0);
        if (c == '"') {
            String content = value.substring(1, value.length() - 1);
            String[] forms = {content.isEmpty() ? "0" : content, "[" + value + "]", "{" + value + ":" + value + "}",
                "true", content.matches("-?[0-9]+(\\.[0-9]+)?") ? content : "0"};
            return forms[r.nextInt(forms.length)];
        }
        if (c == '{') {
            String[] forms = {"[" + value + "]", "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"",
                value.length() > 2 ? "[" + value.substring(1, value.length() - 1) + "]" : "[]", "1"};
            return forms[r.nextInt(forms.length)];
        }
        if (c == '[') {
            String[] forms = {"{\"a\":" + value + "}", value.length() > 2 ? value.substring(1, value.length() - 1) : "null",
                "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\""};
            return forms[r.nextInt(forms.length)];
        }
        if (c == 't' || c == 'f' || c == 'n') {
            String[] forms = {"\"" + value + "\"", c == 't' ? "1" : "0", "[" + value + "]", "{}"};
            return forms[r.nextInt(forms.length)];
        }
        String[] forms = {"\"" + value + "\"", "[" + value + "]", "{\"v\":" + value + "}", "true", "null"};
        return forms[r.nextInt(forms.length)];
    }

    /** Escapes some characters of a quoted JSON string, or inserts an odd escape. */
    private static String escape(String quoted, Random r) {
        String inner = quoted.substring(1, quoted.length() - 1);
        StringBuilder out = new StringBuilder("\"");
        if (r.nextInt(3) == 0) { // an odd escape somewhere
            int at = inner.isEmpty() ? 0 : r.nextInt(inner.length() + 1);
            while (at > 0 && at < inner.length() && inner.charAt(at - 1) == '\\') {
                at--;
            }
            return out.append(inner, 0, at).append(ESCAPES[r.nextInt(ESCAPES.length)]).append(inner.substring(at))
                    .append('"').toString();
        }
        boolean upper = r.nextBoolean();
        for (int i = 0; i < inner.length(); i++) {
            char ch = inner.charAt(i);
            if (ch == '\\') { // keep an existing escape as it is
                out.append(ch);
                if (i + 1 < inner.length()) {
                    out.append(inner.charAt(++i));
                }
            } else if (r.nextBoolean()) {
                String hex = String.format("%04x", (int) ch);
                out.append("\\u").append(upper ? hex.toUpperCase(java.util.Locale.ROOT) : hex);
            } else {
                out.append(ch);
            }
        }
        return out.append('"').toString();
    }

    private static Member numberMember(List<Member> members, byte[] s, Random r, Member fallback) {
        List<Member> numbers = members.stream().filter(m -> {
            byte b = s[m.valueStart()];
            return b == '-' || (b >= '0' && b <= '9');
        }).toList();
        return numbers.isEmpty() ? fallback : numbers.get(r.nextInt(numbers.size()));
    }

    private static String numberForm(String n, Random r) {
        String abs = n.startsWith("-") ? n.substring(1) : n;
        String[] forms = {n + ".0", n + "e0", n + "E+0", n + "e-0", "-0", "-0.0", "0" + abs, "+" + abs, "." + abs,
            n + ".", n + "e", n + "e+", "NaN", "Infinity", "-Infinity", "0x" + abs, n + ".5", "-" + abs + ".5",
            "1e-400", "-1e-400", n + "00000000000000000000", "-" + abs, n + "e-1", n + ".000000000000000000001",
            n + "e1", "0e999999999999", "1E2", "\"" + n + "\"", n + " ", " " + n, n + "\u00a0"};
        return forms[r.nextInt(forms.length)];
    }

    private static byte[] splice(byte[] s, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length + insert.length);
        out.write(s, 0, from);
        out.writeBytes(insert);
        out.write(s, to, s.length - to);
        return out.toByteArray();
    }

    /** The UTF-8 text of a byte range. */
    public static String text(byte[] s, int from, int to) {
        return new String(s, from, to - from, UTF_8);
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

    /** The bytes as hex lines of 32, at most 4 KiB shown, for a failure message. */
    public static String hex(byte[] bytes) {
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
}
