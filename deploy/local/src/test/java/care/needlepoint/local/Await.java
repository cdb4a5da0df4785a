package care.needlepoint.local;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polling for the fault tests, which wait for load to reach a state (every desk booked) before and after a fault. */
final class Await {

    private Await() {
    }

    static void until(BooleanSupplier condition, Duration within, String what) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + within.toSeconds() + " s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
