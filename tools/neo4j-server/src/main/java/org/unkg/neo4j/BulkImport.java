package org.unkg.neo4j;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.schema.IndexType;
import org.neo4j.io.ByteUnit;
import picocli.CommandLine;

/**
 * The bulk route of {@code unkg load --bulk}, in one JVM: {@code neo4j-admin database import full}
 * (Neo4j's own AdminTool, the same code as the neo4j-admin script) into the store under
 * {@code --home}, then that store opened once with the embedded Neo4j (no Bolt, nothing listens)
 * to create the key constraints and indexes, wait for them to be online, and close. One JVM start
 * instead of two, and no server to start for the schema.
 *
 * <p>The schema is created through the core API ({@code tx.schema()}), not Cypher: in a JVM that
 * has just started, the first Cypher statement loads and compiles the query engine (parser,
 * planner, runtime), which cost about twice as much as everything else the schema step does. The
 * constraints and indexes are the same as those of the {@code CREATE CONSTRAINT … REQUIRE n.key IS
 * UNIQUE} and {@code CREATE INDEX … ON (p.version)} statements {@code unkg load} runs (range
 * indexes, the default of both; the test compares SHOW CONSTRAINTS and SHOW INDEXES). neo4j-admin's
 * own {@code --schema} option is no alternative: in 5.26 Community the record format refuses it
 * ("Record format batch import does not support schema changes"; only the Enterprise block format
 * takes it).
 *
 * <p>The JVM can start before the CSV files exist ({@code --arguments-from-stdin}): it starts,
 * builds neo4j-admin's command line (picocli's tree of every command, found through service
 * loading over the whole classpath) and prints {@code UNKG_WAITING <seconds since the JVM started>
 * <CPU-seconds>}, then reads the neo4j-admin
 * arguments from standard input, one a line, up to an empty line. {@code unkg load --bulk} starts
 * it first and writes the CSV meanwhile, so the JVM's start overlaps the CSV instead of following
 * it. Standard input closed before the empty line (the CSV could not be written) ends the process
 * with status 3, doing nothing.
 *
 * <p>Usage: {@code BulkImport --home DIR --database NAME [--unique Label.property=name]...
 * [--index Label.property=name]... [--pagecache 256m] (-- <neo4j-admin arguments> |
 * --arguments-from-stdin)}. Prints {@code UNKG_IMPORTED <seconds>} and {@code UNKG_SCHEMA
 * <seconds>}; exits with neo4j-admin's status when the import fails.
 */
public final class BulkImport {
  private BulkImport() {}

  public static void main(String[] args) throws Exception {
    Path home = null;
    String database = "neo4j";
    List<String[]> unique = new ArrayList<>();
    List<String[]> indexes = new ArrayList<>();
    long pagecache = ByteUnit.parse("256m");
    int separator = Arrays.asList(args).indexOf("--");
    boolean fromStdin = separator < 0 && Arrays.asList(args).contains("--arguments-from-stdin");
    if (separator < 0 && !fromStdin) Launcher.fail("BulkImport: give the neo4j-admin arguments after -- or on standard input (--arguments-from-stdin)");
    if (separator < 0) separator = args.length;
    for (int i = 0; i < separator; i++) {
      switch (args[i]) {
        case "--home" -> home = Path.of(value(args, ++i, separator)).toAbsolutePath();
        case "--database" -> database = value(args, ++i, separator);
        case "--unique" -> unique.add(schemaItem(value(args, ++i, separator)));
        case "--index" -> indexes.add(schemaItem(value(args, ++i, separator)));
        case "--pagecache" -> pagecache = ByteUnit.parse(value(args, ++i, separator));
        case "--arguments-from-stdin" -> {}
        default -> Launcher.fail("BulkImport: unknown option " + args[i]);
      }
    }
    if (home == null) Launcher.fail("BulkImport: --home is required");
    Path conf = home.resolve("conf");
    Files.createDirectories(conf);

    long started = System.nanoTime();
    CommandLine adminTool = AdminTool.getCommandLine(new ExecutionContext(home, conf));
    String[] adminArgs;
    if (fromStdin) {
      // seconds since the JVM started, and its CPU-seconds so far
      System.out.printf("UNKG_WAITING %.2f %.2f%n", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, cpuSeconds());
      System.out.flush();
      adminArgs = argumentsFromStdin();
      if (adminArgs == null) System.exit(3);
      started = System.nanoTime();
    } else {
      adminArgs = Arrays.copyOfRange(args, separator + 1, args.length);
    }
    // what AdminTool.execute does, with the command line built before the arguments came
    int status = adminArgs.length == 0 ? 1 : adminTool.execute(adminArgs);
    if (status != 0) {
      System.err.println("neo4j-admin " + String.join(" ", adminArgs) + " failed with status " + status);
      System.exit(status);
    }
    System.out.printf("UNKG_IMPORTED %.2f%n", (System.nanoTime() - started) / 1e9);
    System.out.printf("UNKG_CPU %.2f%n", cpuSeconds());
    System.out.flush();

    started = System.nanoTime();
    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, false)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
            .setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
            .build();
    try {
      GraphDatabaseService db = service.database(database);
      System.out.printf("UNKG_OPENED %.2f%n", (System.nanoTime() - started) / 1e9);
      System.out.printf("UNKG_CPU %.2f%n", cpuSeconds());
      // the plain indexes first, in a transaction of their own: their population runs in the
      // background while the constraints are created (a uniqueness constraint's index is populated
      // and checked during its transaction's commit, one after the other in one transaction)
      try (Transaction tx = db.beginTx()) {
        for (String[] item : indexes) {
          tx.schema().indexFor(Label.label(item[0])).on(item[1]).withIndexType(IndexType.RANGE).withName(item[2]).create();
        }
        tx.commit();
      }
      // each constraint in a transaction of its own, two at a time (the labels' populations do not
      // wait for each other), the largest label first (from the counts store)
      try (Transaction tx = db.beginTx()) {
        org.neo4j.kernel.api.KernelTransaction kernel = ((org.neo4j.kernel.impl.coreapi.InternalTransaction) tx).kernelTransaction();
        java.util.function.ToLongFunction<String[]> count = (item) -> {
          int label = kernel.tokenRead().nodeLabel(item[0]);
          return label < 0 ? 0 : kernel.dataRead().countsForNode(label);
        };
        unique.sort(java.util.Comparator.comparingLong(count).reversed());
      }
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        List<java.util.concurrent.Future<?>> created = new ArrayList<>();
        for (String[] item : unique) {
          created.add(pool.submit(() -> {
            try (Transaction tx = db.beginTx()) {
              tx.schema()
                  .constraintFor(Label.label(item[0]))
                  .assertPropertyIsUnique(item[1])
                  .withIndexType(IndexType.RANGE)
                  .withName(item[2])
                  .create();
              tx.commit();
            }
          }));
        }
        for (java.util.concurrent.Future<?> future : created) future.get();
      } finally {
        pool.shutdown();
      }
      System.out.printf("UNKG_CREATED %.2f%n", (System.nanoTime() - started) / 1e9);
      try (Transaction tx = db.beginTx()) {
        tx.schema().awaitIndexesOnline(10, TimeUnit.MINUTES);
        tx.commit();
      }
      System.out.printf("UNKG_ONLINE %.2f%n", (System.nanoTime() - started) / 1e9);
    } finally {
      service.shutdown();
    }
    System.out.printf("UNKG_SCHEMA %.2f%n", (System.nanoTime() - started) / 1e9);
    System.out.printf("UNKG_CPU %.2f%n", cpuSeconds());
  }

  /** Lines of standard input up to an empty one; null when the input ends first. */
  private static String[] argumentsFromStdin() throws java.io.IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isEmpty()) return lines.toArray(new String[0]);
      lines.add(line);
    }
    return null;
  }

  /** CPU-seconds this process has used so far (all threads), for the timings printed. */
  private static double cpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
  }

  /** {@code Label.property=name} as {label, property, name}. */
  private static String[] schemaItem(String text) {
    int dot = text.indexOf('.');
    int equals = text.indexOf('=');
    if (dot <= 0 || equals <= dot + 1 || equals == text.length() - 1) {
      Launcher.fail("BulkImport: a schema item is Label.property=name, got " + text);
    }
    return new String[] {text.substring(0, dot), text.substring(dot + 1, equals), text.substring(equals + 1)};
  }

  private static String value(String[] args, int index, int limit) {
    if (index >= limit) Launcher.fail("BulkImport: option " + args[index - 1] + " needs a value");
    return args[index];
  }
}
