# Extracts the two real price histories shipped in sample-policies/history from Debian's
# r-cran-timeseries package (Rmetrics timeSeries 4021.105, GPL >= 2).
suppressMessages(library(timeSeries))
out <- commandArgs(trailingOnly = TRUE)[1]
data(MSFT)
m <- as.matrix(MSFT)
write.csv(data.frame(Date = format(as.POSIXct(time(MSFT)), "%Y-%m-%d", tz = "UTC"),
                     Open = m[, "Open"], High = m[, "High"], Low = m[, "Low"], Close = m[, "Close"],
                     Volume = sprintf("%.0f", m[, "Volume"])),
          file.path(out, "msft-daily-2000-2001.csv"), row.names = FALSE, quote = FALSE)
data(USDCHF)
t <- as.POSIXct(time(USDCHF)); attr(t, "tzone") <- "UTC"; p <- as.numeric(USDCHF)
# An FX trading day runs from 22:00 UTC the evening before (the New York 5 pm close);
# the few Friday-evening prints that fall into a "Saturday" are dropped with days of < 24 prints.
day <- format(t + 2 * 3600, "%Y-%m-%d", tz = "UTC")
s <- split(seq_along(p), day)
n <- sapply(s, length)
f <- function(v) sprintf("%.4f", v)
d <- data.frame(date = names(s),
                open = f(sapply(s, function(i) p[i[1]])), high = f(sapply(s, function(i) max(p[i]))),
                low = f(sapply(s, function(i) min(p[i]))), close = f(sapply(s, function(i) p[i[length(i)]])),
                prints = n)[n >= 24, ]
write.csv(d, file.path(out, "usdchf-daily-1996-2001.csv"), row.names = FALSE, quote = FALSE)
