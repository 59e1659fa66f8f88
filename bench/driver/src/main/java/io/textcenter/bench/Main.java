package io.textcenter.bench;

/**
 * The benchmarks' Java side; bench/run starts the processes and calls one command at a time:
 * <pre>
 *   fake-carrier      --port P --log FILE               serves until stopped
 *   webhook           --base-url --jdbc-url --dev-token --results-dir [--scale] [--concurrency]
 *   inbox             --base-url --dev-token --results-dir --conversations N [--scale]
 *   inbox-statements  --base-url --dev-token --results-dir --pg-log FILE --database NAME
 *   bulk              --base-url --carrier-url --jdbc-url --dev-token --results-dir --day YYYY-MM-DD
 *                     --warm-up-day YYYY-MM-DD --recipients N [--scale]
 *   webhook-statements, bulk-statements   (after webhook, bulk; on a server logging every statement)
 *                     --base-url --jdbc-url --dev-token --results-dir --pg-log FILE --database NAME
 * </pre>
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Main <command> --name value ... (commands: see the class comment)");
            System.exit(2);
        }
        Settings settings = Settings.parse(args, 1);
        switch (args[0]) {
            case "fake-carrier" -> FakeCarrier.serve(settings.integer("port", 8291), settings.path("log"));
            case "webhook" -> new WebhookBenchmark(settings).run();
            case "inbox" -> new InboxBenchmark(settings).run();
            case "inbox-statements" -> new InboxStatementsBenchmark(settings).run();
            case "bulk" -> new BulkBenchmark(settings).run();
            case "webhook-statements" -> new WebhookStatements(settings).run();
            case "bulk-statements" -> new BulkStatements(settings).run();
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }
}
