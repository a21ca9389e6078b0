#!/usr/bin/env Rscript
# Writes the SPSS fixtures of fixtures/formats/ with haven (Debian: apt-get install -y r-cran-haven),
# each beside the CSV of the same data as a platform exports it (labels as text).
# Run from the repository root: Rscript scripts/make_sav_fixtures.R
suppressPackageStartupMessages(library(haven))
dir <- "fixtures/formats"
set.seed(11)
n <- 30
satisfaction <- c("Very dissatisfied" = 1, "Dissatisfied" = 2, "Neutral" = 3, "Satisfied" = 4, "Very satisfied" = 5)

csat <- sample(1:5, n, replace = TRUE)
csat[c(4, 17, 25)] <- 99 # user-missing: "Don't know"
delivery <- sample(1:5, n, replace = TRUE)
d <- data.frame(
  respid = sprintf("S%03d", 1:n),
  submitted = as.Date("2026-02-01") + (0:(n - 1)) * 2,
  region = labelled(rep(1:3, length.out = n), c(North = 1, South = 2, East = 3), label = "Region"),
  csat = labelled_spss(csat, c(satisfaction, "Don't know" = 99), na_values = 99, label = "Overall, how satisfied are you with our service?"),
  nps = labelled(sample(0:10, n, replace = TRUE), label = "How likely are you to recommend us to a friend?"),
  # Codes from best to worst: 1 is "Very satisfied".
  delivery = labelled(delivery, setNames(6 - satisfaction, names(satisfaction)), label = "How satisfied are you with the delivery speed?"),
  price = labelled(sample(1:5, n, replace = TRUE), satisfaction, label = "How satisfied are you with the price?"),
  comment = ifelse(1:n %% 4 == 0, "Fast delivery, friendly staff", ""),
  stringsAsFactors = FALSE
)
attr(d$comment, "label") <- "Anything else you would like to tell us?"
write_sav(d, file.path(dir, "labelled-survey.sav"))

# The same answers as a CSV export writes them: the question text as header, labels as text.
text <- function(x) {
  labels <- attr(x, "labels")
  out <- names(labels)[match(unclass(x), labels)]
  ifelse(is.na(out), as.character(unclass(x)), out)
}
csv <- data.frame(
  respid = d$respid,
  submitted = format(d$submitted, "%Y-%m-%d"),
  Region = text(d$region),
  check.names = FALSE, stringsAsFactors = FALSE
)
csv[["Overall, how satisfied are you with our service?"]] <- text(d$csat)
csv[["How likely are you to recommend us to a friend?"]] <- as.character(unclass(d$nps))
csv[["How satisfied are you with the delivery speed?"]] <- text(d$delivery)
csv[["How satisfied are you with the price?"]] <- text(d$price)
csv[["Anything else you would like to tell us?"]] <- d$comment
write.csv(csv, file.path(dir, "labelled-survey.csv"), row.names = FALSE, na = "")

# A scale whose midpoint is labelled "No opinion": on the file's 1-5 scale, 3 is a point, not a non-answer.
hotel <- c("Strongly disagree" = 1, "Disagree" = 2, "No opinion" = 3, "Agree" = 4, "Strongly agree" = 5)
h <- data.frame(
  service = labelled(c(1, 2, 3, 3, 3, 4, 5, 5), hotel, label = "I am satisfied with the level of service"),
  value = labelled(c(3, 3, 3, 4, 4, 5, 2, 1), hotel, label = "The value for money was good")
)
write_sav(h, file.path(dir, "no-opinion-midpoint.sav"))
# The same, compressed with zlib (.zsav), which sav-reader does not read.
write_sav(h, file.path(dir, "zlib-compressed.zsav"), compress = "zsav")

# A file cut short: the dictionary whole, the cases cut.
bytes <- readBin(file.path(dir, "labelled-survey.sav"), "raw", file.info(file.path(dir, "labelled-survey.sav"))$size)
writeBin(bytes[1:(length(bytes) - 200)], file.path(dir, "truncated-cases.sav"))
