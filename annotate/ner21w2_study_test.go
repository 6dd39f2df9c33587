package annotate

import (
	"encoding/json"
	"os"
	"testing"
)

// TestStudyTextsNER21W2 writes, when NER21W2_TEXTS names a file, the texts
// of the study halves only (FA, GA, HA and half A) as NER_TEXTS reads them,
// so that TestDumpUnannotated can list the rule that typed each name there.
func TestStudyTextsNER21W2(t *testing.T) {
	p := os.Getenv("NER21W2_TEXTS")
	if p == "" {
		t.Skip("a study: set NER21W2_TEXTS to a file")
	}
	study, _ := studyHalves(loadGold(t, tunePart))
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range study {
		b, err := json.Marshal(unannotatedText{d.Name, d.Text})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write(append(b, '\n')); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
