package care.needlepoint.treatments.session.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.DeviceType;

/**
 * The fields of a session that an amendment may change: the free-text and bookkeeping fields, and the values charted
 * per area (device, depth, needle configuration, passes, directions, endpoint). Which areas were treated, the
 * numbing, the overrides and the acknowledgements stay as charted. A change of an area's value is stored under
 * {@code areas[AREA].field}, e.g. {@code areas[CHEEKS].depthMm}.
 */
public record Amendable(UUID appointmentId, List<String> serums, String immediateReaction, String notes,
        boolean aftercareGiven, List<AreaValues> areas) {

    public static final String APPOINTMENT_ID = "appointmentId";
    public static final String SERUMS = "serums";
    public static final String IMMEDIATE_REACTION = "immediateReaction";
    public static final String NOTES = "notes";
    public static final String AFTERCARE_GIVEN = "aftercareGiven";

    private static final Pattern AREA_FIELD = Pattern.compile("areas\\[([A-Z_]+)]\\.([A-Za-z]+)");

    public Amendable {
        serums = List.copyOf(serums);
        areas = List.copyOf(areas);
    }

    /** The key under which a change of {@code field} on {@code area} is stored. */
    public static String areaField(BodyArea area, String field) {
        return "areas[" + area + "]." + field;
    }

    /** The value after one amendment's changes (field to {from, to}, as stored). */
    @SuppressWarnings("unchecked")
    public Amendable apply(Map<String, Change> changes) {
        UUID appointment = appointmentId;
        List<String> newSerums = serums;
        String reaction = immediateReaction;
        String newNotes = notes;
        boolean aftercare = aftercareGiven;
        List<AreaValues> newAreas = new ArrayList<>(areas);
        for (Map.Entry<String, Change> change : changes.entrySet()) {
            Object to = change.getValue().to();
            Matcher areaField = AREA_FIELD.matcher(change.getKey());
            if (areaField.matches()) {
                BodyArea area = BodyArea.valueOf(areaField.group(1));
                int index = indexOf(newAreas, area);
                newAreas.set(index, withAreaField(newAreas.get(index), areaField.group(2), to));
                continue;
            }
            switch (change.getKey()) {
                case APPOINTMENT_ID -> appointment = to == null ? null : UUID.fromString(to.toString());
                case SERUMS -> newSerums = to == null ? List.of() : (List<String>) to;
                case IMMEDIATE_REACTION -> reaction = (String) to;
                case NOTES -> newNotes = (String) to;
                case AFTERCARE_GIVEN -> aftercare = Boolean.TRUE.equals(to);
                default -> throw new IllegalStateException("An amendment of unknown field " + change.getKey());
            }
        }
        return new Amendable(appointment, newSerums, reaction, newNotes, aftercare, newAreas);
    }

    @SuppressWarnings("unchecked")
    private static AreaValues withAreaField(AreaValues a, String field, Object to) {
        return switch (field) {
            case AreaValues.DEVICE_TYPE -> new AreaValues(a.area(), DeviceType.valueOf(to.toString()), a.depthMm(),
                    a.needleConfiguration(), a.passes(), a.directions(), a.endpoint());
            case AreaValues.DEPTH_MM -> new AreaValues(a.area(), a.deviceType(),
                    new BigDecimal(to.toString()).setScale(2, RoundingMode.UNNECESSARY), a.needleConfiguration(),
                    a.passes(), a.directions(), a.endpoint());
            case AreaValues.NEEDLE_CONFIGURATION -> new AreaValues(a.area(), a.deviceType(), a.depthMm(),
                    (String) to, a.passes(), a.directions(), a.endpoint());
            case AreaValues.PASSES -> new AreaValues(a.area(), a.deviceType(), a.depthMm(), a.needleConfiguration(),
                    ((Number) to).intValue(), a.directions(), a.endpoint());
            case AreaValues.DIRECTIONS -> new AreaValues(a.area(), a.deviceType(), a.depthMm(),
                    a.needleConfiguration(), a.passes(),
                    ((List<Object>) to).stream().map(d -> Direction.valueOf(d.toString())).toList(), a.endpoint());
            case AreaValues.ENDPOINT -> new AreaValues(a.area(), a.deviceType(), a.depthMm(), a.needleConfiguration(),
                    a.passes(), a.directions(), Endpoint.valueOf(to.toString()));
            default -> throw new IllegalStateException("An amendment of unknown area field " + field);
        };
    }

    private static int indexOf(List<AreaValues> areas, BodyArea area) {
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).area() == area) {
                return i;
            }
        }
        throw new IllegalStateException("An amendment of area " + area + ", which the session did not treat");
    }

    /**
     * The changes of the areas' charted values to the corrected ones given (each for an area the session treated;
     * areas not given stay as they are), each in JSON terms: enums by name, depth as a number at scale 2.
     */
    public Map<String, Change> areaChangesTo(List<AreaValues> corrected) {
        Map<String, Change> changes = new LinkedHashMap<>();
        if (corrected == null) {
            return changes;
        }
        for (AreaValues to : corrected) {
            AreaValues from = areas.get(indexOf(areas, to.area()));
            if (from.deviceType() != to.deviceType()) {
                changes.put(areaField(to.area(), AreaValues.DEVICE_TYPE), new Change(from.deviceType().name(),
                        to.deviceType().name()));
            }
            if (from.depthMm().compareTo(to.depthMm()) != 0) {
                changes.put(areaField(to.area(), AreaValues.DEPTH_MM), new Change(from.depthMm(), to.depthMm()));
            }
            if (!from.needleConfiguration().equals(to.needleConfiguration())) {
                changes.put(areaField(to.area(), AreaValues.NEEDLE_CONFIGURATION),
                        new Change(from.needleConfiguration(), to.needleConfiguration()));
            }
            if (from.passes() != to.passes()) {
                changes.put(areaField(to.area(), AreaValues.PASSES), new Change(from.passes(), to.passes()));
            }
            if (!from.directions().equals(to.directions())) {
                changes.put(areaField(to.area(), AreaValues.DIRECTIONS), new Change(
                        from.directions().stream().map(Enum::name).toList(),
                        to.directions().stream().map(Enum::name).toList()));
            }
            if (from.endpoint() != to.endpoint()) {
                changes.put(areaField(to.area(), AreaValues.ENDPOINT), new Change(from.endpoint().name(),
                        to.endpoint().name()));
            }
        }
        return changes;
    }

    /**
     * The changes that move this to the requested values: only fields that are given (non-null) and differ, each with
     * its old and new value in JSON terms (ids as text).
     */
    public Map<String, Change> changesTo(UUID newAppointmentId, List<String> newSerums, String newReaction,
            String newNotes, Boolean newAftercare) {
        Map<String, Change> changes = new LinkedHashMap<>();
        if (newAppointmentId != null && !newAppointmentId.equals(appointmentId)) {
            changes.put(APPOINTMENT_ID, new Change(appointmentId == null ? null : appointmentId.toString(),
                    newAppointmentId.toString()));
        }
        if (newSerums != null && !newSerums.equals(serums)) {
            changes.put(SERUMS, new Change(serums, List.copyOf(newSerums)));
        }
        if (newReaction != null && !newReaction.equals(immediateReaction)) {
            changes.put(IMMEDIATE_REACTION, new Change(immediateReaction, newReaction));
        }
        if (newNotes != null && !newNotes.equals(notes)) {
            changes.put(NOTES, new Change(notes, newNotes));
        }
        if (newAftercare != null && !Objects.equals(newAftercare, aftercareGiven)) {
            changes.put(AFTERCARE_GIVEN, new Change(aftercareGiven, newAftercare));
        }
        return changes;
    }

    /** One field's value before and after an amendment. */
    public record Change(Object from, Object to) {
    }
}
