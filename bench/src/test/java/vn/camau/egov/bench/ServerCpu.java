package vn.camau.egov.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What a scenario's operations cost the server in CPU, and what the machine had left: the server
 * JVM's CPU time and the machine's busy and idle time, read from Linux's /proc at the start and the
 * end of a measure. On 2 cores shared with the load generator and the database, a scenario whose
 * machine has no idle time left is bounded by CPU per operation, not by waiting: this says which.
 * The server's process id comes from the system property {@code bench.server-pid} (bench/run.sh sets
 * it); without it, or off Linux, nothing is measured.
 */
public record ServerCpu(long serverTicks, long busyTicks, long idleTicks) {

    /** Linux's USER_HZ, which /proc counts in on every architecture the JVM runs on. */
    private static final double TICKS_PER_SECOND = 100;

    public static Optional<ServerCpu> now() {
        String pid = System.getProperty("bench.server-pid", "");
        if (pid.isBlank()) {
            return Optional.empty();
        }
        try {
            // the command name (field 2) may hold spaces: count the fields after its closing parenthesis
            String stat = Files.readString(Path.of("/proc", pid.strip(), "stat"));
            String[] process = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long server = Long.parseLong(process[11]) + Long.parseLong(process[12]); // utime, stime
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) { // user, nice, system, irq, softirq, steal
                busy += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]); // idle, iowait
            return Optional.of(new ServerCpu(server, busy, idle));
        } catch (IOException | RuntimeException e) {
            System.out.println("server CPU not measured: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Since this mark: the server's CPU per operation (ms) and the machine's idle share, as figures of the scenario. */
    public void report(String scenario, long operations) {
        now().ifPresent(end -> {
            double serverMs = (end.serverTicks - serverTicks) * 1000 / TICKS_PER_SECOND;
            long busy = end.busyTicks - busyTicks;
            long idle = end.idleTicks - idleTicks;
            double idlePercent = busy + idle == 0 ? 0 : idle * 100.0 / (busy + idle);
            System.out.printf(Locale.ROOT, "%s: the server's CPU %.1f ms per operation (%d operations); the machine %.1f %% idle%n",
                    scenario, operations == 0 ? 0 : serverMs / operations, operations, idlePercent);
            if (operations > 0) {
                Figures.append(scenario, "server_cpu_ms", Math.round(serverMs / operations * 100) / 100.0);
            }
            Figures.append(scenario, "idle_pct", Math.round(idlePercent * 10) / 10.0);
        });
    }
}
