package care.needlepoint.devkit.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the processes tests start, and start again on the same port after stopping them: free now and below the
 * kernel's ephemeral range. A port from {@code new ServerSocket(0)}, or a random one inside that range, is where every
 * outgoing connection takes its local port too (the services' pools to PostgreSQL, their HTTP clients, the tests'
 * own), so in the seconds between picking it and a service binding it a connection could take it, and the service
 * would exit with "Port … seems to be in use". A CI run of {@code SeriesFaultIT} did, on port 38598.
 */
public final class FreePorts {

    /** Above the ports of locally installed servers (PostgreSQL 5432, the services' 8080s, …). */
    static final int LOWEST = 20_000;

    /** Linux's default ephemeral range starts here; used when {@code /proc} does not say. */
    static final int DEFAULT_EPHEMERAL_START = 32_768;

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    private FreePorts() {
    }

    /** One free port below the ephemeral range. */
    public static int one() {
        return block(1);
    }

    /** The first of {@code count} consecutive free ports below the ephemeral range. */
    public static int block(int count) {
        int ceiling = ephemeralStart();
        for (int attempt = 0; attempt < 200; attempt++) {
            int first = ThreadLocalRandom.current().nextInt(LOWEST, ceiling - count + 1);
            boolean free = true;
            for (int port = first; port < first + count && free; port++) {
                free = isFree(port);
            }
            if (free) {
                return first;
            }
        }
        throw new IllegalStateException("No " + count + " consecutive free ports from " + LOWEST + " to " + ceiling);
    }

    /** Whether a server could listen on {@code port} now. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The first port of the kernel's ephemeral range, or where the ports above {@link #LOWEST} end if the range starts
     * too low to leave room below it (then a collision is only unlikely, as before).
     */
    public static int ephemeralStart() {
        int start = DEFAULT_EPHEMERAL_START;
        try {
            start = Integer.parseInt(Files.readString(EPHEMERAL_RANGE).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException unreadable) {
            // not Linux, or no /proc: the default range
        }
        return start - LOWEST < 1_000 ? 40_000 : start;
    }
}
