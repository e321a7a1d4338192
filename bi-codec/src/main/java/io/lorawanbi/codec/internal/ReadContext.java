package io.lorawanbi.codec.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import com.fasterxml.jackson.core.JsonToken;
import io.lorawanbi.codec.CodecLimits;
import io.lorawanbi.codec.MemberProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one decoding: the limits, the member path of the value being read (kept as a stack,
 * turned into text only when a problem is recorded), and the problems found so far. Not thread-safe:
 * one per decode call.
 */
final class ReadContext {

    private static final int MAX_PROBLEMS = 32;

    final CodecLimits limits;
    private String[] names = new String[8];
    private int[] indexes = new int[8];
    private int depth;
    private final CharView view = new CharView();
    private List<MemberProblem> problems;

    ReadContext(CodecLimits limits) {
        this.limits = limits;
    }

    /** Enters a member of the current object. */
    void push(String name) {
        grow();
        names[depth] = name;
        indexes[depth] = -1;
        depth++;
    }

    /** Enters an element of the current array. */
    void pushIndex(int index) {
        grow();
        names[depth] = null;
        indexes[depth] = index;
        depth++;
    }

    private void grow() {
        if (depth == names.length) {
            names = java.util.Arrays.copyOf(names, depth * 2);
            indexes = java.util.Arrays.copyOf(indexes, depth * 2);
        }
    }

    /**
     * The current string token's text as a view over the parser's buffer, valid until the parser
     * moves: lets hex values be decoded without creating a String. Checks the length limit.
     */
    CharSequence textView(JsonParser p) throws IOException {
        int length = p.getTextLength();
        checkLength(length);
        return view.set(p.getTextCharacters(), p.getTextOffset(), length);
    }

    void pop() {
        depth--;
    }

    /** The current member path: {@code ULMetaData.GWInfo[0].RSSI}. */
    String path() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (names[i] != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(names[i]);
            } else {
                out.append('[').append(indexes[i]).append(']');
            }
        }
        return out.toString();
    }

    /** Records a problem at the current path. */
    void problem(String reason) {
        if (problems == null) {
            problems = new ArrayList<>(4);
        }
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new MemberProblem(path(), reason));
        }
    }

    /** Records a problem at a given top-level path. */
    void problemAt(String path, String reason) {
        if (problems == null) {
            problems = new ArrayList<>(4);
        }
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new MemberProblem(path, reason));
        }
    }

    boolean hasProblems() {
        return problems != null && !problems.isEmpty();
    }

    List<MemberProblem> problems() {
        return problems == null ? List.of() : problems;
    }

    /** A fatal error at the current path. */
    Fatal fatal(String reason) {
        return new Fatal(path(), reason);
    }

    /**
     * The fatal error for a parser failure at the current path, with a reason that never quotes the
     * input (parser messages may contain fragments of it).
     */
    Fatal fatalFrom(IOException e) {
        return fatalFrom(e, null);
    }

    /**
     * The fatal error for a parser failure in a member of the current object whose name has been
     * read, or, when {@code member} is {@code null}, at the current path.
     */
    Fatal fatalFrom(IOException e, String member) {
        String here = path();
        String path = member == null ? here : here.isEmpty() ? member : here + "." + member;
        String reason;
        if (e instanceof StreamConstraintsException sce) {
            reason = limitReason(String.valueOf(sce.getOriginalMessage()));
        } else if (e instanceof JsonEOFException) {
            reason = "the body ends before the JSON object does";
        } else if (e instanceof CharConversionException) {
            reason = "the body is not valid UTF-8";
        } else if (e instanceof JsonProcessingException jpe) {
            String m = String.valueOf(jpe.getOriginalMessage());
            if (m.contains("UTF-8") || m.contains("UTF8")) {
                reason = "the body is not valid UTF-8";
            } else {
                var loc = jpe.getLocation();
                reason = "the body is not valid JSON"
                        + (loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")");
            }
        } else {
            reason = "the body cannot be read";
        }
        return new Fatal(path, reason);
    }

    private String limitReason(String m) {
        if (m.contains("nesting depth")) {
            return "nesting exceeds the limit of " + limits.maxDepth() + " levels";
        }
        if (m.contains("String value length")) {
            return "a string exceeds the limit of " + limits.maxStringLength() + " characters";
        }
        if (m.contains("Number value length")) {
            return "a number exceeds the limit of " + limits.maxNumberLength() + " characters";
        }
        if (m.contains("Name length")) {
            return "a member name is too long";
        }
        if (m.contains("Document length")) {
            return "the body exceeds the limit of " + limits.maxBodyBytes() + " bytes";
        }
        return "the body exceeds a decoding limit";
    }

    /** Checks a string value against the length limit. */
    String checkString(String text) {
        checkLength(text.length());
        return text;
    }

    private void checkLength(int length) {
        if (length > limits.maxStringLength()) {
            throw fatal("string of " + length + " characters exceeds the limit of " + limits.maxStringLength());
        }
    }

    /** Checks the member count of an object against the limit. */
    void checkMembers(int count) {
        if (count > limits.maxMembers()) {
            throw fatal("object has more than " + limits.maxMembers() + " members");
        }
    }

    /** Checks the element count of an array against the limit. */
    void checkElements(int count) {
        if (count > limits.maxArrayLength()) {
            throw fatal("array has more than " + limits.maxArrayLength() + " elements");
        }
    }

    /**
     * Skips the value at the current token, counting members and elements against the limits (the
     * parser bounds depth, string and number length itself).
     */
    void skip(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            int members = 0;
            java.util.Set<String> names = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                checkMembers(++members);
                if (names == null) {
                    names = new java.util.HashSet<>();
                }
                if (!names.add(name)) {
                    push(name);
                    throw fatal("duplicate member");
                }
                p.nextToken();
                skip(p);
            }
        } else if (t == JsonToken.START_ARRAY) {
            int elements = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                checkElements(++elements);
                skip(p);
            }
        } else if (t == JsonToken.VALUE_STRING) {
            checkString(p.getText());
        }
    }
}
