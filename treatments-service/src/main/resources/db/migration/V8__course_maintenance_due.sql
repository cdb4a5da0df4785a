-- The maintenance due window of a course, stored so that the recall list (listMaintenanceRecalls) can find the courses
-- due by a date with an index instead of working the window out for every course. course.domain.CourseWindows stays
-- the one rule: charting writes its answer here whenever it moves lastSessionAt or the status, and stopping a course
-- clears it. Dates are the clinic's local calendar (needlepoint.clinic.time-zone), both ends included.
ALTER TABLE course ADD COLUMN maintenance_due_from date;
ALTER TABLE course ADD COLUMN maintenance_due_until date;

ALTER TABLE course ADD CONSTRAINT course_maintenance_due_window CHECK (
    (maintenance_due_from IS NULL) = (maintenance_due_until IS NULL)
    AND (maintenance_due_from IS NULL OR maintenance_due_from <= maintenance_due_until));
ALTER TABLE course ADD CONSTRAINT course_maintenance_due_after_series CHECK (
    maintenance_due_from IS NULL OR status IN ('COMPLETED', 'MAINTENANCE'));

-- Courses already past their series when this migration runs: the same arithmetic as CourseWindows.maintenanceDue
-- (the last session's local date plus whole calendar months; PostgreSQL, like java.time, clamps 31 March + 6 months to
-- 30 September). The zone is the service's configured clinic zone (Flyway placeholder, application.properties).
UPDATE course c
   SET maintenance_due_from = ((c.last_session_at AT TIME ZONE '${clinic_time_zone}')::date
                               + make_interval(months => v.maintenance_min_months))::date,
       maintenance_due_until = ((c.last_session_at AT TIME ZONE '${clinic_time_zone}')::date
                                + make_interval(months => v.maintenance_max_months))::date
  FROM protocol_version v
 WHERE v.protocol_id = c.protocol_id AND v.version = c.protocol_version
   AND c.status IN ('COMPLETED', 'MAINTENANCE')
   AND c.last_session_at IS NOT NULL
   AND v.maintenance_min_months IS NOT NULL;

-- The recall list: due by a date, ordered by window start then id; overall and per client. Partial: only courses
-- with a window are ever listed, a small share of all courses.
CREATE INDEX course_maintenance_due ON course (maintenance_due_from, id) WHERE maintenance_due_from IS NOT NULL;
CREATE INDEX course_maintenance_due_by_client ON course (client_id, maintenance_due_from, id)
    WHERE maintenance_due_from IS NOT NULL;
