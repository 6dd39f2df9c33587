package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// csvHeader names the columns of the CSV export.
var csvHeader = []string{"entity", "type", "clipping", "quote", "context", "clipping_id", "url", "start", "end"}

// contextRunes is how much text the context column keeps on each side of a
// mention.
const contextRunes = 80

// CSV writes one row per confirmed entity mention, for analysts' scripts
// and spreadsheets: the entity, its type, the clipping's title, the quoted
// text, the text around it (whitespace collapsed), the clipping's ID and
// address and the mention's rune offsets. Every cell is exact; a quote that
// starts with "=" stays so. CSVExcel is the flavour for Excel.
func CSV(w io.Writer, items []*Item) error {
	return writeCSV(w, items, false)
}

// CSVExcel writes the rows of CSV for Excel: a byte order mark so Excel
// reads UTF-8, CRLF line ends, and each cell Excel would run as a formula
// (starting with = + - @, a tab or a carriage return) prefixed with an
// apostrophe, which Excel hides. The last column, guarded, names the
// columns so prefixed, so a script can take the apostrophes off exactly.
func CSVExcel(w io.Writer, items []*Item) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return err
	}
	return writeCSV(w, items, true)
}

func writeCSV(w io.Writer, items []*Item, excel bool) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = excel
	header := csvHeader
	if excel {
		header = append(append([]string(nil), csvHeader...), "guarded")
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, it := range items {
		text := it.text()
		for _, m := range it.confirmedMentions(text.Len()) {
			e := it.Entities[m.EntityID]
			s, end := m.Selector.Start, m.Selector.End
			ctx := text.Slice(max(0, s-contextRunes), min(text.Len(), end+contextRunes))
			row := []string{
				e.Name,
				string(e.Type),
				it.Clipping.Title,
				text.Slice(s, end),
				strings.Join(strings.Fields(ctx), " "),
				strconv.FormatInt(it.Clipping.ID, 10),
				sourceURL(it),
				strconv.Itoa(s),
				strconv.Itoa(end),
			}
			if excel {
				var guarded []string
				for i := range row {
					if g := defuseFormula(row[i]); g != row[i] {
						row[i] = g
						guarded = append(guarded, csvHeader[i])
					}
				}
				row = append(row, strings.Join(guarded, ";"))
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// defuseFormula keeps a spreadsheet from running a cell as a formula.
func defuseFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
