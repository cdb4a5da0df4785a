package care.needlepoint.treatments.eligibility.domain;

import java.time.LocalDate;
import java.util.List;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.ContraindicationEffect;
import care.needlepoint.treatments.protocol.domain.ScreeningItem;

/**
 * One contraindication rule that applies to a client: which item, what it does, why (a stable code), and a sentence
 * for people.
 *
 * @param areas    for a site condition, where it counts: the treated areas it is present at, or every area it is
 *                 present at when the rule counts it anywhere (empty otherwise)
 * @param clearsOn for a dated item within its window, the first day the item no longer applies (null otherwise);
 *                 scheduling can book from that day on
 */
public record ContraindicationFinding(
        ScreeningItem item,
        ContraindicationEffect effect,
        FindingCode code,
        String message,
        List<BodyArea> areas,
        LocalDate clearsOn) {

    public ContraindicationFinding {
        areas = List.copyOf(areas);
    }
}
