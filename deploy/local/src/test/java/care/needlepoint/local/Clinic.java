package care.needlepoint.local;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test data in a running system through the public APIs, as the clinic's staff would create it: practitioners, rooms,
 * a protocol, clients ready for treatment (screening and treatment consent). Everything is unique, so that tests
 * never see each other's data.
 */
final class Clinic {

    static final String DEPENDENCY_UNAVAILABLE = "https://needlepoint.care/problems/dependency-unavailable";

    final String clients;
    final String treatments;
    final String scheduling;
    private final RunningSystem system;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private String consentDocument;

    Clinic(RunningSystem system) {
        this.system = system;
        this.clients = system.url(LocalService.CLIENTS);
        this.treatments = system.url(LocalService.TREATMENTS);
        this.scheduling = system.url(LocalService.SCHEDULING);
    }

    /** A token from deploy/local/token (subject local-ROLE), fetched once per role. */
    String token(String role) {
        return tokens.computeIfAbsent(role, system::token);
    }

    String practitioner() {
        String unique = UUID.randomUUID().toString();
        return created(scheduling + "/api/v1/practitioners", "admin", Map.of("displayName", "Fault " + unique,
                "subject", "fault-" + unique, "active", true));
    }

    String room() {
        return created(scheduling + "/api/v1/rooms", "admin",
                Map.of("name", "Fault room " + UUID.randomUUID().toString().substring(0, 8), "active", true));
    }

    /** A CLINIC protocol of 30 minutes without numbing, sessions 28 to 42 days apart, 3 to 6 of them. */
    String protocol() {
        return created(treatments + "/api/v1/protocols", "admin", protocolBody());
    }

    static Map<String, Object> protocolBody() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "fault-" + unique);
        body.put("name", "Acne scar revision " + unique);
        body.put("summary", "Medical microneedling for atrophic acne scars.");
        body.put("indication", "ACNE_SCARS");
        body.put("setting", "CLINIC");
        body.put("treatmentAreas", List.of("CHEEKS"));
        body.put("depthLimits", List.of(Map.of("area", "CHEEKS", "deviceType", "PEN", "minMm", 0.5, "maxMm", 2.0)));
        body.put("numbing", Map.of("policy", "NONE"));
        body.put("procedureMinutes", 30);
        body.put("sessions", Map.of("default", 6, "min", 3, "max", 6));
        body.put("spacingDays", Map.of("min", 28, "max", 42));
        body.put("maintenanceIntervalMonths", Map.of("min", 6, "max", 12));
        body.put("aftercare", List.of("Avoid the sun and use SPF 30+."));
        body.put("serums", List.of("Hyaluronic acid"));
        body.put("contraindicationPreset", "CLINIC_DEFAULT");
        return body;
    }

    static Map<String, Object> clientBody() {
        String unique = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("givenName", "Amelia");
        body.put("familyName", "Fault-" + unique);
        body.put("dateOfBirth", "1988-04-17");
        body.put("email", "amelia." + unique + "@example.com");
        body.put("timeZone", "Europe/London");
        return body;
    }

    /** An ACTIVE client with a current screening (all "no") and consent to the current treatment document. */
    String treatableClient() {
        String client = created(clients + "/api/v1/clients", "front-desk", clientBody());
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("documentId", consentDocument());
        consent.put("signedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        consent.put("method", "HANDWRITTEN_SIGNATURE");
        created(clients + "/api/v1/clients/" + client + "/consents", "front-desk", consent);
        created(clients + "/api/v1/clients/" + client + "/screenings", "practitioner", screeningAllNo());
        return client;
    }

    private synchronized String consentDocument() {
        if (consentDocument == null) {
            consentDocument = created(clients + "/api/v1/consent-documents", "admin", Map.of(
                    "kind", "MICRONEEDLING_TREATMENT", "title", "Microneedling consent",
                    "text", "I understand the procedure, its risks and the aftercare."));
        }
        return consentDocument;
    }

    private static Map<String, Object> screeningAllNo() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("activeAcneOrInfection", Map.of("present", false, "areas", List.of()));
        for (String yesNo : List.of("herpesSimplexHistory", "keloidOrHypertrophicScarring",
                "anticoagulantsOrBleedingDisorder", "pregnantOrBreastfeeding", "chemotherapyOrRadiotherapy",
                "immunosuppressionOrUncontrolledDiabetes", "topicalAnaestheticAllergy", "metalAllergy")) {
            answers.put(yesNo, false);
        }
        answers.put("inflammatorySkinCondition", Map.of("present", false, "conditions", List.of(), "areas",
                List.of()));
        for (String dated : List.of("isotretinoin", "chemicalPeel", "laserTreatment", "injectables", "sunburn")) {
            answers.put(dated, Map.of("occurred", false));
        }
        return answers;
    }

    ZoneId zone() {
        return ZoneId.of(Http.get(scheduling + "/api/v1/clinic-settings", token("admin")).field("timeZone"));
    }

    /**
     * The n-th free start of one desk's calendar: whole hours 09:00 to 16:00 (a 30-minute procedure and the 15-minute
     * turnover end within the clinic's 09:00–18:00), Monday to Saturday, from the Monday after next. Sessions of a
     * series fall 28 days apart, so series of one desk must keep n below {@link #SERIES_STARTS}.
     */
    static final int SERIES_STARTS = 8 * 24;

    static ZonedDateTime start(int n, ZoneId zone) {
        LocalDate monday = LocalDate.now(zone).plusDays(7).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        int day = n / 8;
        LocalDate date = monday.plusDays((day / 6) * 7L + day % 6);
        return ZonedDateTime.of(date, LocalTime.of(9 + n % 8, 0), zone);
    }

    /** A bookSeries body: six sessions 28 days apart from the desk's n-th start, one practitioner and room. */
    static Map<String, Object> series(String client, String protocol, String practitioner, String room, int n,
            ZoneId zone) {
        ZonedDateTime first = start(n, zone);
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            sessions.add(Map.of("startsAt", first.plusDays(28L * k).toOffsetDateTime().toString(),
                    "practitionerId", practitioner, "roomId", room));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", client);
        body.put("protocolId", protocol);
        body.put("sessions", sessions);
        return body;
    }

    /** A bookAppointment body without a protocol (a consultation): 30 minutes at the desk's n-th start. */
    static Map<String, Object> appointment(String client, String practitioner, String room, int n, ZoneId zone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", client);
        body.put("practitionerId", practitioner);
        body.put("roomId", room);
        body.put("startsAt", start(n, zone).toOffsetDateTime().toString());
        body.put("durationMinutes", 30);
        return body;
    }

    String created(String url, String role, Object body) {
        Http.Answer answer = Http.post(url, token(role), null, body);
        if (answer.status() != 201) {
            throw new IllegalStateException("POST " + url + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.field("id");
    }
}
