#!/usr/bin/env Rscript
# Writes the SPSS fixtures of fixtures/formats/ with haven (Debian: apt-get install -y r-cran-haven),
# each beside the CSV of the same data as a platform exports it (labels as text).
# Run from the repository root: Rscript scripts/make_sav_fixtures.R
suppressPackageStartupMessages(library(haven))
dir <- "fixtures/formats"
satisfaction <- c("Very dissatisfied" = 1, "Dissatisfied" = 2, "Neutral" = 3, "Satisfied" = 4, "Very satisfied" = 5)

# A labelled survey of n cases, its submissions spread over 60 days.
survey <- function(n) {
  csat <- sample(1:5, n, replace = TRUE)
  csat[c(4, 17, 25)] <- 99 # user-missing: "Don't know"
  delivery <- sample(1:5, n, replace = TRUE)
  d <- data.frame(
    respid = sprintf("S%03d", 1:n),
    submitted = as.Date("2026-02-01") + ((0:(n - 1)) * 60) %/% n,
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
  d
}

# The same answers as a CSV export writes them: the question text as header, labels as text.
text <- function(x) {
  labels <- attr(x, "labels")
  out <- names(labels)[match(unclass(x), labels)]
  ifelse(is.na(out), as.character(unclass(x)), out)
}
write_survey_csv <- function(d, file) {
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
  write.csv(csv, file, row.names = FALSE, na = "")
}

set.seed(11)
d <- survey(30)
write_sav(d, file.path(dir, "labelled-survey.sav"))
# The same, its cases compressed with zlib (.zsav).
write_sav(d, file.path(dir, "labelled-survey.zsav"), compress = "zsav")
write_survey_csv(d, file.path(dir, "labelled-survey.csv"))

# A scale whose midpoint is labelled "No opinion": on the file's 1-5 scale, 3 is a point, not a non-answer.
hotel <- c("Strongly disagree" = 1, "Disagree" = 2, "No opinion" = 3, "Agree" = 4, "Strongly agree" = 5)
h <- data.frame(
  service = labelled(c(1, 2, 3, 3, 3, 4, 5, 5), hotel, label = "I am satisfied with the level of service"),
  value = labelled(c(3, 3, 3, 4, 4, 5, 2, 1), hotel, label = "The value for money was good")
)
write_sav(h, file.path(dir, "no-opinion-midpoint.sav"))
write_sav(h, file.path(dir, "no-opinion-midpoint.zsav"), compress = "zsav")

# Items of one dimension on an agreement scale, one worded the other way round ("slow"): the
# file's codes run the usual way, and the wording reverses the item, as the CSV of the same
# questions is read.
negatively_worded <- function() {
  agree4 <- c("Strongly disagree" = 1, "Disagree" = 2, "Agree" = 3, "Strongly agree" = 4)
  set.seed(23)
  n <- 40
  good <- sample(1:4, n, replace = TRUE)
  near <- function(x) pmin(4, pmax(1, x + sample(c(-1, 0, 0, 1), n, replace = TRUE)))
  w <- data.frame(
    friendly = labelled(near(good), agree4, label = "The staff were friendly and helpful"),
    slow = labelled(5 - near(good), agree4, label = "The staff were slow in responding"),
    courteous = labelled(near(good), agree4, label = "The staff were courteous"),
    overall = labelled(near(good), agree4, label = "Overall I am satisfied with my stay")
  )
  write_sav(w, file.path(dir, "negatively-worded-item.sav"))
  csv <- data.frame(lapply(w, text), check.names = FALSE, stringsAsFactors = FALSE)
  names(csv) <- vapply(w, function(x) attr(x, "label"), "")
  write.csv(csv, file.path(dir, "negatively-worded-item.csv"), row.names = FALSE, na = "")
}
negatively_worded()

# A file cut short: the dictionary whole, the cases cut.
bytes <- readBin(file.path(dir, "labelled-survey.sav"), "raw", file.info(file.path(dir, "labelled-survey.sav"))$size)
writeBin(bytes[1:(length(bytes) - 200)], file.path(dir, "truncated-cases.sav"))

# 2,000 cases as .sav, .zsav and CSV. SPSS, PSPP and ReadStat write a .zsav's cases in zlib blocks
# of 0x3ff000 bytes of bytecode, which a few thousand cases do not fill: a copy has them in blocks
# of 0x3ff0 bytes (256 times smaller), as the format allows, so that a block ends inside a case.
# ReadStat reads the copy back as the original. The copy cut in its third block is truncated.
int64_at <- function(bytes, at) sum(as.numeric(bytes[at + 1:8]) * 256^(0:7)) # little-endian, at a 0-based offset
int32_at <- function(bytes, at) readBin(bytes[at + 1:4], "integer", size = 4, endian = "little")
raw64 <- function(x) as.raw((x %/% 256^(0:7)) %% 256)
raw32 <- function(x) writeBin(as.integer(x), raw(), size = 4, endian = "little")
reblock_zsav <- function(from, to, block_size) {
  bytes <- readBin(from, "raw", file.info(from)$size)
  end <- length(bytes)
  # The trailer of a file of one block: bias, zero, block_size, n_blocks, then the block's descriptor.
  stopifnot(int32_at(bytes, end - 28) == 1)
  zheader_ofs <- int64_at(bytes, end - 24)
  compressed_ofs <- int64_at(bytes, end - 16)
  cases <- memDecompress(bytes[compressed_ofs + seq_len(int32_at(bytes, end - 4))], "gzip")
  stopifnot(length(cases) == int32_at(bytes, end - 8))
  starts <- seq(1, length(cases), by = block_size)
  sizes <- pmin(block_size, length(cases) - starts + 1)
  blocks <- Map(function(s, n) memCompress(cases[s:(s + n - 1)], "gzip"), starts, sizes)
  ztrailer_ofs <- compressed_ofs + sum(lengths(blocks))
  descriptors <- unlist(Map(function(i) c(
    raw64(zheader_ofs + sum(sizes[seq_len(i - 1)])),
    raw64(compressed_ofs + sum(lengths(blocks)[seq_len(i - 1)])),
    raw32(sizes[i]), raw32(length(blocks[[i]]))
  ), seq_along(blocks)))
  zheader <- c(raw64(zheader_ofs), raw64(ztrailer_ofs), raw64(24 + 24 * length(blocks)))
  trailer <- c(bytes[end - 48 + 1:16], raw32(block_size), raw32(length(blocks)), descriptors)
  writeBin(c(bytes[seq_len(zheader_ofs)], zheader, unlist(blocks), trailer), to)
  stopifnot(isTRUE(all.equal(read_sav(to), read_sav(from))))
  list(blocks = length(blocks), third = compressed_ofs + sum(lengths(blocks)[1:2]), third_size = length(blocks[[3]]))
}

set.seed(12)
big <- survey(2000)
write_sav(big, file.path(dir, "labelled-2000-rows.sav"))
write_sav(big, file.path(dir, "labelled-2000-rows.zsav"), compress = "zsav")
write_survey_csv(big, file.path(dir, "labelled-2000-rows.csv"))
blocks <- reblock_zsav(file.path(dir, "labelled-2000-rows.zsav"), file.path(dir, "labelled-2000-rows-in-small-blocks.zsav"), 0x3ff0)
cat("labelled-2000-rows-in-small-blocks.zsav:", blocks$blocks, "blocks\n")
bytes <- readBin(file.path(dir, "labelled-2000-rows-in-small-blocks.zsav"), "raw", file.info(file.path(dir, "labelled-2000-rows-in-small-blocks.zsav"))$size)
writeBin(bytes[seq_len(blocks$third + blocks$third_size %/% 2)], file.path(dir, "labelled-2000-rows-truncated.zsav"))

# Scales whose value labels name their ends alone, as SPSS files label a 0-10 question: the
# recommend question's 0 and 10 (98 and 99 user-missing), an overall rating's 1 and 5 from best to
# worst, an agreement item's 1 and 7; a variable of bare 1-5 ratings whose only labels are its
# user-missing 99; and categories on codes with gaps, labelled each (regions 1, 3, 5).
end_labelled <- function() {
  set.seed(31)
  n <- 60
  csat <- sample(1:5, n, replace = TRUE) # 1 is the best
  near <- function(x, lo, hi) pmin(hi, pmax(lo, x + sample(-1:1, n, replace = TRUE)))
  nps <- near(10 - 2 * (csat - 1), 0, 10)
  nps[c(5, 9)] <- c(98, 99)
  delivery <- near(6 - csat, 1, 5)
  delivery[c(3, 14, 40)] <- 99
  e <- data.frame(
    region = labelled(rep(c(1, 3, 5), length.out = n), c(North = 1, South = 3, East = 5), label = "Region"),
    q1 = labelled(csat, c("Very satisfied" = 1, "Very dissatisfied" = 5), label = "Overall, how satisfied are you with our service?"),
    q2 = labelled_spss(nps, c("Not at all likely" = 0, "Extremely likely" = 10, "Don't know" = 98, "Refused" = 99), na_values = c(98, 99), label = "How likely are you to recommend us to a friend?"),
    q3 = labelled(near(delivery + 1, 1, 7), c("Strongly disagree" = 1, "Strongly agree" = 7), label = "My order arrived on time"),
    q4 = labelled_spss(delivery, c("Refused" = 99), na_values = 99, label = "How satisfied are you with the delivery speed?")
  )
  write_sav(e, file.path(dir, "end-labelled-scales.sav"))
  # The same answers as a CSV export writes them: codes as numbers, the ends stated in the header.
  csv <- data.frame(Region = text(e$region), check.names = FALSE, stringsAsFactors = FALSE)
  csv[["Overall, how satisfied are you with our service? (1 = Very satisfied, 5 = Very dissatisfied)"]] <- as.character(unclass(e$q1))
  csv[["How likely are you to recommend us to a friend? (0 = Not at all likely, 10 = Extremely likely)"]] <- ifelse(unclass(e$q2) >= 98, text(e$q2), as.character(unclass(e$q2)))
  csv[["My order arrived on time (1 = Strongly disagree, 7 = Strongly agree)"]] <- as.character(unclass(e$q3))
  csv[["How satisfied are you with the delivery speed?"]] <- text(e$q4)
  write.csv(csv, file.path(dir, "end-labelled-scales.csv"), row.names = FALSE, na = "")
}
end_labelled()

# A resolved question coded 1 Yes, 2 No, 3 Partly (the order of its choices in the questionnaire),
# beside the problem question: the labels are read in their set's order (no, partly, yes).
resolved_out_of_order <- function() {
  set.seed(37)
  n <- 40
  r <- data.frame(
    problem = labelled(rep(1, n), c(Yes = 1, No = 2), label = "Did you have a problem with your order?"),
    resolved = labelled(sample(1:3, n, replace = TRUE, prob = c(0.5, 0.3, 0.2)), c(Yes = 1, No = 2, Partly = 3), label = "Was your problem resolved?")
  )
  write_sav(r, file.path(dir, "resolved-coded-yes-no-partly.sav"))
  csv <- data.frame(lapply(r, text), check.names = FALSE, stringsAsFactors = FALSE)
  names(csv) <- vapply(r, function(x) attr(x, "label"), "")
  write.csv(csv, file.path(dir, "resolved-coded-yes-no-partly.csv"), row.names = FALSE, na = "")
}
resolved_out_of_order()

# A count labelled at its ends, "0 Never" and "5 5 times or more", beside a rating: a count's open
# end is no scale's end, so its labels stay words, and the count no rating of service (a cold review).
count_ends <- function() {
  set.seed(41)
  n <- 40
  k <- data.frame(
    q1 = labelled(sample(1:5, n, replace = TRUE), c("Very dissatisfied" = 1, "Very satisfied" = 5), label = "Overall, how satisfied are you with our service?"),
    contacts = labelled(sample(0:5, n, replace = TRUE), c("Never" = 0, "5 times or more" = 5), label = "How often did you contact customer service?")
  )
  write_sav(k, file.path(dir, "count-labelled-at-its-ends.sav"))
}
count_ends()
