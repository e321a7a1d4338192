package io.lorawanbi.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns every failure into plain words on standard error and an exit status; never an exception class name. */
final class Errors {

    /** A qualified exception class name with its colon, as in {@code java.io.IOException: }. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ?");

    /** The word picocli puts before some of its messages. */
    private static final Pattern LEADING_ERROR = Pattern.compile("^(?:Error: )+");

    private Errors() {}

    /** A throwable's message without exception class names; a plain fallback when it has none. */
    static String plain(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getCause() != null ? plain(t.getCause()) : "an unexpected failure";
        }
        return CLASS_NAME.matcher(message).replaceAll("").strip();
    }

    /** Why a file could not be read, naming the file. */
    static String cannotRead(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file: " + file;
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + file;
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory on the way to " + file;
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return "cannot read " + file + ": " + fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return "cannot read " + file + ": " + plain(e);
    }

    /** The command's name for a message: {@code bi serve}. */
    private static String name(CommandLine cl) {
        return cl.getCommandSpec().qualifiedName();
    }

    private static String message(ParameterException e, CommandLine cl) {
        if (e instanceof UnmatchedArgumentException u && cl.getParent() == null && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            return "unknown command '" + u.getUnmatched().get(0) + "'";
        }
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                && u.getUnmatched().stream().noneMatch(a -> a.startsWith("-"))) {
            return (u.getUnmatched().size() == 1 ? "unexpected argument " : "unexpected arguments ")
                    + String.join(", ", u.getUnmatched().stream().map(a -> "'" + a + "'").toList());
        }
        // picocli starts some messages (an incomplete argument group) with its own "Error: "
        return LEADING_ERROR.matcher(plain(e)).replaceFirst("");
    }

    private static boolean verbose(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** A command failed while running: a {@link UsageException} or an unexpected fault. */
    static final class OnExecution implements IExecutionExceptionHandler {

        private final Console console;

        OnExecution(Console console) {
            this.console = console;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine cl, ParseResult result) {
            boolean verbose = verbose(result);
            if (e instanceof UsageException) {
                console.err().println(name(cl) + ": " + e.getMessage());
            } else {
                console.err().println(name(cl) + ": " + plain(e) + (verbose ? "" : " (--verbose for details)"));
            }
            if (verbose) {
                e.printStackTrace(console.err());
            }
            console.err().flush();
            return Main.CANNOT_RUN;
        }
    }

    /** The command line does not parse: one line of what is wrong, suggestions, and where help is. */
    static final class OnParameters implements IParameterExceptionHandler {

        private final Console console;

        OnParameters(Console console) {
            this.console = console;
        }

        @Override
        public int handleParseException(ParameterException e, String[] args) {
            CommandLine cl = e.getCommandLine();
            if (!cl.getUnmatchedArguments().isEmpty()) {
                // A mistyped option is the cause of the "missing required option" that picocli finds first,
                // and the value after it is no fault of its own: name the unknown options only.
                List<String> options = cl.getUnmatchedArguments().stream().filter(a -> a.startsWith("-")).toList();
                e = new UnmatchedArgumentException(cl, options.isEmpty() ? cl.getUnmatchedArguments() : options);
            }
            console.err().println(name(cl) + ": " + message(e, cl));
            console.err().flush();
            if (e instanceof UnmatchedArgumentException u) {
                UnmatchedArgumentException.printSuggestions(u, cl.getErr());
            }
            cl.getErr().println("Run '" + name(cl) + " --help' for usage.");
            cl.getErr().flush();
            return Main.CANNOT_RUN;
        }
    }
}
