package org.unkg.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

/**
 * The bulk route of {@code unkg load --bulk}, in one JVM: {@code neo4j-admin database import full}
 * (Neo4j's own AdminTool, the same code as the neo4j-admin script) into the store under
 * {@code --home}, then that store opened once with the embedded Neo4j (no Bolt, nothing listens)
 * to run the schema statements of a file (key constraints, indexes), wait for the indexes to be
 * online, and close. One JVM start instead of two, and no server to start for the schema.
 *
 * <p>Usage: {@code BulkImport --home DIR --database NAME --schema FILE [--pagecache 256m] --
 * <neo4j-admin arguments>}. Prints {@code UNKG_IMPORTED <seconds>} and {@code UNKG_SCHEMA
 * <seconds>}; exits with neo4j-admin's status when the import fails.
 */
public final class BulkImport {
  private BulkImport() {}

  public static void main(String[] args) throws Exception {
    Path home = null;
    String database = "neo4j";
    Path schema = null;
    long pagecache = ByteUnit.parse("256m");
    int separator = Arrays.asList(args).indexOf("--");
    if (separator < 0) Launcher.fail("BulkImport: give the neo4j-admin arguments after --");
    for (int i = 0; i < separator; i++) {
      switch (args[i]) {
        case "--home" -> home = Path.of(value(args, ++i, separator)).toAbsolutePath();
        case "--database" -> database = value(args, ++i, separator);
        case "--schema" -> schema = Path.of(value(args, ++i, separator));
        case "--pagecache" -> pagecache = ByteUnit.parse(value(args, ++i, separator));
        default -> Launcher.fail("BulkImport: unknown option " + args[i]);
      }
    }
    if (home == null || schema == null) Launcher.fail("BulkImport: --home and --schema are required");
    Path conf = home.resolve("conf");
    Files.createDirectories(conf);

    long started = System.nanoTime();
    String[] adminArgs = Arrays.copyOfRange(args, separator + 1, args.length);
    int status = AdminTool.execute(new ExecutionContext(home, conf), adminArgs);
    if (status != 0) {
      System.err.println("neo4j-admin " + String.join(" ", adminArgs) + " failed with status " + status);
      System.exit(status);
    }
    System.out.printf("UNKG_IMPORTED %.2f%n", (System.nanoTime() - started) / 1e9);
    System.out.flush();

    started = System.nanoTime();
    List<String> statements =
        Files.readAllLines(schema).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .map(line -> line.endsWith(";") ? line.substring(0, line.length() - 1) : line)
            .toList();
    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, false)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
            .build();
    try {
      GraphDatabaseService db = service.database(database);
      System.out.printf("UNKG_OPENED %.2f%n", (System.nanoTime() - started) / 1e9);
      // one schema transaction: the indexes are populated together, not one after the other
      try (Transaction tx = db.beginTx()) {
        for (String statement : statements) tx.execute(statement).close();
        tx.commit();
      }
      db.executeTransactionally("CALL db.awaitIndexes(600)");
    } finally {
      service.shutdown();
    }
    System.out.printf("UNKG_SCHEMA %.2f%n", (System.nanoTime() - started) / 1e9);
  }

  private static String value(String[] args, int index, int limit) {
    if (index >= limit) Launcher.fail("BulkImport: option " + args[index - 1] + " needs a value");
    return args[index];
  }
}
