package local.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs a Neo4j 5.26 Community DBMS from the jars Maven resolved, with Bolt on a loopback port.
 *
 * Usage: java -cp 'neo4j/lib/*' local.neo4j.Launcher --home DIR --port N --conf FILE [--exit-with-parent true]
 * Password: env NEO4J_PASSWORD (user neo4j). Prints "NEO4J READY bolt://127.0.0.1:N" once Bolt accepts
 * connections; src/local-neo4j.ts (startLocalNeo4j) waits for that line. Exits cleanly on SIGTERM/SIGINT
 * (shutdown hook).
 * Exit codes: 2 bad arguments, 3 start failure (port taken, store locked, ...): the reason is printed on stderr.
 */
public final class Launcher {
    public static void main(String[] args) {
        String home = null, conf = null;
        int port = 7687;
        boolean watchParent = false;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--home" -> home = args[i + 1];
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--conf" -> conf = args[i + 1];
                case "--exit-with-parent" -> watchParent = Boolean.parseBoolean(args[i + 1]);
                default -> fail(2, "unknown argument " + args[i]);
            }
        }
        if (home == null) fail(2, "--home DIR is required");
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) fail(2, "NEO4J_PASSWORD must be set, 8 characters or more");

        DatabaseManagementService dbms;
        try {
            Path homeDir = Path.of(home).toAbsolutePath();
            Files.createDirectories(homeDir);
            var builder = new DatabaseManagementServiceBuilder(homeDir);
            if (conf != null) builder.loadPropertiesFromFile(Path.of(conf));
            // The listen/advertised address is set here, not in neo4j.conf, so tests can run on free ports and
            // the routing table that neo4j:// clients fetch names the real port.
            var address = new SocketAddress("127.0.0.1", port);
            dbms = builder
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, address)
                    .setConfig(BoltConnector.advertised_address, address)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .build();
        } catch (Throwable e) {
            fail(3, describe(e));
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J STOPPING");
            dbms.shutdown();
            System.out.println("NEO4J STOPPED");
        }, "neo4j-shutdown"));

        try {
            // Embedded transactions run with full rights, so this sets the configured password without the
            // "neo4j/neo4j, must change" first-login dance and without turning auth off.
            GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            system.executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (Throwable e) {
            // A restart with the same password is fine; anything else is a real problem.
            if (!describe(e).contains("Old password and new password cannot be the same")) {
                fail(3, "could not set the neo4j user's password: " + describe(e));
            }
        }
        System.out.println("NEO4J READY bolt://127.0.0.1:" + port);
        if (watchParent) exitWhenStdinCloses();
    }

    /**
     * The Node process that started us keeps our stdin open; when it dies, even by SIGKILL, stdin reaches EOF
     * and we shut down cleanly instead of living on as an orphan that holds the port and the store lock.
     */
    private static void exitWhenStdinCloses() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // ignore input
                }
            } catch (java.io.IOException ignored) {
                // treat a broken pipe like EOF
            }
            System.exit(0);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (sb.length() > 0) sb.append(" <- ");
            sb.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return sb.toString();
    }

    private static void fail(int code, String message) {
        System.err.println("NEO4J FAILED " + message);
        System.exit(code);
    }
}
