package io.lorawanbi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintTest {

    private static final String GOOD = "{\"ProtocolVersion\":\"1.1\",\"SenderID\":\"000013\",\"SenderNSID\":\"0000000000000001\","
            + "\"ReceiverID\":\"70B3D57ED0000000\",\"TransactionID\":7,\"MessageType\":\"HomeNSReq\",\"DevEUI\":\"0102030405060708\"}";

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_valid_message_is_ok(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.json"), GOOD);
        Bi bi = Bi.run("lint", good.toString());
        assertThat(bi.status()).isZero();
        assertThat(bi.out()).isEqualTo(good + ": OK HomeNSReq 1.1\n");
    }

    @Test
    void a_tolerated_transaction_id_is_ok_with_a_note_saying_how_it_was_read() {
        Bi negative = Bi.run(utf8(GOOD.replace("\"TransactionID\":7", "\"TransactionID\":-838178284")), "lint", "-");
        assertThat(negative.status()).isZero();
        assertThat(negative.out()).isEqualTo("<stdin>: OK HomeNSReq 1.1\n<stdin>: note: TransactionID -838178284 is negative; "
                + "it was read as its unsigned 32-bit value 3456789012 (a sender that holds it in a signed integer), and an "
                + "answer carries 3456789012; TransactionID is unsigned (§2.1)\n");

        Bi exponent = Bi.run(utf8(GOOD.replace("\"TransactionID\":7", "\"TransactionID\":1e9")), "lint", "-");
        assertThat(exponent.status()).isZero();
        assertThat(exponent.out()).contains("<stdin>: note: TransactionID 1e9 was read as 1000000000;");

        Bi plain = Bi.run(utf8(GOOD), "lint", "-");
        assertThat(plain.out()).doesNotContain("note:");
    }

    @Test
    void every_problem_of_a_message_is_printed_not_only_the_first() {
        // Three faults: SenderID too short, DevEUI not hex, TransactionID not a number.
        String bad = GOOD.replace("\"000013\"", "\"0013\"").replace("\"0102030405060708\"", "\"01020304050607ZZ\"")
                .replace("\"TransactionID\":7", "\"TransactionID\":\"seven\"");
        Bi bi = Bi.run(utf8(bad), "lint", "-");
        assertThat(bi.status()).isEqualTo(1);
        String[] lines = bi.out().split("\n");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3).allSatisfy(l -> assertThat(l).startsWith("<stdin>: MalformedMessage "));
        assertThat(Arrays.stream(lines).map(l -> l.split(" ")[2])).contains("SenderID:", "DevEUI:", "TransactionID:");
    }

    @Test
    void a_bare_result_body_is_named_as_such() {
        Bi bi = Bi.run(utf8("{\"ResultCode\":\"Other\",\"Description\":\"invalid DevEUI length\"}"), "lint", "-");
        assertThat(bi.status()).isEqualTo(1);
        assertThat(bi.out()).isEqualTo("<stdin>: not a message but a bare Result, ResultCode Other (invalid DevEUI length):"
                + " the error body some servers send with an HTTP 4xx status instead of an answer\n")
                .doesNotContain("MessageType");

        Bi codeOnly = Bi.run(utf8("{\"ResultCode\":\"UnknownDevEUI\"}"), "lint", "-");
        assertThat(codeOnly.out()).startsWith("<stdin>: not a message but a bare Result, ResultCode UnknownDevEUI:");
    }

    @Test
    void a_message_with_other_members_is_not_taken_for_a_bare_result() {
        Bi bi = Bi.run(utf8("{\"ResultCode\":\"Other\",\"ProtocolVersion\":\"1.1\"}"), "lint", "-");
        assertThat(bi.status()).isEqualTo(1);
        assertThat(bi.out()).doesNotContain("bare Result").contains("MessageType");
        assertThat(BareResult.read(utf8("{\"ResultCode\":7}"))).isEmpty();
        assertThat(BareResult.read(utf8("{\"ResultCode\":\"Other\"} trailing"))).isEmpty();
        assertThat(BareResult.read(utf8("[]"))).isEmpty();
        assertThat(BareResult.read(utf8("{\"ResultCode\":\"Other\",\"ResultCode\":\"Success\"}"))).isEmpty();
    }

    @Test
    void an_oversized_file_is_reported_with_its_real_size(@TempDir Path dir) throws Exception {
        int limit = BiCodec.standard().limits().maxBodyBytes();
        byte[] big = new byte[limit * 3 + 17];
        Arrays.fill(big, (byte) ' ');
        Path file = Files.write(dir.resolve("big.json"), big);
        Bi bi = Bi.run("lint", file.toString());
        assertThat(bi.status()).isEqualTo(1);
        assertThat(bi.out()).isEqualTo(file + ": MalformedRequest (body): the body is " + big.length
                + " bytes, over the limit of " + limit + " bytes\n");

        Bi stdin = Bi.run(big, "lint", "-");
        assertThat(stdin.out()).contains("the body is " + big.length + " bytes");
    }

    @Test
    void an_unreadable_file_is_named_and_the_others_are_still_checked(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.json"), GOOD);
        Bi bi = Bi.run("lint", dir.resolve("missing.json").toString(), good.toString(), dir.toString());
        assertThat(bi.status()).isEqualTo(2);
        assertThat(bi.err()).isEqualTo("bi lint: no such file: " + dir.resolve("missing.json") + "\n"
                + "bi lint: " + dir + " is a directory, not a message file\n");
        assertThat(bi.out()).isEqualTo(good + ": OK HomeNSReq 1.1\n");
    }
}
