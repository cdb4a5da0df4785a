package care.needlepoint.scheduling.peer;

/** Another service did not give a usable answer; counted by the circuit breakers, turned into a 503 by fallbacks. */
class PeerFailure extends RuntimeException {

    PeerFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
