# Turns `go test -bench` result lines into "BENCH <name> <value> <unit>" lines.
# A metric reported as b.ReportMetric(v, "name:unit") becomes "BENCH name v unit";
# the standard ns/op, B/op and allocs/op columns are passed over.
/^Benchmark/ {
	for (i = 3; i < NF; i += 2) {
		split($(i + 1), parts, ":")
		if (parts[2] != "") printf "BENCH %s %s %s\n", parts[1], $i, parts[2]
	}
	next
}
# A benchmark that cannot run here says so in a line of its own.
/^BENCH .* skipped/ { print; next }
/^(FAIL|panic:|--- FAIL)/ { print; failed = 1 }
END { if (failed) exit 1 }
