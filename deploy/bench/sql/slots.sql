-- The free slots the write scenarios book, as UTC instants (the clinic's local hours resolved in Europe/London, so
-- daylight-saving days are right). The loaded appointments use 09:00-11:00 from day -7 on; singles take 12:00-15:00
-- on working days 1 to 98 ahead; a series takes 16:00 or 17:00 on a working day 1 to 28 ahead, or 169 to 196 ahead
-- once those are taken, and the same weekday every 28 days after (the protocol's minimum spacing), six sessions, up
-- to day 336. That is 336 singles and 96 series per practitioner: at 100 practitioners enough for every write run
-- of deploy/bench/run at 150-200 bookings a second without booking a slot twice.
-- Output: lines "single <startsAt>" and "series <startsAt1> ... <startsAt6>".
\pset format unaligned
\pset tuples_only on
SELECT 'single ' || to_char((d + make_time(h, 0, 0)) AT TIME ZONE 'Europe/London' AT TIME ZONE 'UTC',
                            'YYYY-MM-DD"T"HH24:MI:SS"Z"')
  FROM generate_series(timezone('Europe/London', now())::date + 1, timezone('Europe/London', now())::date + 98,
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
                               timezone('Europe/London', now())::date + 196, interval '1 day')) AS g (dd),
       LATERAL (SELECT dd::date AS d) AS x,
       unnest(ARRAY[16, 17]) AS h,
       generate_series(0, 5) AS k
 WHERE extract(isodow FROM dd) < 7
 GROUP BY d, h
 ORDER BY d, h;
