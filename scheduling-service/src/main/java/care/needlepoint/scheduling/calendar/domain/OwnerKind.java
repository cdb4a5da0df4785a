package care.needlepoint.scheduling.calendar.domain;

/** Whose hours or exception: the whole clinic, one practitioner or one room. */
public enum OwnerKind {
    CLINIC, PRACTITIONER, ROOM
}
