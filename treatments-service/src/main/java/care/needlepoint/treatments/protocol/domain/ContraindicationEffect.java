package care.needlepoint.treatments.protocol.domain;

/** What a contraindication rule does when its screening item applies. */
public enum ContraindicationEffect {
    /** The client must not be booked or treated on this protocol. */
    BLOCK,
    /** The client may go ahead once a practitioner has acknowledged the finding. */
    WARN
}
