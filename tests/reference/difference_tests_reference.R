#!/usr/bin/env Rscript
# Reference values for the tests of differences between a segment and the rest of the sample,
# computed with R's stats package, independently of satisfy.
#
#   Rscript tests/reference/difference_tests_reference.R > tests/reference/difference-tests-reference.json
#
# Needs r-base-core and r-cran-jsonlite (Debian). CI does not run this: the tests read the JSON.
suppressPackageStartupMessages(library(jsonlite))
set.seed(20261124)

# Welch's t test on raw scores: unequal sizes and variances, and a case with a small side.
welch <- lapply(list(c(40, 55, 60, 12), c(200, 30, 71, 9), c(5, 7, 50, 45)), function(s) {
  a <- round(rnorm(s[1], s[3], s[4] / 2 + 5))
  b <- round(rnorm(s[2], s[3] - s[4] / 3, s[4]))
  t <- t.test(a, b, var.equal = FALSE)
  list(a = a, b = b, statistic = unname(t$statistic), df = unname(t$parameter), p = t$p.value,
       ci90 = as.numeric(t.test(a, b, var.equal = FALSE, conf.level = 0.9)$conf.int), ci95 = as.numeric(t$conf.int))
})

# Two-proportion z test (pooled): prop.test without continuity correction; z = sign * sqrt(X²).
proportions <- lapply(list(c(45, 120, 300, 640), c(3, 10, 60, 90), c(80, 100, 150, 200)), function(s) {
  t <- prop.test(c(s[1], s[3]), c(s[2], s[4]), correct = FALSE)
  diff <- s[1] / s[2] - s[3] / s[4]
  list(x1 = s[1], n1 = s[2], x2 = s[3], n2 = s[4], statistic = sign(diff) * sqrt(unname(t$statistic)), p = t$p.value)
})

# Newcombe's hybrid score interval (method 10) of p1 - p2, from the Wilson intervals R's prop.test
# gives each side; the first case is Newcombe's (1998) own example, 56/70 - 48/80: 0.0524 to 0.3339.
newcombe <- lapply(list(c(56, 70, 48, 80), c(3, 10, 60, 90), c(0, 25, 4, 30), c(45, 120, 300, 640)), function(s) {
  w1 <- prop.test(s[1], s[2], correct = FALSE)$conf.int
  w2 <- prop.test(s[3], s[4], correct = FALSE)$conf.int
  p1 <- s[1] / s[2]
  p2 <- s[3] / s[4]
  d <- p1 - p2
  list(x1 = s[1], n1 = s[2], x2 = s[3], n2 = s[4],
       low = d - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2), high = d + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2))
})

# NPS difference: respondents coded +1 / 0 / -1; var = mean(x^2) - mean(x)^2 per side.
nps <- lapply(list(c(50, 120), c(300, 80)), function(s) {
  a <- sample(c(1, 0, -1), s[1], replace = TRUE, prob = c(0.45, 0.3, 0.25))
  b <- sample(c(1, 0, -1), s[2], replace = TRUE, prob = c(0.30, 0.3, 0.40))
  v <- function(x) mean(x^2) - mean(x)^2
  z <- (mean(a) - mean(b)) / sqrt(v(a) / length(a) + v(b) / length(b))
  se <- sqrt(v(a) / length(a) + v(b) / length(b))
  list(a = a, b = b, statistic = z, p = 2 * pnorm(-abs(z)), ci95 = (mean(a) - mean(b)) + c(-1, 1) * qnorm(0.975) * se)
})

p <- c(0.001, 0.04, 0.03, 0.2, 0.012, 0.5, 0.049, 0.0004)
adjust <- list(p = p, holm = p.adjust(p, "holm"), bh = p.adjust(p, "BH"))

cat(toJSON(list(welch = welch, proportions = proportions, newcombe = newcombe, nps = nps, adjust = adjust), digits = NA, auto_unbox = TRUE, pretty = TRUE), "\n")
