package saidwhen.neo4jserver;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import inet.ipaddr.IPAddressString;

/**
 * Starts an embedded Neo4j Community DBMS that serves Bolt on 127.0.0.1 only.
 *
 * <p>Usage: {@code java -Xmx512m -jar neo4j-server.jar --data DIR [--port N] [--password P |
 * --no-auth] [--pagecache 128m] [--exit-on-stdin-eof]}. The password may also come from the
 * environment variable {@code NEO4J_PASSWORD} so that it does not show in {@code ps}.
 *
 * <p>Exactly one line goes to stdout: {@code READY bolt://127.0.0.1:PORT}, printed once the
 * default database is available and the Bolt port accepts connections. Everything else (including
 * anything a library prints) goes to stderr, so a caller can read stdout line by line without
 * parsing noise. SIGTERM (or stdin EOF with {@code --exit-on-stdin-eof}) shuts the DBMS down
 * cleanly through a shutdown hook.
 */
public final class Main {

    private static final String HOST = "127.0.0.1";
    private static final String USER = "neo4j";

    private Main() {}

    /** Parsed command line. */
    record Options(Path data, int port, String password, boolean auth, String pageCache, boolean exitOnStdinEof) {}

    public static void main(String[] args) throws Exception {
        // Keep the real stdout for the single READY line; route every other print to stderr.
        PrintStream ready = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        Options options = parse(args);
        Files.createDirectories(options.data());
        long started = System.nanoTime();

        // A fresh store takes its first user from data/dbms/auth.ini: no Cypher, ~5 s faster.
        boolean fresh = !Files.exists(options.data().resolve("data/databases/system"));
        if (options.auth() && fresh) {
            writeInitialPassword(options.data(), options.password());
        }
        DatabaseManagementService dbms = build(options);
        log(started, "dbms built");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(dbms, stopped), "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
            throw new IllegalStateException("default database did not become available");
        }
        log(started, "default database available");
        if (options.auth() && !fresh) {
            setPassword(dbms, options.password());
            log(started, "password set");
        }
        int port = boltPort(db, options.port());
        waitForPort(port, Duration.ofSeconds(30));
        log(started, "ready");
        ready.println("READY bolt://" + HOST + ":" + port);

        if (options.exitOnStdinEof()) {
            watchStdin();
        }
        stopped.await();
    }

    private static void log(long started, String what) {
        System.err.printf("neo4j-server: %s after %d ms%n", what, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    static Options parse(String[] args) {
        Path data = null;
        int port = 7687;
        String password = System.getenv("NEO4J_PASSWORD");
        boolean auth = true;
        String pageCache = "128m";
        boolean exitOnStdinEof = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]).toAbsolutePath();
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--password" -> password = args[++i];
                case "--no-auth" -> auth = false;
                case "--pagecache" -> pageCache = args[++i];
                case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                default -> usage("unknown argument: " + args[i]);
            }
        }
        if (data == null) {
            usage("--data DIR is required");
        }
        if (auth && (password == null || password.isEmpty())) {
            usage("give --password P, set NEO4J_PASSWORD, or pass --no-auth");
        }
        return new Options(data, port, password, auth, pageCache, exitOnStdinEof);
    }

    private static void usage(String problem) {
        System.err.println("neo4j-server: " + problem);
        System.err.println("usage: java -jar neo4j-server.jar --data DIR [--port N (0 = free port)] "
                + "[--password P | --no-auth] [--pagecache 128m] [--exit-on-stdin-eof]");
        System.exit(2);
    }

    /**
     * Embedded DBMS with Bolt on loopback only, no HTTP, small memory and small tx logs, and the
     * doors a caller's query could open closed as the README's Neo4j section advises: LOAD CSV
     * may not read files (and its import folder is an empty one) nor fetch from any address,
     * and no plugin procedure is loaded (saidwhen calls built-in ones only), none unrestricted.
     * Built-in procedures such as dbms.listConfig stay: the allow-list does not cover them
     * (measured), so /v1/query's own guard refuses them.
     */
    static DatabaseManagementService build(Options o) throws IOException {
        Path emptyImportFolder = Files.createDirectories(o.data().resolve("import"));
        return new DatabaseManagementServiceBuilder(o.data())
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, emptyImportFolder)
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                .setConfig(GraphDatabaseSettings.procedure_allowlist, List.of())
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, o.port()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, o.port()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, o.auth())
                .setConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Netty waits 5 s of quiet per connector on shutdown by default: 10 s per test teardown.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(o.pageCache()))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .build();
    }

    private static long parseBytes(String text) {
        String t = text.trim().toLowerCase();
        long unit = 1;
        char last = t.charAt(t.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? ByteUnit.kibiBytes(1) : last == 'm' ? ByteUnit.mebiBytes(1) : ByteUnit.gibiBytes(1);
            t = t.substring(0, t.length() - 1);
        }
        return Long.parseLong(t) * unit;
    }

    /**
     * Does what {@code neo4j-admin dbms set-initial-password} does: the system database reads this
     * file when it initialises, so the neo4j user starts with our password and no change required.
     */
    static void writeInitialPassword(Path home, String password) throws Exception {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        FileUserRepository users = new FileUserRepository(
                new DefaultFileSystemAbstraction(), file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
        users.start();
        try {
            var credential = SystemGraphCredential.createCredentialForPassword(
                    password.getBytes(StandardCharsets.UTF_8), new SecureHasher());
            users.create(new User(USER, null, credential, false, false));
        } finally {
            users.shutdown();
        }
    }

    /**
     * Sets the neo4j user's password on an existing store. The stored credential is checked first
     * through the core API, because a Cypher admin command costs seconds of planner warm-up.
     */
    static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        if (passwordMatches(system, password)) {
            return;
        }
        // Embedded transactions run with full rights, so no login is needed here.
        system.executeTransactionally(
                "ALTER USER " + USER + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
    }

    private static boolean passwordMatches(GraphDatabaseService system, String password) {
        try (Transaction tx = system.beginTx()) {
            Node user = tx.findNode(Label.label("User"), "name", USER);
            if (user == null || Boolean.TRUE.equals(user.getProperty("passwordChangeRequired", false))) {
                return false;
            }
            String stored = (String) user.getProperty("credentials", null);
            return stored != null && SystemGraphCredential.deserialize(stored, new SecureHasher())
                    .matchesPassword(password.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            System.err.println("neo4j-server: could not read the stored credential (" + e + "); resetting it");
            return false;
        }
    }

    /** The port Bolt really bound, which differs from the requested one when that was 0. */
    static int boltPort(GraphDatabaseService db, int requested) {
        ConnectorPortRegister ports = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class);
        var address = ports.getLocalAddress(ConnectorType.BOLT);
        return address != null ? address.getPort() : requested;
    }

    private static void waitForPort(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Bolt port " + port + " does not accept connections", e);
                }
                Thread.sleep(100);
            }
        }
    }

    /** Exits (running the shutdown hook) when the parent closes our stdin, e.g. because it died. */
    private static void watchStdin() {
        Thread t = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) {
                    // Discard input; only EOF matters.
                }
            } catch (IOException ignored) {
                // Treat a broken stdin like EOF.
            }
            System.err.println("neo4j-server: stdin closed, shutting down");
            System.exit(0);
        }, "stdin-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void shutdown(DatabaseManagementService dbms, CountDownLatch stopped) {
        System.err.println("neo4j-server: shutting down");
        try {
            dbms.shutdown();
        } finally {
            stopped.countDown();
            System.err.println("neo4j-server: stopped");
        }
    }
}
