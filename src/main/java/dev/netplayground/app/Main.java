package dev.netplayground.app;

import dev.netplayground.cli.Cli;
import javafx.application.Application;

/** Entry point: no arguments opens the window; arguments run a command-line subcommand. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            StartupTimes.mark("main");
            RenderPipeline.choose();
            Application.launch(NetPlaygroundApp.class, args);
        } else {
            System.exit(Cli.executeAsProcess(args));
        }
    }
}
