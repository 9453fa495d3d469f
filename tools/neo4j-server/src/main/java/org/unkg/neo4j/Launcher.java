package org.unkg.neo4j;

import static org.neo4j.configuration.GraphDatabaseSettings.SYSTEM_DATABASE_NAME;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs the real Neo4j Community (embedded, the same engine as the server) with Bolt on
 * 127.0.0.1 and authentication on, for tests, CI and `pnpm neo4j:start`.
 *
 * <p>Options: {@code --port N} (0, the default, picks a free port), {@code --home DIR} (kept
 * between runs; without it a temporary directory is used and deleted on exit), {@code
 * --pagecache 256m}, {@code --watch-stdin} (stop when standard input closes, so the server
 * never outlives the Node process that started it). The password of user {@code neo4j} comes
 * from NEO4J_PASSWORD, never from the command line. Prints {@code NEO4J_READY <bolt uri>} once
 * Bolt accepts connections, and shuts down cleanly on SIGTERM/SIGINT.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      fail("NEO4J_PASSWORD must be set to a password of at least 8 characters");
    }

    boolean temporary = options.home == null;
    Path home = temporary ? Files.createTempDirectory("unkg-neo4j-") : options.home;
    Files.createDirectories(home);

    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", options.port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, options.pagecacheBytes)
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Thread shutdown =
        new Thread(
            () -> {
              try {
                service.shutdown();
              } finally {
                if (temporary) deleteTree(home);
                stopped.countDown();
              }
            },
            "unkg-neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    setPassword(service, password);
    GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(SYSTEM_DATABASE_NAME);
    var bolt =
        system
            .getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT);
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + bolt.getPort());
    System.out.flush();

    if (options.watchStdin) watchStdin();
    stopped.await();
  }

  /** Sets the neo4j user's password (no forced change), on a fresh or an existing store. */
  private static void setPassword(DatabaseManagementService service, String password) {
    service
        .database(SYSTEM_DATABASE_NAME)
        .executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
            Map.of("password", password));
  }

  /** Exits (running the shutdown hook) when standard input reaches end of file. */
  private static void watchStdin() {
    Thread watcher =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                  // discard: input only signals that the parent is alive
                }
              } catch (IOException ignored) {
                // a broken pipe means the parent is gone too
              }
              System.exit(0);
            },
            "unkg-neo4j-stdin");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory left behind is harmless
    }
  }

  static void fail(String message) {
    System.err.println("neo4j-server: " + message);
    System.exit(2);
  }

  private record Options(int port, Path home, long pagecacheBytes, boolean watchStdin) {
    static Options parse(String[] args) {
      int port = 0;
      Path home = null;
      long pagecache = ByteUnit.parse("256m");
      boolean watchStdin = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--port" -> port = Integer.parseInt(value(args, ++i));
          case "--home" -> home = Path.of(value(args, ++i)).toAbsolutePath();
          case "--pagecache" -> pagecache = ByteUnit.parse(value(args, ++i));
          case "--watch-stdin" -> watchStdin = true;
          default -> fail("unknown option " + args[i]);
        }
      }
      return new Options(port, home, pagecache, watchStdin);
    }

    private static String value(String[] args, int index) {
      if (index >= args.length) fail("option " + args[index - 1] + " needs a value");
      return args[index];
    }
  }
}
