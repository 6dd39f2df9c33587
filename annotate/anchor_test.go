package annotate

import (
	"strings"
	"testing"
	"unicode/utf8"
)

const anchorArticle = `US President Donald Trump on Thursday announced that he will meet Russian President Vladimir Putin in Budapest to pursue an end to the war in Ukraine.

While no date has been set, Trump said "great progress" was made during a recent phone call with Putin, their first interaction since an August meeting in Alaska that produced no breakthrough.

The renewed diplomatic push comes as Trump prepares to host Ukrainian President Volodymyr Zelenskyy at the White House on Friday.

Zelenskyy has been pressing Washington to approve the sale of Tomahawk missiles to Kyiv, arguing that the weapons could strengthen Ukraine's position in talks with Moscow.`

// selectQuote returns the selector of the n-th (0-based) occurrence of quote in text.
func selectQuote(t *testing.T, text, quote string, n int) Selector {
	t.Helper()
	from := 0
	for i := 0; ; i++ {
		b := strings.Index(text[from:], quote)
		if b < 0 {
			t.Fatalf("quote %q occurrence %d not in text", quote, n)
		}
		if i == n {
			start := utf8.RuneCountInString(text[:from+b])
			return NewSelector(text, start, start+utf8.RuneCountInString(quote))
		}
		from += b + len(quote)
	}
}

func TestAnchor(t *testing.T) {
	const dup = "Putin has said nothing."
	dupText := "Monday. " + dup + " Tuesday came and went with much talk about many other things in the region. " + dup + " Wednesday."
	tests := []struct {
		name      string
		old, new  string
		quote     string
		occurence int
		wantOK    bool
		want      string // the text the new selector covers
		wantN     int    // which occurrence of want in new, when ok
	}{
		{
			name: "an unchanged text anchors at the same place",
			old:  anchorArticle, new: anchorArticle,
			quote: "an August meeting in Alaska", wantOK: true, want: "an August meeting in Alaska",
		},
		{
			name: "text inserted before the highlight shifts it",
			old:  anchorArticle, new: "Updated at 10:00.\n\nA new opening paragraph about the talks.\n\n" + anchorArticle,
			quote: "pressing Washington to approve the sale", wantOK: true, want: "pressing Washington to approve the sale",
		},
		{
			name:   "the highlighted sentence reworded slightly is still found",
			old:    anchorArticle,
			new:    strings.Replace(anchorArticle, "The renewed diplomatic push comes as Trump prepares to host", "The renewed diplomatic push came as Trump prepared to host", 1),
			quote:  "The renewed diplomatic push comes as Trump prepares to host Ukrainian President Volodymyr Zelenskyy at the White House on Friday.",
			wantOK: true,
			want:   "The renewed diplomatic push came as Trump prepared to host Ukrainian President Volodymyr Zelenskyy at the White House on Friday.",
		},
		{
			name:  "a highlight in a removed paragraph is orphaned",
			old:   anchorArticle,
			new:   strings.Replace(anchorArticle, "The renewed diplomatic push comes as Trump prepares to host Ukrainian President Volodymyr Zelenskyy at the White House on Friday.\n\n", "", 1),
			quote: "Trump prepares to host Ukrainian President Volodymyr Zelenskyy",
		},
		{
			name:  "a highlight whose text was reworded beyond recognition is orphaned",
			old:   anchorArticle,
			new:   strings.Replace(anchorArticle, "arguing that the weapons could strengthen Ukraine's position in talks with Moscow", "saying that it would be a matter for the allies to settle later", 1),
			quote: "arguing that the weapons could strengthen Ukraine's position in talks with Moscow",
		},
		{
			name: "of a quote appearing twice, the later one stays the later one",
			old:  dupText, new: "Breaking: " + dupText,
			quote: dup, occurence: 1, wantOK: true, want: dup, wantN: 1,
		},
		{
			name: "of a quote appearing twice, the earlier one stays the earlier one",
			old:  dupText, new: "Breaking: " + dupText,
			quote: dup, occurence: 0, wantOK: true, want: dup, wantN: 0,
		},
		{
			name: "of a quote appearing twice with the same context, the one nearest the old place wins",
			old:  "x " + dup + " y " + dup + " z", new: "x " + dup + " y " + dup + " z",
			quote: dup, occurence: 1, wantOK: true, want: dup, wantN: 1,
		},
		{
			name: "a highlight whose context changed is found by its quote",
			old:  anchorArticle, new: strings.ReplaceAll(anchorArticle, "Moscow", "the Kremlin"),
			quote: "Tomahawk missiles", wantOK: true, want: "Tomahawk missiles",
		},
		{
			name:   "a highlight whose spacing and quotes changed on re-extraction is still found",
			old:    anchorArticle,
			new:    strings.ReplaceAll(strings.ReplaceAll(anchorArticle, "Ukraine's position", "Ukraine’s  position"), "weapons could", "weapons  could"),
			quote:  "arguing that the weapons could strengthen Ukraine's position in talks",
			wantOK: true,
			want:   "arguing that the weapons  could strengthen Ukraine’s  position in talks",
		},
		{
			name:   "a highlight at the very start of the text survives an edit right after it",
			old:    anchorArticle,
			new:    strings.Replace(anchorArticle, "US President Donald Trump on Thursday", "US President Donald Trump on Thursday evening", 1),
			quote:  "US President Donald Trump",
			wantOK: true,
			want:   "US President Donald Trump",
		},
		{
			name: "an empty text orphans every highlight",
			old:  anchorArticle, new: "",
			quote: "Budapest",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old := selectQuote(t, tt.old, tt.quote, tt.occurence)
			got, ok := Anchor(tt.new, old)
			if ok != tt.wantOK {
				t.Fatalf("Anchor ok = %v, want %v (got %+v)", ok, tt.wantOK, got)
			}
			if !ok {
				if got != old {
					t.Errorf("an orphaned anchor changed the selector: %+v", got)
				}
				return
			}
			want := selectQuote(t, tt.new, tt.want, tt.wantN)
			if got != want {
				t.Errorf("Anchor = %+v\nwant     %+v", got, want)
			}
		})
	}
}

func TestAnchorEmptyQuoteIsOrphaned(t *testing.T) {
	if _, ok := Anchor("some text", Selector{Start: 2, End: 2}); ok {
		t.Error("an empty quote was anchored")
	}
}

func FuzzAnchor(f *testing.F) {
	f.Add(anchorArticle, "Trump prepares to host", "The renewed diplomatic push comes as ", " Ukrainian President", 300)
	f.Add("abc", "b", "a", "c", 1)
	f.Add("", "x", "", "", -4)
	f.Add("héllo wörld", "wörld", "héllo ", "", 99)
	f.Add("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaab", "aaaaaaaaaaaaaaaaaaaaa", "ab", 3)
	f.Fuzz(func(t *testing.T, text, exact, prefix, suffix string, start int) {
		s := Selector{Start: start, End: start + utf8.RuneCountInString(exact), Exact: exact, Prefix: prefix, Suffix: suffix}
		got, ok := Anchor(text, s)
		if !ok {
			return
		}
		n := utf8.RuneCountInString(text)
		if got.Start < 0 || got.End < got.Start || got.End > n {
			t.Fatalf("span [%d, %d) outside text of %d runes", got.Start, got.End, n)
		}
		if want := NewSelector(text, got.Start, got.End); got != want {
			t.Fatalf("selector %+v does not describe the text: want %+v", got, want)
		}
	})
}
