package care.needlepoint.treatments.session.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The fields of a session that an amendment may change. Depths, areas, devices, numbing, overrides and
 * acknowledgements decided whether the session was allowed, so they stay as charted.
 */
public record Amendable(UUID appointmentId, List<String> serums, String immediateReaction, String notes,
        boolean aftercareGiven) {

    public static final String APPOINTMENT_ID = "appointmentId";
    public static final String SERUMS = "serums";
    public static final String IMMEDIATE_REACTION = "immediateReaction";
    public static final String NOTES = "notes";
    public static final String AFTERCARE_GIVEN = "aftercareGiven";

    public Amendable {
        serums = List.copyOf(serums);
    }

    /** The value after one amendment's changes (field to {from, to}, as stored). */
    @SuppressWarnings("unchecked")
    public Amendable apply(Map<String, Change> changes) {
        UUID appointment = appointmentId;
        List<String> newSerums = serums;
        String reaction = immediateReaction;
        String newNotes = notes;
        boolean aftercare = aftercareGiven;
        for (Map.Entry<String, Change> change : changes.entrySet()) {
            Object to = change.getValue().to();
            switch (change.getKey()) {
                case APPOINTMENT_ID -> appointment = to == null ? null : UUID.fromString(to.toString());
                case SERUMS -> newSerums = to == null ? List.of() : (List<String>) to;
                case IMMEDIATE_REACTION -> reaction = (String) to;
                case NOTES -> newNotes = (String) to;
                case AFTERCARE_GIVEN -> aftercare = Boolean.TRUE.equals(to);
                default -> throw new IllegalStateException("An amendment of unknown field " + change.getKey());
            }
        }
        return new Amendable(appointment, newSerums, reaction, newNotes, aftercare);
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
