package io.lorawanbi.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Where a command reads and writes.
 *
 * @param in standard input
 * @param out standard output: results
 * @param err standard error: errors and warnings
 * @param process {@code true} when the tool owns the JVM (run from {@code main}), so that it may end
 *     the process itself once {@code serve} has stopped on a signal
 */
record Console(InputStream in, PrintStream out, PrintStream err, boolean process) {

    PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
