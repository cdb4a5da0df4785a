-- The free slots the write scenarios book, as UTC instants (the clinic's local hours resolved in Europe/London, so
-- daylight-saving days are right). The loaded appointments use 09:00-11:00 from day -7 to day 34; singles take
-- 12:00-15:00 on working days 1 to 336 ahead; a series takes 16:00 or 17:00 on a working day 1 to 28 ahead, then
-- 09:00-11:00, 16:00 or 17:00 on a working day 169 to 196 ahead, then 337 to 364, as the earlier ones are taken, and
-- the same weekday every 28 days after (the protocol's minimum spacing), six sessions, up to day 504. That is 1,152
-- singles and 288 series per practitioner: at 100 practitioners enough for the warm-up rounds and every measured
-- write run of deploy/bench/run at 250 bookings or 100 series a second without booking a slot twice.
-- Output: lines "single <startsAt>" and "series <startsAt1> ... <startsAt6>".
\pset format unaligned
\pset tuples_only on
-- d::date: generate_series over dates yields timestamptz at the session's midnight, which put the singles an hour off
-- local time once a daylight-saving change lay between (unseen while they ended before the end of March).
SELECT 'single ' || to_char((d::date + make_time(h, 0, 0)) AT TIME ZONE 'Europe/London' AT TIME ZONE 'UTC',
                            'YYYY-MM-DD"T"HH24:MI:SS"Z"')
  FROM generate_series(timezone('Europe/London', now())::date + 1, timezone('Europe/London', now())::date + 336,
                       interval '1 day') AS g (d),
       unnest(ARRAY[12, 13, 14, 15]) AS h
 WHERE extract(isodow FROM d) < 7
 ORDER BY d, h;
SELECT 'series ' || string_agg(to_char((d + k * 28 + make_time(h, 0, 0)) AT TIME ZONE 'Europe/London' AT TIME ZONE 'UTC',
                                       'YYYY-MM-DD"T"HH24:MI:SS"Z"'), ' ' ORDER BY k)
  FROM (SELECT generate_series(timezone('Europe/London', now())::date + 1,
                               timezone('Europe/London', now())::date + 28, interval '1 day')
        UNION ALL
        SELECT generate_series(timezone('Europe/London', now())::date + 169,
                               timezone('Europe/London', now())::date + 196, interval '1 day')
        UNION ALL
        SELECT generate_series(timezone('Europe/London', now())::date + 337,
                               timezone('Europe/London', now())::date + 364, interval '1 day')) AS g (dd),
       LATERAL (SELECT dd::date AS d) AS x,
       -- Before day 35 the mornings hold the loaded appointments (and a series from there reaches day 168).
       LATERAL unnest(CASE WHEN dd::date < timezone('Europe/London', now())::date + 35 THEN ARRAY[16, 17]
                           ELSE ARRAY[9, 10, 11, 16, 17] END) AS h,
       generate_series(0, 5) AS k
 WHERE extract(isodow FROM dd) < 7
 GROUP BY d, h
 ORDER BY d, h;
