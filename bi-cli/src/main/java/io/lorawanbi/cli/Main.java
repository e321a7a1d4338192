package io.lorawanbi.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code bi} command-line tool: {@code demo}, {@code serve}, {@code check}, {@code lint}, on
 * picocli. Errors are plain words on standard error (a stack trace only with {@code --verbose}).
 * Exit status: {@value #OK} success, {@value #FAILED} a required rule or a message failed,
 * {@value #CANNOT_RUN} the command could not run.
 */
@Command(name = "bi", mixinStandardHelpOptions = true, versionProvider = Version.class,
        descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
        synopsisSubcommandLabel = "COMMAND",
        description = "Tools for the LoRaWAN Backend Interfaces (TS002) 1.0 and 1.1: a demo, a HomeNS responder, "
                + "a conformance checker and a message linter.",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success (serve: stopped by SIGINT or SIGTERM)",
            "1:a required conformance rule failed (demo, check) or a message is not valid (lint)",
            "2:the command could not run: bad arguments, an unreadable file, a port in use, an endpoint that cannot be "
                    + "reached or does not answer (check)"},
        footer = "%nRun 'bi COMMAND --help' for the options of a command.")
public final class Main implements Runnable {

    /** Exit status: success. */
    public static final int OK = 0;
    /** Exit status: a required conformance rule failed, or a message is not valid. */
    public static final int FAILED = 1;
    /** Exit status: the command could not run (bad arguments, unreadable files, a port in use). */
    public static final int CANNOT_RUN = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print a stack trace with an error.")
    private boolean verbose;

    private Main() {}

    /** Runs the tool and exits with its status. */
    public static void main(String[] args) {
        System.exit(commandLine(new Console(System.in, System.out, System.err, true)).execute(args));
    }

    /** Runs the tool and returns its exit status, without exiting. */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        return commandLine(new Console(in, out, err, false)).execute(args.toArray(String[]::new));
    }

    /** The tool's command line, with its subcommands, converters and error handlers. */
    static CommandLine commandLine(Console console) {
        CommandLine cl = new CommandLine(new Main())
                .addSubcommand(new DemoCommand(console))
                .addSubcommand(new ServeCommand(console))
                .addSubcommand(new CheckCommand(console))
                .addSubcommand(new LintCommand(console))
                .addSubcommand(new CommandLine.HelpCommand());
        Converters.register(cl);
        cl.setOut(console.writer(console.out()));
        cl.setErr(console.writer(console.err()));
        cl.setUsageHelpWidth(100);
        cl.setUsageHelpAutoWidth(false);
        cl.setAbbreviatedOptionsAllowed(false);
        cl.setExitCodeExceptionMapper(e -> CANNOT_RUN);
        cl.setExecutionExceptionHandler(new Errors.OnExecution(console));
        cl.setParameterExceptionHandler(new Errors.OnParameters(console));
        return cl;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "give a command: demo, serve, check or lint");
    }
}
