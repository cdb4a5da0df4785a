package care.needlepoint.scheduling.waitlist.domain;

/**
 * OPEN until the client answers or it lapses; every other status is final, and all but ACCEPTED pass the slot on to
 * the next matching entry.
 */
public enum WaitListOfferStatus {
    OPEN, ACCEPTED, DECLINED, EXPIRED, TAKEN, WITHDRAWN
}
