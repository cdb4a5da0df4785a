package care.needlepoint.treatments.protocol.domain;

/** Where a protocol is carried out: by a practitioner in the clinic, or by the client at home with a home device. */
public enum TreatmentSetting {
    CLINIC,
    HOME
}
