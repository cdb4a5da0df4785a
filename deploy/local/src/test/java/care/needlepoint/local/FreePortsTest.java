package care.needlepoint.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import care.needlepoint.devkit.testing.FreePorts;

/** The ports the tests start services on lie below the ephemeral range that outgoing connections draw from. */
class FreePortsTest {

    @Test
    void aBlockOfPortsIsFreeAndBelowTheEphemeralRange() {
        for (int round = 0; round < 50; round++) {
            int first = FreePorts.block(3);
            assertThat(first).isGreaterThanOrEqualTo(20_000);
            assertThat(first + 2).isLessThan(FreePorts.ephemeralStart());
            for (int port = first; port < first + 3; port++) {
                assertThat(FreePorts.isFree(port)).as("port %d", port).isTrue();
            }
        }
    }

    @Test
    void aPortSomethingListensOnIsNotFree() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThat(FreePorts.isFree(taken.getLocalPort())).isFalse();
        }
    }
}
