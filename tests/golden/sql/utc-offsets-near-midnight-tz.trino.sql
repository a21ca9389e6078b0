-- satisfy: the state of a report, computed in SQL (satisfy report --from-sql <result> makes the report)
WITH cells AS (
  SELECT coalesce(trim(BOTH chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279) FROM CAST("Submitted" AS VARCHAR)), '') AS t0,
    coalesce(trim(BOTH chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279) FROM CAST("Delivery speed (1-5)" AS VARCHAR)), '') AS t1
  FROM "responses"
), numbered AS (
  SELECT cells.*, '' AS segment, CASE WHEN regexp_like(t0, '^([0-9]{4}-[0-9]{2}-[0-9]{2}([ T]([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]{1,9})?)?)?)$') THEN substr(t0, 1, 10) WHEN regexp_like(t0, '^([0-9]{4}-[0-9]{2}-[0-9]{2}[ T]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]{1,6})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?))$') THEN coalesce(CAST(CAST(try(from_iso8601_timestamp(substr(t0, 1, 10) || 'T' || substr(t0, 12, 5) || ':' || CASE WHEN substr(t0, 17, 1) = ':' THEN substr(t0, 18, 2) ELSE '00' END || CASE WHEN regexp_like(t0, '^(.*Z)$') THEN '+00:00' WHEN regexp_like(t0, '^(.*[+-][0-9]{2}:[0-9]{2})$') THEN substr(t0, length(t0) - 5) WHEN regexp_like(t0, '^(.*[+-][0-9]{4})$') THEN substr(t0, length(t0) - 4, 3) || ':' || substr(t0, length(t0) - 1) ELSE substr(t0, length(t0) - 2) || ':00' END)) AT TIME ZONE 'America/New_York' AS DATE) AS VARCHAR), 'undated') ELSE 'undated' END AS period, 1 AS wn, CASE WHEN regexp_like(t1, '^([+-]?([0-9]{1,30}([.][0-9]{0,30})?|[.][0-9]{1,30})([eE][+-]?[0-9]{1,2})?)$') THEN TRY_CAST(t1 AS DOUBLE) END AS n1 FROM cells WHERE TRUE
), weighed AS (
  SELECT numbered.*, 'used' AS wr, CASE WHEN 'used' = 'used' THEN wn END AS w FROM numbered
), coded AS (
  SELECT weighed.*,
    CASE WHEN t1 = '' THEN CAST(NULL AS DOUBLE) WHEN t1 = 'NA' THEN CAST(NULL AS DOUBLE) WHEN n1 < 1 OR n1 > 5 THEN CAST(NULL AS DOUBLE) WHEN n1 <> floor(n1) THEN CAST(NULL AS DOUBLE) WHEN n1 IS NOT NULL THEN n1 END AS a0,
    CASE WHEN t1 = '' THEN 'blank' WHEN t1 = 'NA' THEN 'blank' WHEN n1 < 1 OR n1 > 5 THEN 'outOfScale' WHEN n1 <> floor(n1) THEN 'notInteger' WHEN n1 IS NOT NULL THEN CAST(NULL AS VARCHAR) ELSE 'raw:' || t1 END AS r0
  FROM weighed WHERE wr = 'used'
), dimensioned AS (
  SELECT coded.*, CASE WHEN CASE WHEN a0 IS NULL THEN 0 ELSE 1 END > 0 THEN (coalesce((((a0 - 1) / 4) * 100), 0)) / (CASE WHEN a0 IS NULL THEN 0 ELSE 1 END) END AS d0,
    CAST(NULL AS DOUBLE) AS q0,
    0 AS x0 FROM coded
), scored AS (
  SELECT dimensioned.*, CASE WHEN CASE WHEN d0 IS NULL THEN 0 ELSE 1 END > 0 THEN (coalesce(d0, 0)) / (CASE WHEN d0 IS NULL THEN 0 ELSE 1 END) END AS ix, 0 AS dr FROM dimensioned
), agg AS (
  SELECT segment, period, CAST(sum(CASE WHEN d0 IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS m0_n,
    sum(CASE WHEN d0 IS NOT NULL THEN CAST(1 AS DOUBLE) END) AS m0_w,
    sum(CASE WHEN d0 IS NOT NULL THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m0_w2,
    sum(CASE WHEN d0 IS NOT NULL THEN CAST(1 AS DOUBLE) * (d0 - 50) END) AS m0_s1,
    sum(CASE WHEN d0 IS NOT NULL THEN CAST(1 AS DOUBLE) * (d0 - 50) * (d0 - 50) END) AS m0_s2,
    min(CASE WHEN d0 IS NOT NULL THEN d0 END) AS m0_lo,
    max(CASE WHEN d0 IS NOT NULL THEN d0 END) AS m0_hi,
    CAST(sum(CASE WHEN q0 IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS m1_n,
    sum(CASE WHEN q0 IS NOT NULL THEN CAST(1 AS DOUBLE) END) AS m1_w,
    sum(CASE WHEN q0 IS NOT NULL THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m1_w2,
    sum(CASE WHEN q0 IS NOT NULL THEN CAST(1 AS DOUBLE) * (q0 - 50) END) AS m1_s1,
    sum(CASE WHEN q0 IS NOT NULL THEN CAST(1 AS DOUBLE) * (q0 - 50) * (q0 - 50) END) AS m1_s2,
    min(CASE WHEN q0 IS NOT NULL THEN q0 END) AS m1_lo,
    max(CASE WHEN q0 IS NOT NULL THEN q0 END) AS m1_hi,
    CAST(sum(CASE WHEN ix IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS m2_n,
    sum(CASE WHEN ix IS NOT NULL THEN CAST(1 AS DOUBLE) END) AS m2_w,
    sum(CASE WHEN ix IS NOT NULL THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m2_w2,
    sum(CASE WHEN ix IS NOT NULL THEN CAST(1 AS DOUBLE) * (ix - 50) END) AS m2_s1,
    sum(CASE WHEN ix IS NOT NULL THEN CAST(1 AS DOUBLE) * (ix - 50) * (ix - 50) END) AS m2_s2,
    min(CASE WHEN ix IS NOT NULL THEN ix END) AS m2_lo,
    max(CASE WHEN ix IS NOT NULL THEN ix END) AS m2_hi,
    CAST(sum(CASE WHEN x0 = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m3_n,
    sum(CASE WHEN x0 = 1 THEN CAST(1 AS DOUBLE) END) AS m3_w,
    sum(CASE WHEN x0 = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m3_w2,
    sum(CASE WHEN x0 = 1 THEN CAST(1 AS DOUBLE) * (a0 - 3) END) AS m3_s1,
    sum(CASE WHEN x0 = 1 THEN CAST(1 AS DOUBLE) * (a0 - 3) * (a0 - 3) END) AS m3_s2,
    min(CASE WHEN x0 = 1 THEN a0 END) AS m3_lo,
    max(CASE WHEN x0 = 1 THEN a0 END) AS m3_hi,
    CAST(sum(CASE WHEN x0 = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m4_n,
    sum(CASE WHEN x0 = 1 THEN CAST(1 AS DOUBLE) END) AS m4_w,
    sum(CASE WHEN x0 = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m4_w2,
    sum(CASE WHEN x0 = 1 THEN CAST(1 AS DOUBLE) * (a0 - 3) END) AS m4_s1,
    sum(CASE WHEN x0 = 1 THEN CAST(1 AS DOUBLE) * (a0 - 3) * (a0 - 3) END) AS m4_s2,
    min(CASE WHEN x0 = 1 THEN a0 END) AS m4_lo,
    max(CASE WHEN x0 = 1 THEN a0 END) AS m4_hi
  FROM scored GROUP BY segment, period
)
SELECT 'model' AS part, CAST(NULL AS VARCHAR) AS segment, CAST(NULL AS VARCHAR) AS period, 0 AS item, '{"format":"satisfy-sql-result","version":1,"dialect":"trino","table":"responses","sample":{"path":"fixtures/segments/utc-offsets-near-midnight.csv","platform":"generic"},"model":{"columns":[{"index":0,"name":"Submitted","question":null,"role":"timestamp","dimension":null,"scale":null,"evidence":["4 of 4 sampled values are dates; header keyword \"submitted*\" (en)"],"unmapped":[],"confidence":"high"},{"index":1,"name":"Delivery speed (1-5)","question":null,"role":"item","dimension":"delivery","scale":{"kind":"numeric","min":1,"max":5,"labels":null,"labelSet":null,"reversed":false},"evidence":["header keyword \"deliver*\" (en), \"speed\" (en) → delivery; scale 1-5 from the header"],"unmapped":[],"confidence":"high"}],"dimensions":[{"id":"delivery","label":"Delivery","columns":[1]}],"csat":null,"nps":null,"ces":null,"weight":null,"timestamp":0,"language":{"language":null,"evidence":"too little text to tell the language (3 words); keywords of every language tried"},"audience":{"audience":"customers","evidence":"no question asks about the workplace: read as a survey of customers"},"vocabulary":{"missingCodes":[]}},"plan":{"confidenceLevel":0.95,"segments":null,"periods":{"column":{"index":0,"name":"Submitted"},"dateOrder":"ymd","dateOrderGiven":false,"excelSerials":false,"period":"day","timeZone":"America/New_York","adjust":"holm","confidenceLevel":0.95},"window":null,"attention":null,"tests":{"minBase":30,"adjust":"holm"}},"answerFormat":{"decimalComma":false,"negativeCodesMissing":false,"quotePrefix":false},"where":[]}' AS key, CAST(NULL AS DOUBLE) AS value, CAST(0 AS BIGINT) AS n, CAST(NULL AS DOUBLE) AS w, CAST(NULL AS DOUBLE) AS w2, CAST(NULL AS DOUBLE) AS s1, CAST(NULL AS DOUBLE) AS s2, CAST(NULL AS DOUBLE) AS lo, CAST(NULL AS DOUBLE) AS hi
UNION ALL SELECT 'rows' AS part, CAST(NULL AS VARCHAR) AS segment, CAST(NULL AS VARCHAR) AS period, 0 AS item, 'filtered' AS key, CAST(NULL AS DOUBLE) AS value, CAST(count(*) AS BIGINT) AS n, CAST(NULL AS DOUBLE) AS w, CAST(NULL AS DOUBLE) AS w2, CAST(NULL AS DOUBLE) AS s1, CAST(NULL AS DOUBLE) AS s2, CAST(NULL AS DOUBLE) AS lo, CAST(NULL AS DOUBLE) AS hi FROM cells WHERE NOT (TRUE)
UNION ALL SELECT 'rows' AS part, segment, period, 0 AS item, wr AS key, CAST(NULL AS DOUBLE) AS value, CAST(count(*) AS BIGINT) AS n, sum(CAST(w AS DOUBLE)) AS w, sum(CAST(w AS DOUBLE) * w) AS w2, CAST(NULL AS DOUBLE) AS s1, CAST(NULL AS DOUBLE) AS s2, min(CAST(w AS DOUBLE)) AS lo, max(CAST(w AS DOUBLE)) AS hi FROM weighed GROUP BY segment, period, wr
UNION ALL SELECT 'date' AS part, CAST(NULL AS VARCHAR) AS segment, CAST(NULL AS VARCHAR) AS period, 0 AS item, 'raw:' || t0 AS key, CAST(NULL AS DOUBLE) AS value, CAST(count(*) AS BIGINT) AS n, CAST(NULL AS DOUBLE) AS w, CAST(NULL AS DOUBLE) AS w2, CAST(NULL AS DOUBLE) AS s1, CAST(NULL AS DOUBLE) AS s2, CAST(NULL AS DOUBLE) AS lo, CAST(NULL AS DOUBLE) AS hi FROM numbered WHERE period = 'undated' GROUP BY t0
UNION ALL SELECT 'answer' AS part, segment, period, v.i AS item, v.r AS key, v.a AS value, CAST(count(*) AS BIGINT) AS n, sum(CAST(1 AS DOUBLE)) AS w, sum(CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE)) AS w2, CAST(NULL AS DOUBLE) AS s1, CAST(NULL AS DOUBLE) AS s2, CAST(NULL AS DOUBLE) AS lo, CAST(NULL AS DOUBLE) AS hi FROM scored CROSS JOIN UNNEST(ARRAY[0], ARRAY[r0], ARRAY[a0]) AS v(i, r, a) GROUP BY segment, period, v.i, v.r, v.a
UNION ALL SELECT 'score' AS part, segment, period, 0 AS item, CAST(NULL AS VARCHAR) AS key, CAST(NULL AS DOUBLE) AS value, m0_n AS n, m0_w AS w, m0_w2 AS w2, m0_s1 AS s1, m0_s2 AS s2, m0_lo AS lo, m0_hi AS hi FROM agg
UNION ALL SELECT 'resolution' AS part, segment, period, 0 AS item, CAST(NULL AS VARCHAR) AS key, CAST(NULL AS DOUBLE) AS value, m1_n AS n, m1_w AS w, m1_w2 AS w2, m1_s1 AS s1, m1_s2 AS s2, m1_lo AS lo, m1_hi AS hi FROM agg
UNION ALL SELECT 'index' AS part, segment, period, 0 AS item, CAST(NULL AS VARCHAR) AS key, CAST(NULL AS DOUBLE) AS value, m2_n AS n, m2_w AS w, m2_w2 AS w2, m2_s1 AS s1, m2_s2 AS s2, m2_lo AS lo, m2_hi AS hi FROM agg
UNION ALL SELECT 'alpha' AS part, segment, period, 0 AS item, '0' AS key, CAST(NULL AS DOUBLE) AS value, m3_n AS n, m3_w AS w, m3_w2 AS w2, m3_s1 AS s1, m3_s2 AS s2, m3_lo AS lo, m3_hi AS hi FROM agg
UNION ALL SELECT 'alpha' AS part, segment, period, 0 AS item, '0,0' AS key, CAST(NULL AS DOUBLE) AS value, m4_n AS n, m4_w AS w, m4_w2 AS w2, m4_s1 AS s1, m4_s2 AS s2, m4_lo AS lo, m4_hi AS hi FROM agg
