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

// CSV writes one row per confirmed entity mention, for analysts'
// spreadsheets: the entity, its type, the clipping's title, the quoted text,
// the text around it (whitespace collapsed), the clipping's ID and address
// and the mention's rune offsets. A cell that a spreadsheet would run as a
// formula (starting with = + - @ or a tab) is prefixed with an apostrophe,
// which spreadsheets hide.
func CSV(w io.Writer, items []*Item) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, it := range items {
		text := it.runes()
		for _, m := range it.confirmedMentions(len(text)) {
			e := it.Entities[m.EntityID]
			s, end := m.Selector.Start, m.Selector.End
			ctx := string(text[max(0, s-contextRunes):min(len(text), end+contextRunes)])
			row := []string{
				e.Name,
				string(e.Type),
				it.Clipping.Title,
				string(text[s:end]),
				strings.Join(strings.Fields(ctx), " "),
				strconv.FormatInt(it.Clipping.ID, 10),
				sourceURL(it),
				strconv.Itoa(s),
				strconv.Itoa(end),
			}
			for i := range row {
				row[i] = defuseFormula(row[i])
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
