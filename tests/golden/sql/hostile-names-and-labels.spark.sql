-- satisfy: the state of a report, computed in SQL (satisfy report --from-sql <result> makes the report)
WITH cells AS (
  SELECT coalesce(regexp_replace(CAST(`Region'; DROP TABLE t; --` AS STRING), '^[\\x{9}\\x{a}\\x{b}\\x{c}\\x{d}\\x{20}\\x{a0}\\x{1680}\\x{2000}\\x{2001}\\x{2002}\\x{2003}\\x{2004}\\x{2005}\\x{2006}\\x{2007}\\x{2008}\\x{2009}\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]+|[\\x{9}\\x{a}\\x{b}\\x{c}\\x{d}\\x{20}\\x{a0}\\x{1680}\\x{2000}\\x{2001}\\x{2002}\\x{2003}\\x{2004}\\x{2005}\\x{2006}\\x{2007}\\x{2008}\\x{2009}\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]+\\z', ''), '') AS t0,
    coalesce(regexp_replace(CAST(`Delivery "speed" \ (1-5)` AS STRING), '^[\\x{9}\\x{a}\\x{b}\\x{c}\\x{d}\\x{20}\\x{a0}\\x{1680}\\x{2000}\\x{2001}\\x{2002}\\x{2003}\\x{2004}\\x{2005}\\x{2006}\\x{2007}\\x{2008}\\x{2009}\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]+|[\\x{9}\\x{a}\\x{b}\\x{c}\\x{d}\\x{20}\\x{a0}\\x{1680}\\x{2000}\\x{2001}\\x{2002}\\x{2003}\\x{2004}\\x{2005}\\x{2006}\\x{2007}\\x{2008}\\x{2009}\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]+\\z', ''), '') AS t1,
    coalesce(regexp_replace(CAST(`The price is fair;
-- really (1-5)` AS STRING), '^[\\x{9}\\x{a}\\x{b}\\x{c}\\x{d}\\x{20}\\x{a0}\\x{1680}\\x{2000}\\x{2001}\\x{2002}\\x{2003}\\x{2004}\\x{2005}\\x{2006}\\x{2007}\\x{2008}\\x{2009}\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]+|[\\x{9}\\x{a}\\x{b}\\x{c}\\x{d}\\x{20}\\x{a0}\\x{1680}\\x{2000}\\x{2001}\\x{2002}\\x{2003}\\x{2004}\\x{2005}\\x{2006}\\x{2007}\\x{2008}\\x{2009}\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]+\\z', ''), '') AS t2,
    coalesce(regexp_replace(CAST(`I trust this company /* (1-5)` AS STRING), '^[\\x{9}\\x{a}\\x{b}\\x{c}\\x{d}\\x{20}\\x{a0}\\x{1680}\\x{2000}\\x{2001}\\x{2002}\\x{2003}\\x{2004}\\x{2005}\\x{2006}\\x{2007}\\x{2008}\\x{2009}\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]+|[\\x{9}\\x{a}\\x{b}\\x{c}\\x{d}\\x{20}\\x{a0}\\x{1680}\\x{2000}\\x{2001}\\x{2002}\\x{2003}\\x{2004}\\x{2005}\\x{2006}\\x{2007}\\x{2008}\\x{2009}\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]+\\z', ''), '') AS t3,
    coalesce(regexp_replace(CAST(`Overall satisfaction ☺ (1-5)` AS STRING), '^[\\x{9}\\x{a}\\x{b}\\x{c}\\x{d}\\x{20}\\x{a0}\\x{1680}\\x{2000}\\x{2001}\\x{2002}\\x{2003}\\x{2004}\\x{2005}\\x{2006}\\x{2007}\\x{2008}\\x{2009}\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]+|[\\x{9}\\x{a}\\x{b}\\x{c}\\x{d}\\x{20}\\x{a0}\\x{1680}\\x{2000}\\x{2001}\\x{2002}\\x{2003}\\x{2004}\\x{2005}\\x{2006}\\x{2007}\\x{2008}\\x{2009}\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]+\\z', ''), '') AS t4,
    coalesce(regexp_replace(CAST(`How likely are you to recommend us? (0-10) '' \'` AS STRING), '^[\\x{9}\\x{a}\\x{b}\\x{c}\\x{d}\\x{20}\\x{a0}\\x{1680}\\x{2000}\\x{2001}\\x{2002}\\x{2003}\\x{2004}\\x{2005}\\x{2006}\\x{2007}\\x{2008}\\x{2009}\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]+|[\\x{9}\\x{a}\\x{b}\\x{c}\\x{d}\\x{20}\\x{a0}\\x{1680}\\x{2000}\\x{2001}\\x{2002}\\x{2003}\\x{2004}\\x{2005}\\x{2006}\\x{2007}\\x{2008}\\x{2009}\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]+\\z', ''), '') AS t5
  FROM `survey`.`responses`
), numbered AS (
  SELECT cells.*, CASE WHEN t0 = '' OR t0 IN ('\\\'); DROP TABLE t; --') THEN '(blank)' ELSE t0 END AS segment, '' AS period, 1 AS wn, CASE WHEN t1 RLIKE '^([+-]?([0-9]{1,30}([.][0-9]{0,30})?|[.][0-9]{1,30})([eE][+-]?[0-9]{1,2})?)\\z' THEN TRY_CAST(t1 AS DOUBLE) END AS n1, CASE WHEN t2 RLIKE '^([+-]?([0-9]{1,30}([.][0-9]{0,30})?|[.][0-9]{1,30})([eE][+-]?[0-9]{1,2})?)\\z' THEN TRY_CAST(t2 AS DOUBLE) END AS n2, CASE WHEN t4 RLIKE '^([+-]?([0-9]{1,30}([.][0-9]{0,30})?|[.][0-9]{1,30})([eE][+-]?[0-9]{1,2})?)\\z' THEN TRY_CAST(t4 AS DOUBLE) END AS n4, CASE WHEN t5 RLIKE '^([+-]?([0-9]{1,30}([.][0-9]{0,30})?|[.][0-9]{1,30})([eE][+-]?[0-9]{1,2})?)\\z' THEN TRY_CAST(t5 AS DOUBLE) END AS n5 FROM cells WHERE t0 <> 'South \\' AND t0 <> 'Zürich
West'
), weighed AS (
  SELECT numbered.*, 'used' AS wr, CASE WHEN 'used' = 'used' THEN wn END AS w FROM numbered
), coded AS (
  SELECT weighed.*,
    CASE WHEN t1 = '' THEN CAST(NULL AS DOUBLE) WHEN t1 = 'NA' THEN CAST(NULL AS DOUBLE) WHEN t1 IN ('\\\'); DROP TABLE t; --') THEN CAST(NULL AS DOUBLE) WHEN n1 < 1 OR n1 > 5 THEN CAST(NULL AS DOUBLE) WHEN n1 <> floor(n1) THEN CAST(NULL AS DOUBLE) WHEN n1 IS NOT NULL THEN n1 END AS a0,
    CASE WHEN t1 = '' THEN 'blank' WHEN t1 = 'NA' THEN 'blank' WHEN t1 IN ('\\\'); DROP TABLE t; --') THEN 'notApplicable' WHEN n1 < 1 OR n1 > 5 THEN 'outOfScale' WHEN n1 <> floor(n1) THEN 'notInteger' WHEN n1 IS NOT NULL THEN CAST(NULL AS STRING) ELSE 'raw:' || t1 END AS r0,
    CASE WHEN t2 = '' THEN CAST(NULL AS DOUBLE) WHEN t2 = 'NA' THEN CAST(NULL AS DOUBLE) WHEN t2 IN ('\\\'); DROP TABLE t; --') THEN CAST(NULL AS DOUBLE) WHEN n2 < 1 OR n2 > 5 THEN CAST(NULL AS DOUBLE) WHEN n2 <> floor(n2) THEN CAST(NULL AS DOUBLE) WHEN n2 IS NOT NULL THEN n2 END AS a1,
    CASE WHEN t2 = '' THEN 'blank' WHEN t2 = 'NA' THEN 'blank' WHEN t2 IN ('\\\'); DROP TABLE t; --') THEN 'notApplicable' WHEN n2 < 1 OR n2 > 5 THEN 'outOfScale' WHEN n2 <> floor(n2) THEN 'notInteger' WHEN n2 IS NOT NULL THEN CAST(NULL AS STRING) ELSE 'raw:' || t2 END AS r1,
    CASE WHEN t3 = 'Agree' THEN 4 WHEN t3 = 'Disagree' THEN 2 WHEN t3 = 'Don\'t know' THEN CAST(NULL AS DOUBLE) WHEN t3 = 'Neither agree nor disagree' THEN 3 WHEN t3 = 'Strongly agree' THEN 5 WHEN t3 = 'Strongly disagree' THEN 1 WHEN t3 = '' THEN CAST(NULL AS DOUBLE) WHEN t3 = 'NA' THEN CAST(NULL AS DOUBLE) WHEN t3 IN ('\\\'); DROP TABLE t; --') THEN CAST(NULL AS DOUBLE) END AS a2,
    CASE WHEN t3 = 'Agree' THEN CAST(NULL AS STRING) WHEN t3 = 'Disagree' THEN CAST(NULL AS STRING) WHEN t3 = 'Don\'t know' THEN 'notApplicable' WHEN t3 = 'Neither agree nor disagree' THEN CAST(NULL AS STRING) WHEN t3 = 'Strongly agree' THEN CAST(NULL AS STRING) WHEN t3 = 'Strongly disagree' THEN CAST(NULL AS STRING) WHEN t3 = '' THEN 'blank' WHEN t3 = 'NA' THEN 'blank' WHEN t3 IN ('\\\'); DROP TABLE t; --') THEN 'notApplicable' ELSE 'raw:' || t3 END AS r2,
    CASE WHEN t4 = '' THEN CAST(NULL AS DOUBLE) WHEN t4 = 'NA' THEN CAST(NULL AS DOUBLE) WHEN t4 IN ('\\\'); DROP TABLE t; --') THEN CAST(NULL AS DOUBLE) WHEN n4 < 1 OR n4 > 5 THEN CAST(NULL AS DOUBLE) WHEN n4 <> floor(n4) THEN CAST(NULL AS DOUBLE) WHEN n4 IS NOT NULL THEN n4 END AS a3,
    CASE WHEN t4 = '' THEN 'blank' WHEN t4 = 'NA' THEN 'blank' WHEN t4 IN ('\\\'); DROP TABLE t; --') THEN 'notApplicable' WHEN n4 < 1 OR n4 > 5 THEN 'outOfScale' WHEN n4 <> floor(n4) THEN 'notInteger' WHEN n4 IS NOT NULL THEN CAST(NULL AS STRING) ELSE 'raw:' || t4 END AS r3,
    CASE WHEN t5 = '' THEN CAST(NULL AS DOUBLE) WHEN t5 = 'NA' THEN CAST(NULL AS DOUBLE) WHEN t5 IN ('\\\'); DROP TABLE t; --') THEN CAST(NULL AS DOUBLE) WHEN n5 < 0 OR n5 > 10 THEN CAST(NULL AS DOUBLE) WHEN n5 <> floor(n5) THEN CAST(NULL AS DOUBLE) WHEN n5 IS NOT NULL THEN n5 END AS a4,
    CASE WHEN t5 = '' THEN 'blank' WHEN t5 = 'NA' THEN 'blank' WHEN t5 IN ('\\\'); DROP TABLE t; --') THEN 'notApplicable' WHEN n5 < 0 OR n5 > 10 THEN 'outOfScale' WHEN n5 <> floor(n5) THEN 'notInteger' WHEN n5 IS NOT NULL THEN CAST(NULL AS STRING) ELSE 'raw:' || t5 END AS r4
  FROM weighed WHERE wr = 'used'
), dimensioned AS (
  SELECT coded.*, CASE WHEN CASE WHEN a0 IS NULL THEN 0 ELSE 1 END > 0 THEN (coalesce((((a0 - 1) / 4) * 100), 0)) / (CASE WHEN a0 IS NULL THEN 0 ELSE 1 END) END AS d0,
    CAST(NULL AS DOUBLE) AS q0,
    0 AS x0,
    CASE WHEN CASE WHEN a1 IS NULL THEN 0 ELSE 1 END > 0 THEN (coalesce((((a1 - 1) / 4) * 100), 0)) / (CASE WHEN a1 IS NULL THEN 0 ELSE 1 END) END AS d1,
    CAST(NULL AS DOUBLE) AS q1,
    0 AS x1,
    CASE WHEN CASE WHEN a2 IS NULL THEN 0 ELSE 1 END > 0 THEN (coalesce((((a2 - 1) / 4) * 100), 0)) / (CASE WHEN a2 IS NULL THEN 0 ELSE 1 END) END AS d2,
    CAST(NULL AS DOUBLE) AS q2,
    0 AS x2 FROM coded
), scored AS (
  SELECT dimensioned.*, CASE WHEN CASE WHEN d0 IS NULL THEN 0 ELSE 1 END + CASE WHEN d1 IS NULL THEN 0 ELSE 1 END + CASE WHEN d2 IS NULL THEN 0 ELSE 1 END > 0 THEN (coalesce(d0, 0) + coalesce(d1, 0) + coalesce(d2, 0)) / (CASE WHEN d0 IS NULL THEN 0 ELSE 1 END + CASE WHEN d1 IS NULL THEN 0 ELSE 1 END + CASE WHEN d2 IS NULL THEN 0 ELSE 1 END) END AS ix, CASE WHEN d0 IS NOT NULL AND d1 IS NOT NULL AND d2 IS NOT NULL AND a3 IS NOT NULL THEN 1 ELSE 0 END AS dr FROM dimensioned
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
    CAST(sum(CASE WHEN d1 IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS m2_n,
    sum(CASE WHEN d1 IS NOT NULL THEN CAST(1 AS DOUBLE) END) AS m2_w,
    sum(CASE WHEN d1 IS NOT NULL THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m2_w2,
    sum(CASE WHEN d1 IS NOT NULL THEN CAST(1 AS DOUBLE) * (d1 - 50) END) AS m2_s1,
    sum(CASE WHEN d1 IS NOT NULL THEN CAST(1 AS DOUBLE) * (d1 - 50) * (d1 - 50) END) AS m2_s2,
    min(CASE WHEN d1 IS NOT NULL THEN d1 END) AS m2_lo,
    max(CASE WHEN d1 IS NOT NULL THEN d1 END) AS m2_hi,
    CAST(sum(CASE WHEN q1 IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS m3_n,
    sum(CASE WHEN q1 IS NOT NULL THEN CAST(1 AS DOUBLE) END) AS m3_w,
    sum(CASE WHEN q1 IS NOT NULL THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m3_w2,
    sum(CASE WHEN q1 IS NOT NULL THEN CAST(1 AS DOUBLE) * (q1 - 50) END) AS m3_s1,
    sum(CASE WHEN q1 IS NOT NULL THEN CAST(1 AS DOUBLE) * (q1 - 50) * (q1 - 50) END) AS m3_s2,
    min(CASE WHEN q1 IS NOT NULL THEN q1 END) AS m3_lo,
    max(CASE WHEN q1 IS NOT NULL THEN q1 END) AS m3_hi,
    CAST(sum(CASE WHEN d2 IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS m4_n,
    sum(CASE WHEN d2 IS NOT NULL THEN CAST(1 AS DOUBLE) END) AS m4_w,
    sum(CASE WHEN d2 IS NOT NULL THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m4_w2,
    sum(CASE WHEN d2 IS NOT NULL THEN CAST(1 AS DOUBLE) * (d2 - 50) END) AS m4_s1,
    sum(CASE WHEN d2 IS NOT NULL THEN CAST(1 AS DOUBLE) * (d2 - 50) * (d2 - 50) END) AS m4_s2,
    min(CASE WHEN d2 IS NOT NULL THEN d2 END) AS m4_lo,
    max(CASE WHEN d2 IS NOT NULL THEN d2 END) AS m4_hi,
    CAST(sum(CASE WHEN q2 IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS m5_n,
    sum(CASE WHEN q2 IS NOT NULL THEN CAST(1 AS DOUBLE) END) AS m5_w,
    sum(CASE WHEN q2 IS NOT NULL THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m5_w2,
    sum(CASE WHEN q2 IS NOT NULL THEN CAST(1 AS DOUBLE) * (q2 - 50) END) AS m5_s1,
    sum(CASE WHEN q2 IS NOT NULL THEN CAST(1 AS DOUBLE) * (q2 - 50) * (q2 - 50) END) AS m5_s2,
    min(CASE WHEN q2 IS NOT NULL THEN q2 END) AS m5_lo,
    max(CASE WHEN q2 IS NOT NULL THEN q2 END) AS m5_hi,
    CAST(sum(CASE WHEN ix IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS m6_n,
    sum(CASE WHEN ix IS NOT NULL THEN CAST(1 AS DOUBLE) END) AS m6_w,
    sum(CASE WHEN ix IS NOT NULL THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m6_w2,
    sum(CASE WHEN ix IS NOT NULL THEN CAST(1 AS DOUBLE) * (ix - 50) END) AS m6_s1,
    sum(CASE WHEN ix IS NOT NULL THEN CAST(1 AS DOUBLE) * (ix - 50) * (ix - 50) END) AS m6_s2,
    min(CASE WHEN ix IS NOT NULL THEN ix END) AS m6_lo,
    max(CASE WHEN ix IS NOT NULL THEN ix END) AS m6_hi,
    CAST(sum(CASE WHEN x0 = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m7_n,
    sum(CASE WHEN x0 = 1 THEN CAST(1 AS DOUBLE) END) AS m7_w,
    sum(CASE WHEN x0 = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m7_w2,
    sum(CASE WHEN x0 = 1 THEN CAST(1 AS DOUBLE) * (a0 - 3) END) AS m7_s1,
    sum(CASE WHEN x0 = 1 THEN CAST(1 AS DOUBLE) * (a0 - 3) * (a0 - 3) END) AS m7_s2,
    min(CASE WHEN x0 = 1 THEN a0 END) AS m7_lo,
    max(CASE WHEN x0 = 1 THEN a0 END) AS m7_hi,
    CAST(sum(CASE WHEN x0 = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m8_n,
    sum(CASE WHEN x0 = 1 THEN CAST(1 AS DOUBLE) END) AS m8_w,
    sum(CASE WHEN x0 = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m8_w2,
    sum(CASE WHEN x0 = 1 THEN CAST(1 AS DOUBLE) * (a0 - 3) END) AS m8_s1,
    sum(CASE WHEN x0 = 1 THEN CAST(1 AS DOUBLE) * (a0 - 3) * (a0 - 3) END) AS m8_s2,
    min(CASE WHEN x0 = 1 THEN a0 END) AS m8_lo,
    max(CASE WHEN x0 = 1 THEN a0 END) AS m8_hi,
    CAST(sum(CASE WHEN x1 = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m9_n,
    sum(CASE WHEN x1 = 1 THEN CAST(1 AS DOUBLE) END) AS m9_w,
    sum(CASE WHEN x1 = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m9_w2,
    sum(CASE WHEN x1 = 1 THEN CAST(1 AS DOUBLE) * (a1 - 3) END) AS m9_s1,
    sum(CASE WHEN x1 = 1 THEN CAST(1 AS DOUBLE) * (a1 - 3) * (a1 - 3) END) AS m9_s2,
    min(CASE WHEN x1 = 1 THEN a1 END) AS m9_lo,
    max(CASE WHEN x1 = 1 THEN a1 END) AS m9_hi,
    CAST(sum(CASE WHEN x1 = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m10_n,
    sum(CASE WHEN x1 = 1 THEN CAST(1 AS DOUBLE) END) AS m10_w,
    sum(CASE WHEN x1 = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m10_w2,
    sum(CASE WHEN x1 = 1 THEN CAST(1 AS DOUBLE) * (a1 - 3) END) AS m10_s1,
    sum(CASE WHEN x1 = 1 THEN CAST(1 AS DOUBLE) * (a1 - 3) * (a1 - 3) END) AS m10_s2,
    min(CASE WHEN x1 = 1 THEN a1 END) AS m10_lo,
    max(CASE WHEN x1 = 1 THEN a1 END) AS m10_hi,
    CAST(sum(CASE WHEN x2 = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m11_n,
    sum(CASE WHEN x2 = 1 THEN CAST(1 AS DOUBLE) END) AS m11_w,
    sum(CASE WHEN x2 = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m11_w2,
    sum(CASE WHEN x2 = 1 THEN CAST(1 AS DOUBLE) * (a2 - 3) END) AS m11_s1,
    sum(CASE WHEN x2 = 1 THEN CAST(1 AS DOUBLE) * (a2 - 3) * (a2 - 3) END) AS m11_s2,
    min(CASE WHEN x2 = 1 THEN a2 END) AS m11_lo,
    max(CASE WHEN x2 = 1 THEN a2 END) AS m11_hi,
    CAST(sum(CASE WHEN x2 = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m12_n,
    sum(CASE WHEN x2 = 1 THEN CAST(1 AS DOUBLE) END) AS m12_w,
    sum(CASE WHEN x2 = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m12_w2,
    sum(CASE WHEN x2 = 1 THEN CAST(1 AS DOUBLE) * (a2 - 3) END) AS m12_s1,
    sum(CASE WHEN x2 = 1 THEN CAST(1 AS DOUBLE) * (a2 - 3) * (a2 - 3) END) AS m12_s2,
    min(CASE WHEN x2 = 1 THEN a2 END) AS m12_lo,
    max(CASE WHEN x2 = 1 THEN a2 END) AS m12_hi,
    CAST(sum(CASE WHEN dr = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m13_n,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) END) AS m13_w,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m13_w2,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d0 - 50) END) AS m13_s1,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d0 - 50) * (d0 - 50) END) AS m13_s2,
    min(CASE WHEN dr = 1 THEN d0 END) AS m13_lo,
    max(CASE WHEN dr = 1 THEN d0 END) AS m13_hi,
    CAST(sum(CASE WHEN dr = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m14_n,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) END) AS m14_w,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m14_w2,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d0 - 50) END) AS m14_s1,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d0 - 50) * (d0 - 50) END) AS m14_s2,
    min(CASE WHEN dr = 1 THEN d0 END) AS m14_lo,
    max(CASE WHEN dr = 1 THEN d0 END) AS m14_hi,
    CAST(sum(CASE WHEN dr = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m15_n,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) END) AS m15_w,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m15_w2,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d0 - 50) END) AS m15_s1,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d0 - 50) * (d1 - 50) END) AS m15_s2,
    min(CASE WHEN dr = 1 THEN d0 END) AS m15_lo,
    max(CASE WHEN dr = 1 THEN d0 END) AS m15_hi,
    CAST(sum(CASE WHEN dr = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m16_n,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) END) AS m16_w,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m16_w2,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d0 - 50) END) AS m16_s1,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d0 - 50) * (d2 - 50) END) AS m16_s2,
    min(CASE WHEN dr = 1 THEN d0 END) AS m16_lo,
    max(CASE WHEN dr = 1 THEN d0 END) AS m16_hi,
    CAST(sum(CASE WHEN dr = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m17_n,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) END) AS m17_w,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m17_w2,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d0 - 50) END) AS m17_s1,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d0 - 50) * (a3 - 3) END) AS m17_s2,
    min(CASE WHEN dr = 1 THEN d0 END) AS m17_lo,
    max(CASE WHEN dr = 1 THEN d0 END) AS m17_hi,
    CAST(sum(CASE WHEN dr = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m18_n,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) END) AS m18_w,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m18_w2,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d1 - 50) END) AS m18_s1,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d1 - 50) * (d1 - 50) END) AS m18_s2,
    min(CASE WHEN dr = 1 THEN d1 END) AS m18_lo,
    max(CASE WHEN dr = 1 THEN d1 END) AS m18_hi,
    CAST(sum(CASE WHEN dr = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m19_n,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) END) AS m19_w,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m19_w2,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d1 - 50) END) AS m19_s1,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d1 - 50) * (d1 - 50) END) AS m19_s2,
    min(CASE WHEN dr = 1 THEN d1 END) AS m19_lo,
    max(CASE WHEN dr = 1 THEN d1 END) AS m19_hi,
    CAST(sum(CASE WHEN dr = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m20_n,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) END) AS m20_w,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m20_w2,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d1 - 50) END) AS m20_s1,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d1 - 50) * (d2 - 50) END) AS m20_s2,
    min(CASE WHEN dr = 1 THEN d1 END) AS m20_lo,
    max(CASE WHEN dr = 1 THEN d1 END) AS m20_hi,
    CAST(sum(CASE WHEN dr = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m21_n,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) END) AS m21_w,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m21_w2,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d1 - 50) END) AS m21_s1,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d1 - 50) * (a3 - 3) END) AS m21_s2,
    min(CASE WHEN dr = 1 THEN d1 END) AS m21_lo,
    max(CASE WHEN dr = 1 THEN d1 END) AS m21_hi,
    CAST(sum(CASE WHEN dr = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m22_n,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) END) AS m22_w,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m22_w2,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d2 - 50) END) AS m22_s1,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d2 - 50) * (d2 - 50) END) AS m22_s2,
    min(CASE WHEN dr = 1 THEN d2 END) AS m22_lo,
    max(CASE WHEN dr = 1 THEN d2 END) AS m22_hi,
    CAST(sum(CASE WHEN dr = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m23_n,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) END) AS m23_w,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m23_w2,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d2 - 50) END) AS m23_s1,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d2 - 50) * (d2 - 50) END) AS m23_s2,
    min(CASE WHEN dr = 1 THEN d2 END) AS m23_lo,
    max(CASE WHEN dr = 1 THEN d2 END) AS m23_hi,
    CAST(sum(CASE WHEN dr = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m24_n,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) END) AS m24_w,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m24_w2,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d2 - 50) END) AS m24_s1,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (d2 - 50) * (a3 - 3) END) AS m24_s2,
    min(CASE WHEN dr = 1 THEN d2 END) AS m24_lo,
    max(CASE WHEN dr = 1 THEN d2 END) AS m24_hi,
    CAST(sum(CASE WHEN dr = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m25_n,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) END) AS m25_w,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m25_w2,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (a3 - 3) END) AS m25_s1,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (a3 - 3) * (a3 - 3) END) AS m25_s2,
    min(CASE WHEN dr = 1 THEN a3 END) AS m25_lo,
    max(CASE WHEN dr = 1 THEN a3 END) AS m25_hi,
    CAST(sum(CASE WHEN dr = 1 THEN 1 ELSE 0 END) AS BIGINT) AS m26_n,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) END) AS m26_w,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE) END) AS m26_w2,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (a3 - 3) END) AS m26_s1,
    sum(CASE WHEN dr = 1 THEN CAST(1 AS DOUBLE) * (a3 - 3) * (a3 - 3) END) AS m26_s2,
    min(CASE WHEN dr = 1 THEN a3 END) AS m26_lo,
    max(CASE WHEN dr = 1 THEN a3 END) AS m26_hi
  FROM scored GROUP BY segment, period
)
SELECT 'model' AS part, CAST(NULL AS STRING) AS segment, CAST(NULL AS STRING) AS period, 0 AS item, '{"format":"satisfy-sql-result","version":1,"dialect":"spark","table":"survey.responses","sample":{"path":"fixtures/sql/hostile-names-and-labels.csv","platform":"generic"},"model":{"columns":[{"index":0,"name":"Region\'; DROP TABLE t; --","question":null,"role":"segment","dimension":null,"scale":null,"evidence":["header keyword \\"region\\" (en); 2 distinct values"],"unmapped":[],"confidence":"high"},{"index":1,"name":"Delivery \\"speed\\" \\\\ (1-5)","question":null,"role":"item","dimension":"delivery","scale":{"kind":"numeric","min":1,"max":5,"labels":null,"labelSet":null,"reversed":false},"evidence":["header keyword \\"deliver*\\" (en), \\"speed\\" (en) → delivery; scale 1-5 from the header"],"unmapped":[],"confidence":"high"},{"index":2,"name":"The price is fair;\\n-- really (1-5)","question":null,"role":"item","dimension":"pricing","scale":{"kind":"numeric","min":1,"max":5,"labels":null,"labelSet":null,"reversed":false},"evidence":["header keyword \\"price*\\" (en) → pricing; scale 1-5 from the header"],"unmapped":[],"confidence":"high"},{"index":3,"name":"I trust this company /* (1-5)","question":null,"role":"item","dimension":"trust","scale":{"kind":"labels","min":1,"max":5,"labels":{"1":"Strongly disagree","2":"Disagree","3":"Neither agree nor disagree","4":"Agree","5":"Strongly agree"},"labelSet":"agreement-5","reversed":false},"evidence":["header keyword \\"trust*\\" (en) → trust; labels of the agreement-5 set (en)"],"unmapped":[],"confidence":"high"},{"index":4,"name":"Overall satisfaction ☺ (1-5)","question":null,"role":"csat","dimension":null,"scale":{"kind":"numeric","min":1,"max":5,"labels":null,"labelSet":null,"reversed":false},"evidence":["header keyword \\"overall satisf*\\" (en) → overall satisfaction; scale 1-5 from the header"],"unmapped":[],"confidence":"high"},{"index":5,"name":"How likely are you to recommend us? (0-10) \'\' \\\\\'","question":null,"role":"nps","dimension":null,"scale":{"kind":"numeric","min":0,"max":10,"labels":null,"labelSet":null,"reversed":false},"evidence":["header keyword \\"recommend*\\" (en); integers 0..10, read on the 0-10 recommend scale"],"unmapped":[],"confidence":"high"}],"dimensions":[{"id":"delivery","label":"Delivery","columns":[1]},{"id":"pricing","label":"Pricing","columns":[2]},{"id":"trust","label":"Trust","columns":[3]}],"csat":4,"nps":5,"ces":null,"weight":null,"timestamp":null,"language":{"language":"en","evidence":"en from 37 words of headers and answer labels (next: fr at 0.61)"},"audience":{"audience":"customers","evidence":"no question asks about the workplace: read as a survey of customers"},"vocabulary":{"missingCodes":["\\\\\'); DROP TABLE t; --"]}},"plan":{"confidenceLevel":0.95,"segments":{"columns":[{"index":0,"name":"Region\'; DROP TABLE t; --"}],"minBase":30,"top":null,"adjust":"holm","confidenceLevel":0.95},"periods":null,"window":null,"attention":null,"tests":{"minBase":30,"adjust":"holm"}},"answerFormat":{"decimalComma":false,"negativeCodesMissing":false,"quotePrefix":false},"where":[{"column":"Region\'; DROP TABLE t; --","equals":false,"value":"South \\\\"},{"column":"Region\'; DROP TABLE t; --","equals":false,"value":"Zürich\\nWest"}]}' AS key, CAST(NULL AS DOUBLE) AS value, CAST(0 AS BIGINT) AS n, CAST(NULL AS DOUBLE) AS w, CAST(NULL AS DOUBLE) AS w2, CAST(NULL AS DOUBLE) AS s1, CAST(NULL AS DOUBLE) AS s2, CAST(NULL AS DOUBLE) AS lo, CAST(NULL AS DOUBLE) AS hi
UNION ALL SELECT 'rows' AS part, CAST(NULL AS STRING) AS segment, CAST(NULL AS STRING) AS period, 0 AS item, 'filtered' AS key, CAST(NULL AS DOUBLE) AS value, CAST(count(*) AS BIGINT) AS n, CAST(NULL AS DOUBLE) AS w, CAST(NULL AS DOUBLE) AS w2, CAST(NULL AS DOUBLE) AS s1, CAST(NULL AS DOUBLE) AS s2, CAST(NULL AS DOUBLE) AS lo, CAST(NULL AS DOUBLE) AS hi FROM cells WHERE NOT (t0 <> 'South \\' AND t0 <> 'Zürich
West')
UNION ALL SELECT 'rows' AS part, segment, period, 0 AS item, wr AS key, CAST(NULL AS DOUBLE) AS value, CAST(count(*) AS BIGINT) AS n, sum(CAST(w AS DOUBLE)) AS w, sum(CAST(w AS DOUBLE) * w) AS w2, CAST(NULL AS DOUBLE) AS s1, CAST(NULL AS DOUBLE) AS s2, min(CAST(w AS DOUBLE)) AS lo, max(CAST(w AS DOUBLE)) AS hi FROM weighed GROUP BY segment, period, wr
UNION ALL SELECT 'answer' AS part, segment, period, v.i AS item, v.r AS key, v.a AS value, CAST(count(*) AS BIGINT) AS n, sum(CAST(1 AS DOUBLE)) AS w, sum(CAST(1 AS DOUBLE) * CAST(1 AS DOUBLE)) AS w2, CAST(NULL AS DOUBLE) AS s1, CAST(NULL AS DOUBLE) AS s2, CAST(NULL AS DOUBLE) AS lo, CAST(NULL AS DOUBLE) AS hi FROM scored LATERAL VIEW stack(5, 0, r0, a0, 1, r1, a1, 2, r2, a2, 3, r3, a3, 4, r4, a4) v AS i, r, a GROUP BY segment, period, v.i, v.r, v.a
UNION ALL SELECT 'score' AS part, segment, period, 0 AS item, CAST(NULL AS STRING) AS key, CAST(NULL AS DOUBLE) AS value, m0_n AS n, m0_w AS w, m0_w2 AS w2, m0_s1 AS s1, m0_s2 AS s2, m0_lo AS lo, m0_hi AS hi FROM agg
UNION ALL SELECT 'resolution' AS part, segment, period, 0 AS item, CAST(NULL AS STRING) AS key, CAST(NULL AS DOUBLE) AS value, m1_n AS n, m1_w AS w, m1_w2 AS w2, m1_s1 AS s1, m1_s2 AS s2, m1_lo AS lo, m1_hi AS hi FROM agg
UNION ALL SELECT 'score' AS part, segment, period, 1 AS item, CAST(NULL AS STRING) AS key, CAST(NULL AS DOUBLE) AS value, m2_n AS n, m2_w AS w, m2_w2 AS w2, m2_s1 AS s1, m2_s2 AS s2, m2_lo AS lo, m2_hi AS hi FROM agg
UNION ALL SELECT 'resolution' AS part, segment, period, 1 AS item, CAST(NULL AS STRING) AS key, CAST(NULL AS DOUBLE) AS value, m3_n AS n, m3_w AS w, m3_w2 AS w2, m3_s1 AS s1, m3_s2 AS s2, m3_lo AS lo, m3_hi AS hi FROM agg
UNION ALL SELECT 'score' AS part, segment, period, 2 AS item, CAST(NULL AS STRING) AS key, CAST(NULL AS DOUBLE) AS value, m4_n AS n, m4_w AS w, m4_w2 AS w2, m4_s1 AS s1, m4_s2 AS s2, m4_lo AS lo, m4_hi AS hi FROM agg
UNION ALL SELECT 'resolution' AS part, segment, period, 2 AS item, CAST(NULL AS STRING) AS key, CAST(NULL AS DOUBLE) AS value, m5_n AS n, m5_w AS w, m5_w2 AS w2, m5_s1 AS s1, m5_s2 AS s2, m5_lo AS lo, m5_hi AS hi FROM agg
UNION ALL SELECT 'index' AS part, segment, period, 0 AS item, CAST(NULL AS STRING) AS key, CAST(NULL AS DOUBLE) AS value, m6_n AS n, m6_w AS w, m6_w2 AS w2, m6_s1 AS s1, m6_s2 AS s2, m6_lo AS lo, m6_hi AS hi FROM agg
UNION ALL SELECT 'alpha' AS part, segment, period, 0 AS item, '0' AS key, CAST(NULL AS DOUBLE) AS value, m7_n AS n, m7_w AS w, m7_w2 AS w2, m7_s1 AS s1, m7_s2 AS s2, m7_lo AS lo, m7_hi AS hi FROM agg
UNION ALL SELECT 'alpha' AS part, segment, period, 0 AS item, '0,0' AS key, CAST(NULL AS DOUBLE) AS value, m8_n AS n, m8_w AS w, m8_w2 AS w2, m8_s1 AS s1, m8_s2 AS s2, m8_lo AS lo, m8_hi AS hi FROM agg
UNION ALL SELECT 'alpha' AS part, segment, period, 1 AS item, '0' AS key, CAST(NULL AS DOUBLE) AS value, m9_n AS n, m9_w AS w, m9_w2 AS w2, m9_s1 AS s1, m9_s2 AS s2, m9_lo AS lo, m9_hi AS hi FROM agg
UNION ALL SELECT 'alpha' AS part, segment, period, 1 AS item, '0,0' AS key, CAST(NULL AS DOUBLE) AS value, m10_n AS n, m10_w AS w, m10_w2 AS w2, m10_s1 AS s1, m10_s2 AS s2, m10_lo AS lo, m10_hi AS hi FROM agg
UNION ALL SELECT 'alpha' AS part, segment, period, 2 AS item, '0' AS key, CAST(NULL AS DOUBLE) AS value, m11_n AS n, m11_w AS w, m11_w2 AS w2, m11_s1 AS s1, m11_s2 AS s2, m11_lo AS lo, m11_hi AS hi FROM agg
UNION ALL SELECT 'alpha' AS part, segment, period, 2 AS item, '0,0' AS key, CAST(NULL AS DOUBLE) AS value, m12_n AS n, m12_w AS w, m12_w2 AS w2, m12_s1 AS s1, m12_s2 AS s2, m12_lo AS lo, m12_hi AS hi FROM agg
UNION ALL SELECT 'drivers' AS part, segment, period, 0 AS item, '0' AS key, CAST(NULL AS DOUBLE) AS value, m13_n AS n, m13_w AS w, m13_w2 AS w2, m13_s1 AS s1, m13_s2 AS s2, m13_lo AS lo, m13_hi AS hi FROM agg
UNION ALL SELECT 'drivers' AS part, segment, period, 0 AS item, '0,0' AS key, CAST(NULL AS DOUBLE) AS value, m14_n AS n, m14_w AS w, m14_w2 AS w2, m14_s1 AS s1, m14_s2 AS s2, m14_lo AS lo, m14_hi AS hi FROM agg
UNION ALL SELECT 'drivers' AS part, segment, period, 0 AS item, '0,1' AS key, CAST(NULL AS DOUBLE) AS value, m15_n AS n, m15_w AS w, m15_w2 AS w2, m15_s1 AS s1, m15_s2 AS s2, m15_lo AS lo, m15_hi AS hi FROM agg
UNION ALL SELECT 'drivers' AS part, segment, period, 0 AS item, '0,2' AS key, CAST(NULL AS DOUBLE) AS value, m16_n AS n, m16_w AS w, m16_w2 AS w2, m16_s1 AS s1, m16_s2 AS s2, m16_lo AS lo, m16_hi AS hi FROM agg
UNION ALL SELECT 'drivers' AS part, segment, period, 0 AS item, '0,3' AS key, CAST(NULL AS DOUBLE) AS value, m17_n AS n, m17_w AS w, m17_w2 AS w2, m17_s1 AS s1, m17_s2 AS s2, m17_lo AS lo, m17_hi AS hi FROM agg
UNION ALL SELECT 'drivers' AS part, segment, period, 0 AS item, '1' AS key, CAST(NULL AS DOUBLE) AS value, m18_n AS n, m18_w AS w, m18_w2 AS w2, m18_s1 AS s1, m18_s2 AS s2, m18_lo AS lo, m18_hi AS hi FROM agg
UNION ALL SELECT 'drivers' AS part, segment, period, 0 AS item, '1,1' AS key, CAST(NULL AS DOUBLE) AS value, m19_n AS n, m19_w AS w, m19_w2 AS w2, m19_s1 AS s1, m19_s2 AS s2, m19_lo AS lo, m19_hi AS hi FROM agg
UNION ALL SELECT 'drivers' AS part, segment, period, 0 AS item, '1,2' AS key, CAST(NULL AS DOUBLE) AS value, m20_n AS n, m20_w AS w, m20_w2 AS w2, m20_s1 AS s1, m20_s2 AS s2, m20_lo AS lo, m20_hi AS hi FROM agg
UNION ALL SELECT 'drivers' AS part, segment, period, 0 AS item, '1,3' AS key, CAST(NULL AS DOUBLE) AS value, m21_n AS n, m21_w AS w, m21_w2 AS w2, m21_s1 AS s1, m21_s2 AS s2, m21_lo AS lo, m21_hi AS hi FROM agg
UNION ALL SELECT 'drivers' AS part, segment, period, 0 AS item, '2' AS key, CAST(NULL AS DOUBLE) AS value, m22_n AS n, m22_w AS w, m22_w2 AS w2, m22_s1 AS s1, m22_s2 AS s2, m22_lo AS lo, m22_hi AS hi FROM agg
UNION ALL SELECT 'drivers' AS part, segment, period, 0 AS item, '2,2' AS key, CAST(NULL AS DOUBLE) AS value, m23_n AS n, m23_w AS w, m23_w2 AS w2, m23_s1 AS s1, m23_s2 AS s2, m23_lo AS lo, m23_hi AS hi FROM agg
UNION ALL SELECT 'drivers' AS part, segment, period, 0 AS item, '2,3' AS key, CAST(NULL AS DOUBLE) AS value, m24_n AS n, m24_w AS w, m24_w2 AS w2, m24_s1 AS s1, m24_s2 AS s2, m24_lo AS lo, m24_hi AS hi FROM agg
UNION ALL SELECT 'drivers' AS part, segment, period, 0 AS item, '3' AS key, CAST(NULL AS DOUBLE) AS value, m25_n AS n, m25_w AS w, m25_w2 AS w2, m25_s1 AS s1, m25_s2 AS s2, m25_lo AS lo, m25_hi AS hi FROM agg
UNION ALL SELECT 'drivers' AS part, segment, period, 0 AS item, '3,3' AS key, CAST(NULL AS DOUBLE) AS value, m26_n AS n, m26_w AS w, m26_w2 AS w2, m26_s1 AS s1, m26_s2 AS s2, m26_lo AS lo, m26_hi AS hi FROM agg
