#!/usr/bin/env Rscript
# Reference values computed with R (stats, psych, survey), independently of satisfy.
#
#   Rscript tests/reference/r_reference.R > tests/reference/r-reference.json
#
# Needs r-base-core, r-cran-psych, r-cran-survey and r-cran-jsonlite (Debian). CI does not run
# this: the tests read the JSON it printed.
suppressPackageStartupMessages({
  library(psych)
  library(survey)
  library(jsonlite)
})

alpha_of <- function(items) {
  a <- psych::alpha(as.data.frame(items), check.keys = FALSE, warnings = FALSE)
  list(
    n = nrow(items),
    raw = a$total$raw_alpha,
    standardized = a$total$std.alpha,
    feldtLow = a$feldt$lower.ci$raw_alpha,
    feldtHigh = a$feldt$upper.ci$raw_alpha,
    ifDropped = if (ncol(items) > 2) a$alpha.drop$raw_alpha else NULL,
    itemTotal = a$item.stats$r.drop
  )
}

# A: 40 respondents, 4 correlated 1-5 items.
set.seed(20261123)
latent <- rnorm(40)
synthetic <- sapply(1:4, function(j) pmin(5, pmax(1, round(3 + 0.9 * latent + rnorm(40, sd = 0.8)))))
colnames(synthetic) <- paste0("item", 1:4)

# B: a real export, four 0-10 "importance" questions of OSMI 2017 (columns 21, 22, 47, 48),
# respondents who answered all four.
osmi <- read.csv("fixtures/real/typeform/OSMI_Mental_Health_in_Tech_Survey_2017.csv", check.names = FALSE, encoding = "UTF-8")
osmi_items <- osmi[, c(21, 22, 47, 48)]
osmi_items <- as.matrix(osmi_items[complete.cases(osmi_items), ])

# C: the bundled sample's trust items, respondents who answered both with a number.
sample <- read.csv("fixtures/quickstart/responses.csv", check.names = FALSE, encoding = "UTF-8")
trust <- sapply(sample[, c(11, 12)], function(v) suppressWarnings(as.numeric(v)))
trust <- trust[complete.cases(trust), ]

# D: weighted estimates.
x <- c(5, 4, 4, 2, 3, 5, 1, 4, 5, 3, 4, 2)
w <- c(1.2, 0.8, 1, 2.5, 1, 0.6, 1.4, 1, 0.9, 1.1, 3, 0.5)
design <- svydesign(ids = ~1, weights = ~w, data = data.frame(x = x, w = w, top = as.numeric(x >= 4)))
mean_est <- svymean(~x, design)
top_est <- svyciprop(~top, design)

# E: unweighted intervals from stats.
tt <- t.test(c(4, 5, 3, 4, 4, 2, 5, 5, 4, 3), conf.level = 0.95)
pt <- prop.test(42, 50, correct = FALSE, conf.level = 0.9)

cat(toJSON(list(
  generatedBy = "tests/reference/r_reference.R",
  r = R.version.string,
  psych = as.character(packageVersion("psych")),
  survey = as.character(packageVersion("survey")),
  alpha = list(
    synthetic = c(alpha_of(synthetic), list(items = synthetic)),
    osmi2017Importance = alpha_of(osmi_items),
    quickstartTrust = alpha_of(trust)
  ),
  weighted = list(x = x, w = w, svymean = unname(coef(mean_est)), svymeanSE = unname(SE(mean_est)), svycipropTop = as.numeric(top_est)),
  tTest = list(low = tt$conf.int[1], high = tt$conf.int[2]),
  propTest = list(count = 42, n = 50, level = 0.9, low = pt$conf.int[1], high = pt$conf.int[2])
), digits = NA, auto_unbox = TRUE, pretty = TRUE), "\n")
