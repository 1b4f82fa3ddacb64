package vn.camau.egov.bench.reliability;

import vn.camau.egov.bench.Args;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The network between the server and the central hub in the crash test (bench/reliability.sh): a
 * TCP proxy on loopback that forwards faithfully until told, one command a line on its standard
 * input, to misbehave:
 * <ul>
 *   <li>{@code latency MS}: every byte arrives MS milliseconds late, each way (throughput kept, as on
 *       a long line);</li>
 *   <li>{@code cut}: every open connection is reset at once (RST), as a router restarting does;</li>
 *   <li>{@code hold}: half-open: the connections stay open at both ends but nothing gets through any
 *       more, on them or on new ones, as when a firewall drops its state; after {@code normal} new
 *       connections work again, and the held ones stay dead until their ends give them up;</li>
 *   <li>{@code refuse}: connections refused and the open ones reset, as while the hub is down;</li>
 *   <li>{@code normal}: no latency, nothing held, connections taken.</li>
 * </ul>
 *
 * <pre>FaultProxy --listen PORT --to PORT</pre>
 */
public final class FaultProxy {

    private volatile long latencyNanos;
    private volatile boolean holding;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final int port;
    private final int to;
    private ServerSocket listener;

    private FaultProxy(int port, int to) {
        this.port = port;
        this.to = to;
    }

    public static void main(String[] args) throws Exception {
        Args o = new Args(args);
        FaultProxy proxy = new FaultProxy(Integer.parseInt(o.get("listen")), Integer.parseInt(o.get("to")));
        proxy.listen();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = commands.readLine()) != null) {
            proxy.command(line.strip());
        }
        proxy.listener.close();
    }

    private void listen() throws IOException {
        if (listener != null && !listener.isClosed()) {
            return;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        listener = socket;
        Thread acceptor = new Thread(() -> accept(socket, to), "accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void command(String line) throws IOException {
        int open = links.size();
        String[] c = line.split("\\s+");
        switch (c[0]) {
            case "latency" -> latencyNanos = TimeUnit.MILLISECONDS.toNanos(Long.parseLong(c[1]));
            case "cut" -> links.forEach(Link::reset);
            case "hold" -> {
                holding = true;
                links.forEach(l -> l.held = true);
            }
            case "refuse" -> {
                // as when the hub is down: connections refused, the open ones gone
                listener.close();
                links.forEach(Link::reset);
            }
            case "normal" -> {
                latencyNanos = 0;
                holding = false;
                listen();
            }
            case "" -> {
                return;
            }
            default -> System.out.println("fault proxy: unknown command " + line);
        }
        System.out.printf("fault proxy: %s (%d connections were open)%n", line, open);
    }

    private void accept(ServerSocket listener, int to) {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server;
                try {
                    server = new Socket(InetAddress.getLoopbackAddress(), to);
                } catch (IOException refused) {
                    client.close();
                    continue;
                }
                Link link = new Link(client, server);
                link.held = holding;
                links.add(link);
                link.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** One proxied connection: its two sockets and, each way, a reader and a writer with the bytes in flight between them. */
    private final class Link {

        private final Socket client;
        private final Socket server;
        volatile boolean held;

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void start() throws IOException {
            direction(client.getInputStream(), server.getOutputStream(), "up");
            direction(server.getInputStream(), client.getOutputStream(), "down");
        }

        private record Chunk(byte[] bytes, long due) {
        }

        private void direction(InputStream in, OutputStream out, String name) {
            BlockingQueue<Chunk> inFlight = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                byte[] buffer = new byte[16 * 1024];
                try {
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        // held: read and dropped, so the sender sees an open connection that never answers
                        if (!held) {
                            inFlight.put(new Chunk(Arrays.copyOf(buffer, n), System.nanoTime() + latencyNanos));
                        }
                    }
                } catch (IOException | InterruptedException gone) {
                    // the connection ended
                }
                close();
            }, "read-" + name);
            Thread writer = new Thread(() -> {
                try {
                    while (!client.isClosed()) {
                        Chunk c = inFlight.poll(1, TimeUnit.SECONDS);
                        if (c == null) {
                            continue;
                        }
                        long wait = c.due() - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        if (!held) {
                            out.write(c.bytes());
                            out.flush();
                        }
                    }
                } catch (IOException | InterruptedException gone) {
                    close();
                }
            }, "write-" + name);
            reader.setDaemon(true);
            writer.setDaemon(true);
            reader.start();
            writer.start();
        }

        /** A reset, not an orderly close: the ends learn of it at once, as from a router that lost the connection. */
        void reset() {
            try {
                client.setSoLinger(true, 0);
                server.setSoLinger(true, 0);
            } catch (IOException alreadyClosed) {
                // closed anyway below
            }
            close();
        }

        private void close() {
            links.remove(this);
            try {
                client.close();
            } catch (IOException ignored) {
                // nothing more to do with it
            }
            try {
                server.close();
            } catch (IOException ignored) {
                // nothing more to do with it
            }
        }
    }
}
