package care.needlepoint.clients.consent.domain;

/** How the client gave a consent. */
public enum ConsentMethod {
    /** Signed by hand on paper or a signature pad; the clinic keeps the signed form. */
    HANDWRITTEN_SIGNATURE,
    /** Signed electronically, e.g. in a patient portal or on a tablet form. */
    ELECTRONIC_SIGNATURE,
    /** Given aloud and witnessed by the member of staff who captured it. */
    VERBAL_WITNESSED
}
