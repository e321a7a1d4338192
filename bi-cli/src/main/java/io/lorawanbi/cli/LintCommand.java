package io.lorawanbi.cli;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.codec.BiDecodeException;
import io.lorawanbi.model.message.BiMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code bi lint}: decodes and validates message files and says what a receiver would answer. */
final class LintCommand {

    static final String USAGE = "bi lint FILE... (or - for standard input)";

    private LintCommand() {}

    static int run(Args args, InputStream stdin, PrintStream out) {
        if (args.operands().isEmpty()) {
            throw new UsageException("no file given; usage: " + USAGE);
        }
        BiCodec codec = BiCodec.standard();
        int failed = 0;
        for (String name : args.operands()) {
            byte[] body = read(name, stdin, codec.limits().maxBodyBytes() + 1);
            String label = name.equals("-") ? "<stdin>" : name;
            try {
                BiMessage m = codec.decode(body);
                out.println(label + ": OK " + m.messageType() + " " + m.protocolVersion());
            } catch (BiDecodeException e) {
                failed++;
                out.println(label + ": " + e.resultCode() + " " + (e.memberPath().isEmpty() ? "(body)" : e.memberPath())
                        + ": " + e.reason() + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : ""));
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static byte[] read(String name, InputStream stdin, int limit) {
        try {
            if (name.equals("-")) {
                return stdin.readNBytes(limit);
            }
            try (InputStream in = Files.newInputStream(Path.of(name))) {
                return in.readNBytes(limit);
            }
        } catch (IOException e) {
            throw new UsageException("cannot read " + name + ": " + e.getClass().getSimpleName());
        }
    }
}
