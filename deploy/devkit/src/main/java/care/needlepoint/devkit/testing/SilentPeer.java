package care.needlepoint.devkit.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A peer that hangs: it accepts every connection on a port and never answers, so each call to it runs into the
 * caller's read timeout (a stopped peer, by contrast, refuses at once). Stop the real peer first
 * ({@link PeerServices#stop}) to free its port; closing this closes every connection it accepted.
 */
public final class SilentPeer implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    private SilentPeer(ServerSocket server) {
        this.server = server;
    }

    public static SilentPeer on(int port) throws IOException {
        SilentPeer peer = new SilentPeer(new ServerSocket(port));
        Thread acceptor = new Thread(peer::acceptUntilClosed, "silent-peer-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
        return peer;
    }

    /** How many connections callers opened to it so far: one per attempt, so retries show here. */
    public int connections() {
        return accepted.size();
    }

    private void acceptUntilClosed() {
        try {
            while (!server.isClosed()) {
                accepted.add(server.accept());
            }
        } catch (IOException closed) {
            // close() ends the loop
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }
}
