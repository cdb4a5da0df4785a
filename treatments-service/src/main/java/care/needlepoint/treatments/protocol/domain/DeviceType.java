package care.needlepoint.treatments.protocol.domain;

/**
 * The needling device a depth limit (and later a charted area) names: docs/domain.md {@code device-type}, compared by
 * DeviceTypeTest. The same depth behaves differently per device, which is why limits are per area and device.
 */
public enum DeviceType {
    /** Derma roller: a drum of needles rolled over the skin. */
    ROLLER,
    /** Derma stamp: a flat head of needles pressed vertically. */
    STAMP,
    /** Motorised microneedling pen: an oscillating cartridge. */
    PEN
}
