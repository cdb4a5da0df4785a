package care.needlepoint.scheduling.platform.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;

import care.needlepoint.scheduling.platform.problem.ProblemType;
import care.needlepoint.scheduling.platform.problem.Problems;

/**
 * ETags are the resource's version number as a strong tag; updates must send it back in If-Match so that two people
 * editing the same record cannot silently overwrite each other.
 */
public final class EntityTags {

    private static final Pattern STRONG_VERSION_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an update expects, from its If-Match header: missing is 428, unreadable is 412. */
    public static long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.of(ProblemType.PRECONDITION_REQUIRED, ProblemType.PRECONDITION_REQUIRED.defaultDetail());
        }
        Matcher matcher = STRONG_VERSION_TAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw Problems.of(ProblemType.PRECONDITION_FAILED,
                    "If-Match must be exactly one ETag as this service sent it, e.g. \"3\".");
        }
        return Long.parseLong(matcher.group(1));
    }

    public static RuntimeException stale(long currentVersion) {
        return Problems.of(ProblemType.PRECONDITION_FAILED,
                "The resource has changed since you read it; its current ETag is \"" + currentVersion
                        + "\". Read it again and reapply your change.");
    }
}
