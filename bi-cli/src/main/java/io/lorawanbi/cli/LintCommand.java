package io.lorawanbi.cli;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.codec.BiDecodeException;
import io.lorawanbi.codec.MemberProblem;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.BiMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code bi lint}: decodes and validates message files and says what a receiver would answer. */
@Command(name = "lint", descriptionHeading = "%n", optionListHeading = "%nOptions:%n", parameterListHeading = "%nParameters:%n",
        description = {
    "Decodes and validates each message as a receiver would. Prints per file 'OK <MessageType> <version>' "
            + "(with a 'note:' line per deviation a receiver tolerates, such as a negative TransactionID), or "
            + "one line per problem: the ResultCode a receiver would answer with, the member path and the reason.",
    "A bare Result body ({\"ResultCode\":...,\"Description\":...}, the error body some servers send with HTTP 4xx) "
            + "is named as such.",
    "Exit status 0 when every file is OK, 1 when a message is not, 2 when a file cannot be read."})
final class LintCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "A message file, or - for standard input.")
    private List<String> files;

    private final Console console;

    LintCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        BiCodec codec = BiCodec.standard();
        int limit = codec.limits().maxBodyBytes();
        PrintStream out = console.out();
        boolean failed = false;
        boolean unreadable = false;
        for (String name : files) {
            String label = name.equals("-") ? "<stdin>" : name;
            Body body;
            try {
                body = read(name, limit);
            } catch (UsageException e) {
                console.err().println("bi lint: " + e.getMessage());
                console.err().flush();
                unreadable = true;
                continue;
            }
            if (body.size() > limit) {
                failed = true;
                out.println(label + ": " + ResultCode.MalformedRequest + " (body): the body is " + body.size()
                        + " bytes, over the limit of " + limit + " bytes");
                continue;
            }
            try {
                BiMessage m = codec.decode(body.bytes());
                out.println(label + ": OK " + m.messageType() + " " + m.protocolVersion());
                for (String note : LintNotes.of(body.bytes())) {
                    out.println(label + ": " + note);
                }
            } catch (BiDecodeException e) {
                failed = true;
                report(label, body.bytes(), e, out);
            }
        }
        out.flush();
        return unreadable ? Main.CANNOT_RUN : failed ? Main.FAILED : Main.OK;
    }

    private static void report(String label, byte[] body, BiDecodeException e, PrintStream out) {
        var bare = BareResult.read(body);
        if (bare.isPresent()) {
            String d = bare.get().description();
            out.println(label + ": not a message but a bare Result, ResultCode " + bare.get().resultCode()
                    + (d == null ? "" : " (" + d + ")")
                    + ": the error body some servers send with an HTTP 4xx status instead of an answer");
            return;
        }
        for (MemberProblem p : e.problems()) {
            out.println(label + ": " + e.resultCode() + " " + (p.memberPath().isEmpty() ? "(body)" : p.memberPath())
                    + ": " + p.reason());
        }
    }

    /** The first bytes of a body (up to the limit plus one) and its real size. */
    private record Body(byte[] bytes, long size) {}

    private Body read(String name, int limit) {
        if (name.equals("-")) {
            try {
                byte[] head = console.in().readNBytes(limit + 1);
                long rest = head.length > limit ? console.in().transferTo(OutputStream.nullOutputStream()) : 0;
                return new Body(head, head.length + rest);
            } catch (IOException e) {
                throw new UsageException("cannot read standard input: " + Errors.plain(e));
            }
        }
        Path file = Path.of(name);
        if (Files.isDirectory(file)) {
            throw new UsageException(file + " is a directory, not a message file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(limit + 1);
            return new Body(head, head.length > limit ? Files.size(file) : head.length);
        } catch (IOException e) {
            throw new UsageException(Errors.cannotRead(file, e));
        }
    }
}
