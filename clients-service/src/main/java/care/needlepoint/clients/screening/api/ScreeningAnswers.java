package care.needlepoint.clients.screening.api;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.clients.screening.domain.BodyArea;
import care.needlepoint.clients.screening.domain.SkinCondition;

/**
 * The answers of one contraindication screening, questionnaire version 1 (docs/domain.md, "Contraindication
 * screening"): what a practitioner sends and what every read returns. Every question must be answered; a missing
 * answer is a 400, never "assumed no". Bean validation checks each answer on its own; how the parts of an answer fit
 * together (areas when present, a date when it occurred) is screening.domain.ScreeningConsistency.
 *
 * <p>Sets of codes come out in the order of their vocabulary, whatever order they were sent in, so that the stored
 * document, the Idempotency-Key fingerprint and every answer read back are the same for the same answers.
 */
@Schema(name = "ScreeningAnswers", description = "Answers to the contraindication questionnaire, version 1. Every "
        + "question is required. Three shapes: yes/no (true or false); site condition ({present, areas}: areas "
        + "non-empty when present is true, empty or left out when false); dated history ({occurred, lastOn}: lastOn "
        + "required when occurred is true, left out when false, not in the future, not before 1900-01-01).")
public record ScreeningAnswers(
        @Schema(description = "Active acne or a skin infection (bacterial, herpes, fungal), and where.")
        @NotNull @Valid
        SiteCondition activeAcneOrInfection,

        @Schema(description = "Ever had cold sores (herpes simplex).", example = "false")
        @NotNull
        Boolean herpesSimplexHistory,

        @Schema(description = "Tends to form keloid or hypertrophic scars.", example = "false")
        @NotNull
        Boolean keloidOrHypertrophicScarring,

        @Schema(description = "Eczema, psoriasis or rosacea, which of them, and where.")
        @NotNull @Valid
        InflammatorySkinCondition inflammatorySkinCondition,

        @Schema(description = "Takes anticoagulants or has a bleeding disorder.", example = "false")
        @NotNull
        Boolean anticoagulantsOrBleedingDisorder,

        @Schema(description = "Pregnant or breastfeeding.", example = "false")
        @NotNull
        Boolean pregnantOrBreastfeeding,

        @Schema(description = "Under chemotherapy or radiotherapy.", example = "false")
        @NotNull
        Boolean chemotherapyOrRadiotherapy,

        @Schema(description = "Immunosuppressed, or diabetes not under control.", example = "false")
        @NotNull
        Boolean immunosuppressionOrUncontrolledDiabetes,

        @Schema(description = "Has taken isotretinoin, and when last.")
        @NotNull @Valid
        DatedHistory isotretinoin,

        @Schema(description = "Had a chemical peel, and when last.")
        @NotNull @Valid
        DatedHistory chemicalPeel,

        @Schema(description = "Had laser or IPL treatment, and when last.")
        @NotNull @Valid
        DatedHistory laserTreatment,

        @Schema(description = "Had fillers or neurotoxin injections, and when last.")
        @NotNull @Valid
        DatedHistory injectables,

        @Schema(description = "Sunburnt, and when last.")
        @NotNull @Valid
        DatedHistory sunburn,

        @Schema(description = "Allergic to topical anaesthetics (lidocaine, tetracaine, ...).", example = "false")
        @NotNull
        Boolean topicalAnaestheticAllergy,

        @Schema(description = "Allergic to metals (nickel, steel).", example = "false")
        @NotNull
        Boolean metalAllergy,

        @Schema(description = "Free text for the practitioner; no rule reads it. Optional.",
                example = "Mild rosacea flare on the cheeks last winter, settled now.", maxLength = 2000,
                nullable = true)
        @Size(max = 2000)
        String notes) {

    /** A condition that may be present at some body areas: the areas name where. */
    @Schema(name = "SiteCondition", description = "Whether the condition is present and, if so, where. areas is "
            + "required and non-empty when present is true; empty or left out when it is false.")
    public record SiteCondition(
            @Schema(description = "Whether the client has the condition now.", example = "true")
            @NotNull
            Boolean present,

            @Schema(description = "Where the condition is (body-area codes of docs/domain.md); each at most once, "
                    + "returned in the vocabulary's order; [] when present is false.", example = "[\"CHEEKS\"]",
                    maxItems = 21, uniqueItems = true)
            Set<@NotNull BodyArea> areas) {

        public SiteCondition {
            areas = ordered(areas);
        }
    }

    /** Eczema, psoriasis or rosacea: which of them, and where. */
    @Schema(name = "InflammatorySkinCondition", description = "Whether the client has eczema, psoriasis or rosacea, "
            + "which, and where. conditions and areas are required and non-empty when present is true; empty or "
            + "left out when it is false.")
    public record InflammatorySkinCondition(
            @Schema(description = "Whether the client has one of these conditions now.", example = "true")
            @NotNull
            Boolean present,

            @Schema(description = "Which conditions; each at most once; [] when present is false.",
                    example = "[\"ROSACEA\"]", maxItems = 3, uniqueItems = true)
            Set<@NotNull SkinCondition> conditions,

            @Schema(description = "Where (body-area codes of docs/domain.md); each at most once, returned in the "
                    + "vocabulary's order; [] when present is false.", example = "[\"CHEEKS\", \"NOSE\"]",
                    maxItems = 21, uniqueItems = true)
            Set<@NotNull BodyArea> areas) {

        public InflammatorySkinCondition {
            conditions = ordered(conditions);
            areas = ordered(areas);
        }
    }

    /** Something that happened or not, and when it last did. */
    @Schema(name = "DatedHistory", description = "Whether it ever happened and, if so, on which date it last did. "
            + "lastOn is required when occurred is true and left out (or null) when it is false.")
    public record DatedHistory(
            @Schema(description = "Whether it ever happened.", example = "true")
            @NotNull
            Boolean occurred,

            @Schema(description = "The date it last happened (YYYY-MM-DD, the client's local date): not in the "
                    + "future, not before 1900-01-01; null when occurred is false.", example = "2026-09-30",
                    nullable = true)
            LocalDate lastOn) {
    }

    /**
     * The codes in vocabulary order, an absent list read as an empty one; null elements are kept, for bean
     * validation to name them.
     */
    private static <E extends Enum<E>> Set<E> ordered(Set<E> codes) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        return codes.stream().sorted(Comparator.nullsLast(Comparator.<E>naturalOrder()))
                .collect(Collectors.collectingAndThen(Collectors.toCollection(LinkedHashSet::new),
                        Collections::unmodifiableSet));
    }
}
