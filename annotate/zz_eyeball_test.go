package annotate

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestZZEyeball(t *testing.T) {
	b, _ := os.ReadFile("/work/shared/corpus/aeb-dev/ground-truth.json")
	var gt map[string]struct{ ArticleBody string }
	json.Unmarshal(b, &gt)
	for k, v := range gt {
		if !strings.HasPrefix(k, os.Getenv("EYE")) {
			continue
		}
		var out []string
		for _, s := range Suggest(v.ArticleBody, nil) {
			out = append(out, string(s.Type[:3])+":"+s.Selector.Exact+"="+s.Name)
		}
		t.Log(strings.Join(out, " | "))
	}
}
