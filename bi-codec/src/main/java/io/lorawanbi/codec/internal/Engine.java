package io.lorawanbi.codec.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.lorawanbi.codec.BiDecodeException;
import io.lorawanbi.codec.BiEncodeException;
import io.lorawanbi.codec.CodecLimits;
import io.lorawanbi.codec.MemberProblem;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.Role;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.object.VSExtension;
import io.lorawanbi.model.validation.BiGroups;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The wire format engine behind {@code BiCodec}: Jackson's streaming parser and generator driven by
 * the field tables. Immutable and thread-safe; every call allocates its own parser state.
 */
public final class Engine {

    private static final Version MIN_JACKSON = new Version(2, 18, 0, null, "com.fasterxml.jackson.core", "jackson-core");

    private final JsonFactory json;
    private final CodecLimits limits;
    private final RuleCheck validator;
    private final boolean strictNsids;
    private final Class<?>[] inbound1_0;
    private final Class<?>[] inbound1_1;
    private final Class<?>[] outbound1_0;
    private final Class<?>[] outbound1_1;
    private final MessageTable table = MessageTable.INSTANCE;

    /**
     * An engine.
     *
     * @param limits the decoding limits
     * @param validator the rules to apply after decoding and before encoding, or {@code null} for none
     * @param strictNsids whether 1.1 NS requests must carry SenderNSID and 1.0 messages must not carry NSIDs
     * @throws IllegalStateException if the jackson-core on the class or module path is older than 2.18
     */
    public Engine(CodecLimits limits, RuleCheck validator, boolean strictNsids) {
        Version found = com.fasterxml.jackson.core.json.PackageVersion.VERSION;
        if (found.compareTo(MIN_JACKSON) < 0) {
            throw new IllegalStateException("bi-codec needs jackson-core 2.18 or newer, found " + found);
        }
        this.limits = limits;
        this.validator = validator;
        this.strictNsids = strictNsids;
        this.inbound1_0 = BiGroups.of(ProtocolVersion.V1_0, strictNsids);
        this.inbound1_1 = BiGroups.of(ProtocolVersion.V1_1, strictNsids);
        this.outbound1_0 = BiGroups.outbound(ProtocolVersion.V1_0, strictNsids);
        this.outbound1_1 = BiGroups.outbound(ProtocolVersion.V1_1, strictNsids);
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxBodyBytes())
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxNameLength(Math.min(limits.maxStringLength(), 1024))
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(limits.maxDepth()).build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    // ------------------------------------------------------------------------------------ decoding

    /** Decodes and (when a validator is set) validates one message. */
    public BiMessage decode(byte[] body, int length) {
        ReadContext ctx = new ReadContext(limits);
        Object[] slots = new Object[table.slots.length];
        readTopLevel(body, length, ctx, slots, table.slotIndex, table.slots);

        String rawType = (String) slots[MessageTable.MESSAGE_TYPE];
        MessageType type = rawType == null ? null : MessageType.fromWireName(rawType).orElse(null);
        Header header = header(slots, type, ctx, true);
        ProtocolVersion version = header.protocolVersion();
        if (version != null && !version.isSupported()) {
            throw unsupported(header, rawType);
        }
        ResultCode malformed = malformed(version);
        if (version == null) {
            ctx.problemAt("ProtocolVersion", "is required");
        }
        if (type == null) {
            ctx.problemAt("MessageType", rawType == null ? "is required" : "is not a Backend Interfaces message type");
            throw new BiDecodeException(malformed, ordered(ctx.problems()), header, rawType);
        }
        List<MemberProblem> problems = relevant(ctx.problems(), table.membersByType.get(type));
        if (!problems.isEmpty()) {
            throw new BiDecodeException(malformed, problems, header, rawType);
        }
        return complete(slots, header, type, rawType);
    }

    /**
     * Reads a request in one pass for a receiver: the header checked as {@link #peekHeader} checks it for
     * a request, every other member read into its slot but neither built into the record nor validated
     * until {@link PendingRequest#decode()}. A body with any problem, or a header that
     * {@code peekHeader} would refuse, takes the two-pass path instead, so that what a sender is told
     * before {@code decode()} depends on its header alone.
     *
     * @throws BiDecodeException as {@link #peekHeader} with {@code request} true
     */
    public PendingRequest readRequest(byte[] body, int length) {
        ReadContext ctx = new ReadContext(limits);
        Object[] slots = new Object[table.slots.length];
        Header header = null;
        String rawType = null;
        try {
            readTopLevel(body, length, ctx, slots, table.slotIndex, table.slots);
            rawType = (String) slots[MessageTable.MESSAGE_TYPE];
            MessageType type = rawType == null ? null : MessageType.fromWireName(rawType).orElse(null);
            header = header(slots, type, ctx, true);
        } catch (BiDecodeException e) {
            header = null; // refused: the header-only pass says why
        }
        if (header == null || ctx.hasProblems() || header.protocolVersion() == null
                || !header.protocolVersion().isSupported() || header.senderId() == null
                || header.receiverId() == null || header.transactionId() == null || header.messageType() == null
                || !header.messageType().isRequest()) {
            Header peeked = peekHeader(body, length, true);
            return new PendingRequest(peeked, () -> decode(body, length));
        }
        Header read = header;
        String wireType = rawType;
        return new PendingRequest(read, () -> complete(slots, read, read.messageType(), wireType));
    }

    /** Builds the record of a message read without problems, and validates it when a validator is set. */
    private BiMessage complete(Object[] slots, Header header, MessageType type, String rawType) {
        ProtocolVersion version = header.protocolVersion();
        MessageDescriptor<?> d = table.byType.get(type);
        Object[] values = new Object[d.slots.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = slots[d.slots[i]];
        }
        BiMessage message = d.create(header, values);
        if (validator != null) {
            List<MemberProblem> violations = validate(message, version, false);
            if (!violations.isEmpty()) {
                throw new BiDecodeException(malformed(version), violations, header, rawType);
            }
        }
        return message;
    }

    /** The refusal of a version this library does not speak; the reason never quotes the version text. */
    private static BiDecodeException unsupported(Header header, String rawType) {
        return new BiDecodeException(ResultCode.InvalidProtocolVersion, List.of(new MemberProblem("ProtocolVersion",
                "is not supported; this receiver speaks 1.0 and 1.1")), header, rawType);
    }

    /**
     * Reads the header of a message, skipping every other member. For a request ({@code request} true)
     * an unsupported version is refused first, as {@link #decode} does, and a MessageType that is not a
     * request type is refused after the required members.
     */
    public Header peekHeader(byte[] body, int length, boolean request) {
        ReadContext ctx = new ReadContext(limits);
        Object[] slots = new Object[MessageTable.HEADER_SLOTS];
        readTopLevel(body, length, ctx, slots, table.headerIndex, table.headerFields);
        String rawType = (String) slots[MessageTable.MESSAGE_TYPE];
        MessageType type = rawType == null ? null : MessageType.fromWireName(rawType).orElse(null);
        Header header = header(slots, type, ctx, false);
        if (request && header.protocolVersion() != null && !header.protocolVersion().isSupported()) {
            throw unsupported(header, rawType);
        }
        String[] required = {"ProtocolVersion", "SenderID", "ReceiverID", "TransactionID", "MessageType"};
        Object[] present = {header.protocolVersion(), header.senderId(), header.receiverId(),
                header.transactionId(), header.messageType()};
        for (int i = 0; i < required.length; i++) {
            if (present[i] == null && !hasProblemAt(ctx.problems(), required[i])) {
                ctx.problemAt(required[i], rawType != null && i == 4 ? "is not a Backend Interfaces message type"
                        : "is required");
            }
        }
        if (ctx.hasProblems()) {
            throw new BiDecodeException(malformed(header.protocolVersion()), ordered(ctx.problems()), header, rawType);
        }
        if (request && !header.messageType().isRequest()) {
            throw new BiDecodeException(malformed(header.protocolVersion()), List.of(new MemberProblem("MessageType",
                    "is " + header.messageType() + ", not a request")), header, rawType);
        }
        return header;
    }

    private void readTopLevel(byte[] body, int length, ReadContext ctx, Object[] slots,
            java.util.Map<String, Integer> index, Field<?>[] fields) {
        if (length == 0) {
            throw new BiDecodeException(ResultCode.MalformedRequest, List.of(new MemberProblem("", "the body is empty")),
                    null, null);
        }
        if (length > limits.maxBodyBytes()) {
            throw new BiDecodeException(ResultCode.MalformedRequest, List.of(new MemberProblem("",
                    "the body of " + length + " bytes exceeds the limit of " + limits.maxBodyBytes())), null, null);
        }
        try (JsonParser p = json.createParser(body, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new Fatal("", "the body must be a JSON object");
            }
            ObjectCodec.readMembers(p, ctx, index, fields, slots);
            if (p.nextToken() != null) {
                throw new Fatal("", "content follows the JSON object");
            }
            if (!Utf8.isUtf8Json(body, length)) {
                throw new Fatal("", "the body is not valid UTF-8");
            }
        } catch (Fatal f) {
            throw fatal(f.path(), f.getMessage(), slots, ctx);
        } catch (IOException e) {
            Fatal f = ctx.fatalFrom(e);
            throw fatal(f.path(), f.getMessage(), slots, ctx);
        }
    }

    /** A fatal read error, with whatever header members were read before it. */
    private BiDecodeException fatal(String path, String reason, Object[] slots, ReadContext ctx) {
        String rawType = (String) slots[MessageTable.MESSAGE_TYPE];
        MessageType type = rawType == null ? null : MessageType.fromWireName(rawType).orElse(null);
        ReadContext scratch = new ReadContext(limits);
        Header header = header(slots, type, scratch, false);
        List<MemberProblem> problems = new ArrayList<>();
        problems.add(new MemberProblem(path, reason));
        problems.addAll(ctx.problems());
        return new BiDecodeException(malformed(header.protocolVersion()), problems, header, rawType);
    }

    private Header header(Object[] slots, MessageType type, ReadContext ctx, boolean decoding) {
        String rawVersion = (String) slots[MessageTable.PROTOCOL_VERSION];
        ProtocolVersion version = rawVersion == null ? null : ProtocolVersion.of(rawVersion);
        Role senderRole = type == null ? Role.ANY : type.senderRole();
        Role receiverRole = type == null ? Role.ANY : type.receiverRole();
        PartyID sender = party((String) slots[MessageTable.SENDER_ID], senderRole, "SenderID", ctx);
        PartyID receiver = party((String) slots[MessageTable.RECEIVER_ID], receiverRole, "ReceiverID", ctx);
        EUI64 senderNsid = (EUI64) slots[MessageTable.SENDER_NSID];
        EUI64 receiverNsid = (EUI64) slots[MessageTable.RECEIVER_NSID];
        if (ProtocolVersion.V1_0.equals(version) && (senderNsid != null || receiverNsid != null)) {
            if (strictNsids && decoding) {
                ctx.problemAt(senderNsid != null ? "SenderNSID" : "ReceiverNSID", "is a 1.1 member, not allowed in 1.0");
            }
            senderNsid = null; // a 1.0 message has no NSIDs: stray ones are dropped, never echoed
            receiverNsid = null;
        }
        return new Header(version, sender, receiver, (Long) slots[MessageTable.TRANSACTION_ID], type,
                (HexBytes) slots[MessageTable.SENDER_TOKEN], (HexBytes) slots[MessageTable.RECEIVER_TOKEN],
                senderNsid, receiverNsid, (VSExtension) slots[MessageTable.VS_EXTENSION]);
    }

    private static PartyID party(String raw, Role role, String member, ReadContext ctx) {
        if (raw == null) {
            return null;
        }
        try {
            return PartyID.parse(role, raw);
        } catch (IllegalArgumentException e) {
            ctx.problemAt(member, e.getMessage());
            return null;
        }
    }

    private List<MemberProblem> validate(BiMessage message, ProtocolVersion version, boolean outbound) {
        List<MemberProblem> violations = validator.check(message, groups(version, outbound));
        return violations.isEmpty() ? violations : ordered(violations);
    }

    private Class<?>[] groups(ProtocolVersion version, boolean outbound) {
        if (ProtocolVersion.V1_0.equals(version)) {
            return outbound ? outbound1_0 : inbound1_0;
        }
        if (ProtocolVersion.V1_1.equals(version)) {
            return outbound ? outbound1_1 : inbound1_1;
        }
        return outbound ? BiGroups.outbound(version, strictNsids) : BiGroups.of(version, strictNsids);
    }

    private static List<MemberProblem> relevant(List<MemberProblem> problems, Set<String> members) {
        if (problems.isEmpty()) {
            return problems;
        }
        List<MemberProblem> out = new ArrayList<>();
        for (MemberProblem p : problems) {
            String path = p.memberPath();
            int end = path.length();
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c == '.' || c == '[') {
                    end = i;
                    break;
                }
            }
            if (path.isEmpty() || members.contains(path.substring(0, end))) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<MemberProblem> ordered(List<MemberProblem> problems) {
        List<MemberProblem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparing(MemberProblem::memberPath).thenComparing(MemberProblem::reason));
        return out;
    }

    private static boolean hasProblemAt(List<MemberProblem> problems, String path) {
        for (MemberProblem p : problems) {
            if (p.memberPath().equals(path)) {
                return true;
            }
        }
        return false;
    }

    /** MalformedRequest for 1.0 and when no version is known (every peer understands it), else MalformedMessage. */
    private static ResultCode malformed(ProtocolVersion version) {
        return version == null || ProtocolVersion.V1_0.equals(version) || !version.isSupported()
                ? ResultCode.MalformedRequest : ResultCode.MalformedMessage;
    }

    // ------------------------------------------------------------------------------------ encoding

    /** Validates (when a validator is set) and encodes a message in its own protocol version. */
    public byte[] encode(BiMessage message) {
        return encode(message, true);
    }

    /**
     * Encodes a message in its own protocol version, validating it first when {@code validate} is true
     * and a validator is set.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public byte[] encode(BiMessage message, boolean validate) {
        ProtocolVersion version = message.header().protocolVersion();
        if (version == null) {
            throw new BiEncodeException(List.of(new MemberProblem("ProtocolVersion", "is required")));
        }
        if (validate && validator != null) {
            List<MemberProblem> violations = validate(message, version, true);
            if (!violations.isEmpty()) {
                throw new BiEncodeException(violations);
            }
        }
        MessageDescriptor d = table.byClass.get(message.getClass());
        BufferRecycler recycler = json._getBufferRecycler(); // the output buffer is reused, only the result is new
        ByteArrayBuilder out = new ByteArrayBuilder(recycler);
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            ObjectCodec.writeMembers(g, message.header(), version, table.headerFields);
            ObjectCodec.writeMembers(g, message, version, d.fields);
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("encoding into memory failed", e);
        }
        byte[] bytes = out.toByteArray();
        out.release();
        recycler.releaseToPool();
        return bytes;
    }
}
