package care.needlepoint.treatments.protocol.persistence;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import care.needlepoint.treatments.protocol.domain.DayRange;
import care.needlepoint.treatments.protocol.domain.HomeStep;
import care.needlepoint.treatments.protocol.domain.TreatmentSetting;

/** A row of protocol_home_step. */
@Embeddable
public class HomeStepRow {

    /** Always HOME: repeated so that the database refuses steps on a CLINIC version (V3 migration). */
    @Enumerated(EnumType.STRING)
    @Column(name = "setting", nullable = false)
    public TreatmentSetting setting;

    @Column(name = "depth_mm", nullable = false, precision = 3, scale = 2)
    public BigDecimal depthMm;

    @Column(name = "interval_min_days", nullable = false)
    public int intervalMinDays;

    @Column(name = "interval_max_days", nullable = false)
    public int intervalMaxDays;

    @Column(name = "min_weeks_before_next_step")
    public Integer minWeeksBeforeNextStep;

    @Column(name = "requires_practitioner_approval", nullable = false)
    public boolean requiresPractitionerApproval;

    static HomeStepRow of(TreatmentSetting setting, HomeStep step) {
        HomeStepRow row = new HomeStepRow();
        row.setting = setting;
        row.depthMm = step.depthMm();
        row.intervalMinDays = step.intervalDays().min();
        row.intervalMaxDays = step.intervalDays().max();
        row.minWeeksBeforeNextStep = step.minWeeksBeforeNextStep();
        row.requiresPractitionerApproval = step.requiresPractitionerApproval();
        return row;
    }

    HomeStep toStep() {
        return new HomeStep(depthMm, new DayRange(intervalMinDays, intervalMaxDays), minWeeksBeforeNextStep,
                requiresPractitionerApproval);
    }
}
