package vn.camau.egov.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The central hub for the tests: a real standalone ActiveMQ Artemis broker (the apache-artemis
 * distribution the build unpacked) on 127.0.0.1, as its own process, with the hub's two queues:
 * egov.axis.inbound (where provinces send) and egov.province.H12 (the province's inbox). The
 * server's bridges connect to it with the test account (EGOV_HUB_* in the build). Tests stop and
 * start it to play the hub going away.
 */
public final class CentralHub {

    public static final String USER = "egov-test";
    public static final String PASSWORD = "tests-only-hub-password";
    public static final String AXIS = "egov.axis.inbound";
    public static final String PROVINCE_INBOX = "egov.province.H12";

    private CentralHub() {
    }

    public static int port() {
        return Integer.parseInt(System.getProperty("egov.it.hub-port", "61816"));
    }

    /**
     * Starts the hub unless this test run already did. Each test class is its own deployment with
     * its own copy of this class, so "already" is whether a hub answers on the port, not a field.
     */
    public static synchronized void ensureStarted() throws IOException, InterruptedException {
        if (accepts()) {
            return;
        }
        Path instance = Path.of(System.getProperty("egov.it.hub-dir"));
        if (!Files.exists(instance.resolve("bin/artemis"))) {
            create(instance);
        }
        start();
    }

    private static void create(Path instance) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("egov.it.artemis-home"));
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/artemis").toString(), "create", instance.toString(),
                "--silent", "--user", USER, "--password", PASSWORD, "--require-login", "--host", "127.0.0.1",
                "--default-port", String.valueOf(port()), "--no-web", "--no-amqp-acceptor", "--no-mqtt-acceptor",
                "--no-stomp-acceptor", "--no-hornetq-acceptor", "--no-autotune", "--java-memory", "512M",
                "--queues", AXIS + ":anycast," + PROVINCE_INBOX + ":anycast"));
        run(command, Duration.ofSeconds(90));
    }

    public static synchronized void start() throws IOException, InterruptedException {
        Path instance = Path.of(System.getProperty("egov.it.hub-dir"));
        Path log = instance.resolve("log/console.log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(instance.resolve("bin/artemis").toString(), "run")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        // which process the hub is, for whichever deployment stops it
        Files.writeString(pidFile(), String.valueOf(process.pid()));
        // a hub left behind by an earlier run must not outlive this one
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process.toHandle())));
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!accepts()) {
            if (!process.isAlive() || System.nanoTime() > end) {
                throw new IllegalStateException("the hub did not start; see " + log);
            }
            Thread.sleep(200);
        }
    }

    /**
     * Stops the hub the way an operator would (its JVM shuts down and closes every connection), and
     * returns once its port takes no connection.
     */
    public static synchronized void stop() {
        try {
            if (Files.exists(pidFile())) {
                // the recorded process, if it is still the hub (a stale file's number may be anyone's by now)
                ProcessHandle.of(Long.parseLong(Files.readString(pidFile()).strip()))
                        .filter(p -> p.info().commandLine().orElse("").contains("artemis"))
                        .ifPresent(CentralHub::stop);
            }
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (accepts() && System.nanoTime() < end) {
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stop(ProcessHandle p) {
        if (!p.isAlive()) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            p.onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path pidFile() {
        return Path.of(System.getProperty("egov.it.hub-dir")).resolve("hub.pid");
    }

    private static boolean accepts() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A connection to the hub as a peer on the other side of it has: the server's own connection
     * factory for the hub (exchange.cli), which points at this broker, used with the hub's account.
     */
    public static jakarta.jms.Connection connect() throws javax.naming.NamingException, jakarta.jms.JMSException {
        jakarta.jms.ConnectionFactory factory = javax.naming.InitialContext.doLookup("java:/jms/egov/HubXAConnectionFactory");
        return factory.createConnection(USER, PASSWORD);
    }

    private static void run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("artemis create failed: " + output);
        }
    }
}
