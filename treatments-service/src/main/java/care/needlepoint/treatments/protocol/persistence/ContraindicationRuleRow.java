package care.needlepoint.treatments.protocol.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import care.needlepoint.treatments.protocol.domain.ContraindicationEffect;
import care.needlepoint.treatments.protocol.domain.ContraindicationRule;
import care.needlepoint.treatments.protocol.domain.ScreeningItem;

/** A row of protocol_contraindication_rule. */
@Embeddable
public class ContraindicationRuleRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "item", nullable = false)
    public ScreeningItem item;

    @Enumerated(EnumType.STRING)
    @Column(name = "effect", nullable = false)
    public ContraindicationEffect effect;

    @Column(name = "window_days")
    public Integer windowDays;

    @Column(name = "window_months")
    public Integer windowMonths;

    @Column(name = "only_at_treated_area")
    public Boolean onlyAtTreatedArea;

    static ContraindicationRuleRow of(ContraindicationRule rule) {
        ContraindicationRuleRow row = new ContraindicationRuleRow();
        row.item = rule.item();
        row.effect = rule.effect();
        row.windowDays = rule.windowDays();
        row.windowMonths = rule.windowMonths();
        row.onlyAtTreatedArea = rule.onlyAtTreatedArea();
        return row;
    }

    ContraindicationRule toRule() {
        return new ContraindicationRule(item, effect, windowDays, windowMonths, onlyAtTreatedArea);
    }
}
